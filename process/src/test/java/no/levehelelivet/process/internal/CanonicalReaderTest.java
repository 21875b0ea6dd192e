package no.levehelelivet.process.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

/** The reader stays inside the range it was given and says where it ran out. */
class CanonicalReaderTest {

  /** Ten bytes 0..9, of which a reader is given those from 2 to 5. */
  private static final byte[] BYTES = {0, 1, 2, 3, 4, 5, 6, 7, 8, 9};

  @Test
  void readsNoByteBeyondTheEndOfItsRange() {
    CanonicalReader bytes = new CanonicalReader(BYTES, 2, 5);
    assertThat(bytes.raw(3)).containsExactly(2, 3, 4);
    assertThat(bytes.isAtEnd()).isTrue();
    assertThatThrownBy(bytes::u8)
        .isInstanceOf(IllegalStateException.class)
        .hasMessage("needs 1 more bytes at offset 5 but only 0 remain");

    CanonicalReader word = new CanonicalReader(BYTES, 2, 5);
    assertThatThrownBy(word::i32)
        .isInstanceOf(IllegalStateException.class)
        .hasMessage("needs 4 more bytes at offset 2 but only 3 remain");

    CanonicalReader raw = new CanonicalReader(BYTES, 2, 5);
    assertThat(raw.u8()).isEqualTo(2);
    assertThatThrownBy(() -> raw.raw(3))
        .isInstanceOf(IllegalStateException.class)
        .hasMessage("needs 3 more bytes at offset 3 but only 2 remain");
    assertThatThrownBy(() -> raw.raw(-1)).isInstanceOf(IllegalStateException.class);
  }

  @Test
  void refusesACountOfMoreElementsThanBytesRemain() {
    // a count of 5 with four bytes after it: no element is shorter than a byte
    byte[] bytes = {0, 0, 0, 5, 1, 2, 3, 4};
    assertThatThrownBy(() -> new CanonicalReader(bytes, 0, bytes.length).count())
        .isInstanceOf(IllegalStateException.class)
        .hasMessage("impossible count 5 at offset 0");
    byte[] four = {0, 0, 0, 4, 1, 2, 3, 4};
    assertThat(new CanonicalReader(four, 0, four.length).count()).isEqualTo(4);
  }

  @Test
  void readsAnEmptyStringAndWhatFollowsIt() {
    byte[] bytes = new CanonicalWriter(16).string("").string("ø").toByteArray();
    CanonicalReader in = new CanonicalReader(bytes, 0, bytes.length);

    assertThat(in.string()).isEmpty();
    assertThat(in.string()).isEqualTo("ø");
    assertThat(in.isAtEnd()).isTrue();
  }
}
