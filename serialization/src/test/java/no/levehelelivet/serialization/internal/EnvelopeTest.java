package no.levehelelivet.serialization.internal;

import static org.assertj.core.api.Assertions.assertThat;

import no.levehelelivet.serialization.WireCodec;
import org.junit.jupiter.api.Test;

/** The envelope writes the version the codec documents. */
class EnvelopeTest {

  @Test
  void theCurrentVersionIsTheOneTheCodecDocuments() {
    assertThat(Envelope.currentVersion())
        .isEqualTo(WireCodec.CURRENT_VERSION)
        .startsWith(Envelope.CURRENT_MAJOR + ".");
  }
}
