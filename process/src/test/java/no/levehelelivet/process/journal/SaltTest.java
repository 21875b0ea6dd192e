package no.levehelelivet.process.journal;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.List;
import no.levehelelivet.core.InvalidValueException;
import org.junit.jupiter.api.Test;

/** Salts: 32 bytes from a random source, compared by their bytes, written as hex. */
class SaltTest {

  private static byte[] counting(int from) {
    byte[] bytes = new byte[32];
    for (int i = 0; i < bytes.length; i++) {
      bytes[i] = (byte) (from + i);
    }
    return bytes;
  }

  /** A source that hands out 0, 1, 2, ... so a drawn salt's bytes are known. */
  private static final class CountingRandom extends SecureRandom {
    private static final long serialVersionUID = 1L;
    private int next;

    @Override
    public void nextBytes(byte[] bytes) {
      for (int i = 0; i < bytes.length; i++) {
        bytes[i] = (byte) next++;
      }
    }
  }

  @Test
  void drawsItsBytesFromTheGivenSource() {
    CountingRandom random = new CountingRandom();

    assertThat(Salt.draw(random).bytes()).isEqualTo(counting(0));
    assertThat(Salt.draw(random).bytes()).isEqualTo(counting(32));
  }

  @Test
  void keepsItsOwnCopyOfItsBytes() {
    byte[] bytes = counting(0);
    Salt salt = Salt.of(bytes);
    bytes[0] = 99;
    salt.bytes()[1] = 99;

    assertThat(salt.bytes()).isEqualTo(counting(0));
    assertThatThrownBy(() -> Salt.of(new byte[31]))
        .isInstanceOfSatisfying(
            InvalidValueException.class, e -> assertThat(e.field()).isEqualTo("salt length"));
  }

  @Test
  void isWrittenAsLowerCaseHexAndParsedFromEitherCase() {
    Salt salt = Salt.of(counting(0xf0));
    String hex = "f0f1f2f3f4f5f6f7f8f9fafbfcfdfeff" + "000102030405060708090a0b0c0d0e0f";

    assertThat(salt.hex()).isEqualTo(hex);
    assertThat(salt).hasToString(hex);
    assertThat(Salt.parse(hex.toUpperCase(java.util.Locale.ROOT))).isEqualTo(salt);
  }

  @Test
  void saltsAreEqualWhenTheirBytesAre() {
    Salt salt = Salt.of(counting(0));
    List<Salt> others = new ArrayList<>();
    for (int i = 1; i <= 8; i++) {
      others.add(Salt.of(counting(i)));
    }

    assertThat(salt).isEqualTo(Salt.of(counting(0))).hasSameHashCodeAs(Salt.of(counting(0)));
    assertThat(others).doesNotContain(salt);
    assertThat(salt).isNotEqualTo(Digest.of(counting(0)));
    others.add(salt);
    assertThat(others).extracting(Salt::hashCode).doesNotHaveDuplicates();
  }

  @Test
  void digestsATextAfterItsBytes() throws Exception {
    Salt salt = Salt.of(counting(0));
    MessageDigest sha = MessageDigest.getInstance("SHA-256");
    sha.update(counting(0));

    assertThat(salt.digest("Kari (82)").bytes()).isEqualTo(sha.digest("Kari (82)".getBytes(UTF_8)));
  }
}
