package no.levehelelivet.process.journal;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.Arrays;
import java.util.HexFormat;
import no.levehelelivet.core.ArgumentCode;
import no.levehelelivet.core.InvalidValueException;
import no.levehelelivet.process.internal.Sha256;
import org.jspecify.annotations.Nullable;

/**
 * The salt of a free text in a journal entry (<i>salt</i>): 32 random bytes that the chain commits
 * to together with the text, as {@code SHA-256(salt || UTF-8 text)}, so that the text can later be
 * erased while the chain still verifies. Drawn at random, not derived from the text, so that
 * whoever guesses an erased text cannot confirm the guess against the digest that stays.
 *
 * <p>Immutable and thread-safe.
 */
public final class Salt {

  private static final HexFormat HEX = HexFormat.of();

  private final byte[] bytes;

  private Salt(byte[] bytes) {
    this.bytes = bytes;
  }

  /**
   * {@return the salt with the given 32 bytes}
   *
   * @param bytes the salt's bytes; exactly 32 of them
   * @throws InvalidValueException ({@code LHL-A-001}) if {@code bytes} is not 32 bytes long
   */
  public static Salt of(byte[] bytes) {
    if (bytes.length != Sha256.LENGTH) {
      throw InvalidValueException.of(
          ArgumentCode.INVALID_VALUE, "salt length", Sha256.LENGTH + " bytes", bytes.length);
    }
    return new Salt(bytes.clone());
  }

  /**
   * Parses a salt from 64 hexadecimal digits (either case), as digests are written.
   *
   * @param hex the salt as 64 hexadecimal digits
   * @return the salt
   * @throws InvalidValueException ({@code LHL-A-001}) if {@code hex} is not 64 hexadecimal digits
   */
  public static Salt parse(String hex) {
    return new Salt(Digest.parse(hex).bytes());
  }

  /**
   * Draws a fresh salt from {@code random}.
   *
   * @param random the source of randomness
   * @return a new salt of 32 random bytes
   */
  public static Salt draw(SecureRandom random) {
    byte[] bytes = new byte[Sha256.LENGTH];
    random.nextBytes(bytes);
    return new Salt(bytes);
  }

  /** {@return the salt's 32 bytes; a fresh copy on every call} */
  public byte[] bytes() {
    return bytes.clone();
  }

  /** {@return the salt as 64 lower-case hexadecimal digits} */
  public String hex() {
    return HEX.formatHex(bytes);
  }

  /**
   * {@return the salted digest of {@code text}: {@code SHA-256(salt || UTF-8 text)}}
   *
   * @param text the text to digest, encoded as UTF-8
   */
  public Digest digest(String text) {
    MessageDigest sha = Sha256.newDigest();
    sha.update(bytes);
    return Digest.of(sha.digest(text.getBytes(StandardCharsets.UTF_8)));
  }

  /** Salts are equal when their bytes are. */
  @Override
  public boolean equals(@Nullable Object other) {
    return other instanceof Salt that && Arrays.equals(bytes, that.bytes);
  }

  @Override
  public int hashCode() {
    return Arrays.hashCode(bytes);
  }

  /** The salt as 64 lower-case hexadecimal digits. */
  @Override
  public String toString() {
    return hex();
  }
}
