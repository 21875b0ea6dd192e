package no.levehelelivet.process.internal;

import static java.nio.charset.StandardCharsets.UTF_8;

import java.security.MessageDigest;
import java.util.Arrays;
import java.util.Collection;
import java.util.Optional;

/**
 * Writes the canonical binary encoding shared by journal entries and process definitions: integers
 * big-endian, a string as its UTF-8 byte length (unsigned 32-bit) followed by the bytes, an
 * optional string as a presence byte ({@code 0} or {@code 1}) followed by the string when present,
 * and a list as its element count (unsigned 32-bit) followed by the elements.
 *
 * <p>A writer may be {@linkplain #reset() reset} and reused for the next encoding, which is how a
 * digest chain is computed without a new buffer per entry.
 *
 * <p>Not thread-safe: one writer per encoding, or per thread-confined loop of encodings.
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

  /**
   * Writes a string: its UTF-8 byte length, then the bytes. ASCII text, by far the most common, is
   * copied char by char without an intermediate array; anything else goes through {@link
   * String#getBytes}, so the bytes are exactly those of {@code value.getBytes(UTF_8)}.
   */
  public CanonicalWriter string(String value) {
    int count = value.length();
    ensure(4 + count);
    int start = length + 4;
    for (int i = 0; i < count; i++) {
      char c = value.charAt(i);
      if (c >= 0x80) {
        byte[] utf8 = value.getBytes(UTF_8);
        i32(utf8.length);
        return raw(utf8);
      }
      bytes[start + i] = (byte) c;
    }
    i32(count);
    length += count;
    return this;
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

  /** Forgets the bytes written so far, keeping the buffer for the next encoding. */
  public CanonicalWriter reset() {
    length = 0;
    return this;
  }

  /** Feeds the bytes written so far to {@code digest}, without copying them. */
  public void updateDigest(MessageDigest digest) {
    digest.update(bytes, 0, length);
  }

  /** A copy of the bytes written so far. */
  public byte[] toByteArray() {
    return Arrays.copyOf(bytes, length);
  }
}
