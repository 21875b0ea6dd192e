package no.levehelelivet.process.internal;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;

/** SHA-256, which every Java platform must provide. */
public final class Sha256 {

  /** The length of a SHA-256 digest in bytes. */
  public static final int LENGTH = 32;

  private Sha256() {}

  /** Returns a fresh SHA-256 message digest. */
  public static MessageDigest newDigest() {
    try {
      return MessageDigest.getInstance("SHA-256");
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("every Java platform provides SHA-256", e);
    }
  }

  /** Returns the SHA-256 digest of {@code bytes}. */
  public static byte[] of(byte[] bytes) {
    return newDigest().digest(bytes);
  }
}
