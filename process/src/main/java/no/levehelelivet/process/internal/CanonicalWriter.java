package no.levehelelivet.process.internal;

import static java.nio.charset.StandardCharsets.UTF_8;

import java.util.Arrays;
import java.util.Collection;
import java.util.Optional;

/**
 * Writes the canonical binary encoding shared by journal entries and process definitions: integers
 * big-endian, a string as its UTF-8 byte length (unsigned 32-bit) followed by the bytes, an
 * optional string as a presence byte ({@code 0} or {@code 1}) followed by the string when present,
 * and a list as its element count (unsigned 32-bit) followed by the elements.
 *
 * <p>Not thread-safe: one writer per encoding.
 */
public final class CanonicalWriter {

  private byte[] bytes;
  private int length;

  /** Creates a writer with room for {@code capacity} bytes before it grows. */
  public CanonicalWriter(int capacity) {
    this.bytes = new byte[Math.max(16, capacity)];
  }

  private void ensure(int more) {
    if (length + more > bytes.length) {
      bytes = Arrays.copyOf(bytes, Math.max(bytes.length * 2, length + more));
    }
  }

  /** Writes one unsigned byte. */
  public CanonicalWriter u8(int value) {
    ensure(1);
    bytes[length++] = (byte) value;
    return this;
  }

  /** Writes a signed 32-bit integer, big-endian. */
  public CanonicalWriter i32(int value) {
    ensure(4);
    bytes[length++] = (byte) (value >>> 24);
    bytes[length++] = (byte) (value >>> 16);
    bytes[length++] = (byte) (value >>> 8);
    bytes[length++] = (byte) value;
    return this;
  }

  /** Writes a signed 64-bit integer, big-endian. */
  public CanonicalWriter i64(long value) {
    i32((int) (value >>> 32));
    return i32((int) value);
  }

  /** Writes raw bytes without a length. */
  public CanonicalWriter raw(byte[] value) {
    ensure(value.length);
    System.arraycopy(value, 0, bytes, length, value.length);
    length += value.length;
    return this;
  }

  /** Writes a string: its UTF-8 byte length, then the bytes. */
  public CanonicalWriter string(String value) {
    byte[] utf8 = value.getBytes(UTF_8);
    i32(utf8.length);
    return raw(utf8);
  }

  /** Writes an optional string: {@code 0}, or {@code 1} and the string. */
  public CanonicalWriter optional(Optional<String> value) {
    if (value.isPresent()) {
      u8(1);
      return string(value.get());
    }
    return u8(0);
  }

  /** Writes a list of strings: the count, then each string. */
  public CanonicalWriter strings(Collection<String> values) {
    i32(values.size());
    for (String value : values) {
      string(value);
    }
    return this;
  }

  /** The number of bytes written so far. */
  public int length() {
    return length;
  }

  /** A copy of the bytes written so far. */
  public byte[] toByteArray() {
    return Arrays.copyOf(bytes, length);
  }
}
