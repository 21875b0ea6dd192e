package no.levehelelivet.examples.web;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.security.spec.KeySpec;
import java.util.Arrays;
import java.util.Base64;
import java.util.Optional;
import javax.crypto.SecretKeyFactory;
import javax.crypto.spec.PBEKeySpec;

/**
 * A password hash (<i>passordhash</i>) as the users file holds it: PBKDF2 with HMAC-SHA-256 from
 * the JDK, written {@code pbkdf2-sha256$ITERATIONS$SALT$HASH} with the salt and the hash in Base64.
 * {@code levehelelivet hash-password} makes one.
 */
final class PasswordHash {

  static final String SCHEME = "pbkdf2-sha256";

  /** The iterations of a new hash: OWASP's figure for PBKDF2-HMAC-SHA256 in 2023. */
  static final int ITERATIONS = 600_000;

  /** Fewer iterations than this are refused when a users file is read. */
  static final int MIN_ITERATIONS = 100_000;

  /** More iterations than this are refused: a hostile file must not stall the login. */
  static final int MAX_ITERATIONS = 10_000_000;

  private static final int SALT_BYTES = 16;
  private static final int HASH_BITS = 256;
  private static final int MAX_PASSWORD_CHARS = 1024;

  private final int iterations;
  private final byte[] salt;
  private final byte[] hash;

  private PasswordHash(int iterations, byte[] salt, byte[] hash) {
    this.iterations = iterations;
    this.salt = salt;
    this.hash = hash;
  }

  /** A new hash of {@code password} with a fresh random salt. */
  static PasswordHash of(char[] password, SecureRandom random) {
    byte[] salt = new byte[SALT_BYTES];
    random.nextBytes(salt);
    return new PasswordHash(ITERATIONS, salt, derive(password, salt, ITERATIONS));
  }

  /**
   * The hash written as {@code text}, or empty if it is not one: another scheme, iterations out of
   * range, a salt or hash that is not Base64 or has the wrong length.
   */
  static Optional<PasswordHash> parse(String text) {
    String[] parts = text.split("\\$", -1);
    if (parts.length != 4 || !parts[0].equals(SCHEME)) {
      return Optional.empty();
    }
    int iterations;
    try {
      iterations = Integer.parseInt(parts[1]);
    } catch (NumberFormatException e) {
      return Optional.empty();
    }
    if (iterations < MIN_ITERATIONS || iterations > MAX_ITERATIONS) {
      return Optional.empty();
    }
    try {
      byte[] salt = Base64.getDecoder().decode(parts[2]);
      byte[] hash = Base64.getDecoder().decode(parts[3]);
      if (salt.length < SALT_BYTES || hash.length != HASH_BITS / 8) {
        return Optional.empty();
      }
      return Optional.of(new PasswordHash(iterations, salt, hash));
    } catch (IllegalArgumentException e) {
      return Optional.empty();
    }
  }

  /** Whether {@code password} is the one hashed, compared in constant time. */
  boolean matches(char[] password) {
    if (password.length > MAX_PASSWORD_CHARS) {
      return false;
    }
    return MessageDigest.isEqual(hash, derive(password, salt, iterations));
  }

  /** The hash as the users file holds it. */
  String text() {
    Base64.Encoder base64 = Base64.getEncoder();
    return SCHEME
        + "$"
        + iterations
        + "$"
        + base64.encodeToString(salt)
        + "$"
        + base64.encodeToString(hash);
  }

  private static byte[] derive(char[] password, byte[] salt, int iterations) {
    KeySpec spec = new PBEKeySpec(password, salt, iterations, HASH_BITS);
    try {
      return SecretKeyFactory.getInstance("PBKDF2WithHmacSHA256").generateSecret(spec).getEncoded();
    } catch (GeneralSecurityException e) {
      // Every Java 17 runtime has PBKDF2WithHmacSHA256.
      throw new IllegalStateException("PBKDF2WithHmacSHA256 is not available", e);
    }
  }

  /** A hash that matches no password, for the same work on an unknown user as on a known one. */
  static PasswordHash decoy() {
    byte[] salt = "levehelelivet-decoy".getBytes(StandardCharsets.US_ASCII);
    byte[] hash = new byte[HASH_BITS / 8];
    Arrays.fill(hash, (byte) 0);
    return new PasswordHash(ITERATIONS, salt, hash);
  }

  @Override
  public String toString() {
    return SCHEME + "$" + iterations + "$…";
  }
}
