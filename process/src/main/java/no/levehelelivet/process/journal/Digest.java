package no.levehelelivet.process.journal;

import com.google.common.base.Ascii;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.HexFormat;
import no.levehelelivet.core.ArgumentCode;
import no.levehelelivet.core.InvalidValueException;
import no.levehelelivet.process.internal.Sha256;
import no.levehelelivet.process.internal.TupleValue;
import org.immutables.value.Value;

/**
 * A SHA-256 digest (<i>sjekksum</i>), shown as 64 lower-case hexadecimal digits. Journal entries
 * are chained by digests, and a process instance records the digest of the definition it runs on.
 *
 * <p>Immutable and thread-safe.
 */
@Value.Immutable
@TupleValue
public abstract class Digest {

  /** Lower-case hexadecimal, the JDK's: cheap to set up in a fresh JVM, unlike a Guava encoding. */
  private static final HexFormat HEX = HexFormat.of();

  /** 0 for the ASCII characters a digest is written with, 1 for every other one. */
  private static final byte[] NOT_HEX = new byte[128];

  static {
    Arrays.fill(NOT_HEX, (byte) 1);
    for (byte digit : "0123456789abcdef".getBytes(StandardCharsets.US_ASCII)) {
      NOT_HEX[digit] = 0;
    }
  }

  Digest() {}

  /** {@return the digest as 64 lower-case hexadecimal digits} */
  public abstract String hex();

  /**
   * {@return the digest with the given 32 bytes}
   *
   * @param bytes the digest's bytes; exactly 32 of them
   * @throws InvalidValueException ({@code LHL-A-001}) if {@code bytes} is not 32 bytes long
   */
  public static Digest of(byte[] bytes) {
    if (bytes.length != Sha256.LENGTH) {
      throw InvalidValueException.of(
          ArgumentCode.INVALID_VALUE, "digest length", Sha256.LENGTH + " bytes", bytes.length);
    }
    return of(bytes, 0);
  }

  /** Returns the digest of the 32 bytes of {@code bytes} from {@code offset}. */
  static Digest of(byte[] bytes, int offset) {
    return ImmutableDigest.of(HEX.formatHex(bytes, offset, offset + Sha256.LENGTH));
  }

  /** Whether this digest is the 32 bytes of {@code bytes} from {@code offset}. */
  boolean matches(byte[] bytes, int offset) {
    String hex = hex();
    for (int i = 0; i < Sha256.LENGTH; i++) {
      if ((byte) HexFormat.fromHexDigits(hex, 2 * i, 2 * i + 2) != bytes[offset + i]) {
        return false;
      }
    }
    return true;
  }

  /**
   * Parses a digest from 64 hexadecimal digits (either case).
   *
   * @param hex the digest as 64 hexadecimal digits
   * @return the digest
   * @throws InvalidValueException ({@code LHL-A-001}) if {@code hex} is not 64 hexadecimal digits
   */
  public static Digest parse(String hex) {
    return ImmutableDigest.of(Ascii.toLowerCase(hex));
  }

  /**
   * {@return the SHA-256 digest of {@code bytes}}
   *
   * @param bytes the bytes to hash
   */
  public static Digest sha256(byte[] bytes) {
    return of(Sha256.of(bytes));
  }

  /** {@return the digest's 32 bytes; a fresh copy on every call} */
  public byte[] bytes() {
    return HEX.parseHex(hex());
  }

  @Value.Check
  void check() {
    String hex = hex();
    boolean wellFormed = hex.length() == 2 * Sha256.LENGTH;
    if (wellFormed) {
      // A table rather than range tests: digits and letters come in no predictable order, and
      // mispredicted branches made this loop a sizeable part of reading a journal.
      int bad = 0;
      for (int i = 0; i < hex.length(); i++) {
        char c = hex.charAt(i);
        bad |= (c & ~0x7f) | NOT_HEX[c & 0x7f];
      }
      wellFormed = bad == 0;
    }
    if (!wellFormed) {
      throw InvalidValueException.of(
          ArgumentCode.INVALID_VALUE, "digest", "64 hexadecimal digits", hex);
    }
  }

  @Override
  public String toString() {
    return hex();
  }
}
