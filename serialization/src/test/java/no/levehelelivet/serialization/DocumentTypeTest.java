package no.levehelelivet.serialization;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import no.levehelelivet.core.CoreCode;
import no.levehelelivet.core.UnknownCodeException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** Document types are looked up by code as every coded enum is. */
class DocumentTypeTest {

  @ParameterizedTest
  @EnumSource(DocumentType.class)
  void everyTypeRoundTripsThroughBothLookups(DocumentType type) {
    assertThat(DocumentType.fromCode(type.code())).isSameAs(type);
    assertThat(DocumentType.find(type.code())).contains(type);
  }

  @Test
  void anUnknownCodeIsRefusedByFromCodeAndEmptyFromFind() {
    assertThatThrownBy(() -> DocumentType.fromCode("care-plan"))
        .isInstanceOfSatisfying(
            UnknownCodeException.class,
            e -> {
              assertThat(e.code()).isEqualTo(CoreCode.UNKNOWN_CODE);
              assertThat(e.unknownCode()).isEqualTo("care-plan");
              assertThat(e.validCodes()).hasSize(DocumentType.values().length);
            });
    assertThat(DocumentType.find("care-plan")).isEmpty();
  }
}
