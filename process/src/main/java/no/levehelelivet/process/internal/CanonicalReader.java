package no.levehelelivet.process.internal;

import static java.nio.charset.StandardCharsets.UTF_8;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.util.Arrays;

/**
 * Reads what {@link CanonicalWriter} writes, strictly: a length past the end, a presence byte other
 * than {@code 0} or {@code 1}, or malformed UTF-8 fail with {@link IllegalStateException} whose
 * message names the byte offset.
 *
 * <p>Not thread-safe: one reader per decoding.
 */
public final class CanonicalReader {

  private final byte[] bytes;
  private final int end;
  private int position;

  /** Reads {@code bytes[from, to)}. */
  public CanonicalReader(byte[] bytes, int from, int to) {
    this.bytes = bytes;
    this.position = from;
    this.end = to;
  }

  /** The offset of the next byte to read. */
  public int position() {
    return position;
  }

  /** Whether every byte has been read. */
  public boolean isAtEnd() {
    return position == end;
  }

  private void need(int count) {
    if (count < 0 || end - position < count) {
      throw new IllegalStateException(
          "needs "
              + count
              + " more bytes at offset "
              + position
              + " but only "
              + (end - position)
              + " remain");
    }
  }

  /** Reads one unsigned byte. */
  public int u8() {
    need(1);
    return bytes[position++] & 0xff;
  }

  /** Reads a signed 32-bit integer, big-endian. */
  public int i32() {
    need(4);
    int value =
        ((bytes[position] & 0xff) << 24)
            | ((bytes[position + 1] & 0xff) << 16)
            | ((bytes[position + 2] & 0xff) << 8)
            | (bytes[position + 3] & 0xff);
    position += 4;
    return value;
  }

  /** Reads a signed 64-bit integer, big-endian. */
  public long i64() {
    long high = i32();
    long low = i32() & 0xffffffffL;
    return (high << 32) | low;
  }

  /** Reads {@code count} raw bytes. */
  public byte[] raw(int count) {
    need(count);
    byte[] value = Arrays.copyOfRange(bytes, position, position + count);
    position += count;
    return value;
  }

  /** Reads a string written by {@link CanonicalWriter#string}. */
  public String string() {
    int start = position;
    int length = i32();
    need(length);
    try {
      String value =
          UTF_8
              .newDecoder()
              .onMalformedInput(CodingErrorAction.REPORT)
              .onUnmappableCharacter(CodingErrorAction.REPORT)
              .decode(ByteBuffer.wrap(bytes, position, length))
              .toString();
      position += length;
      return value;
    } catch (CharacterCodingException e) {
      throw new IllegalStateException("malformed UTF-8 in the string at offset " + start, e);
    }
  }

  /** Reads a presence byte that must be {@code 0} or {@code 1}. */
  public boolean presence() {
    int start = position;
    int flag = u8();
    if (flag > 1) {
      throw new IllegalStateException("presence byte at offset " + start + " is " + flag);
    }
    return flag == 1;
  }

  /** Reads a count that must not be negative. */
  public int count() {
    int start = position;
    int count = i32();
    if (count < 0 || count > end - position) {
      throw new IllegalStateException("impossible count " + count + " at offset " + start);
    }
    return count;
  }
}
