package no.levehelelivet.process.internal;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import org.junit.jupiter.api.Test;

/** The writer gives exactly the bytes the encoding defines, however it grows. */
class CanonicalWriterTest {

  @Test
  void writesTheFirstCharacterBeyondAsciiAsTwoUtf8Bytes() {
    String text = "a" + (char) 0x80 + (char) 0x7f;

    byte[] bytes = new CanonicalWriter(16).string(text).toByteArray();

    assertThat(bytes).containsExactly(0, 0, 0, 4, 'a', 0xc2, 0x80, 0x7f);
    assertThat(Arrays.copyOfRange(bytes, 4, bytes.length)).isEqualTo(text.getBytes(UTF_8));
  }

  @Test
  void takesRawBytesFarBeyondItsCapacityInOneWrite() {
    byte[] large = new byte[100];
    Arrays.fill(large, (byte) 7);

    byte[] bytes = new CanonicalWriter(16).u8(1).raw(large).u8(2).toByteArray();

    assertThat(bytes).hasSize(102).startsWith(1).endsWith(7, 2);
  }
}
