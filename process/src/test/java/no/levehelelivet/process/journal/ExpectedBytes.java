package no.levehelelivet.process.journal;

import static java.nio.charset.StandardCharsets.UTF_8;

import java.io.ByteArrayOutputStream;

/**
 * The encoding the Javadoc of the canonical encoding and the codec describes, written out by hand
 * so that a test compares the bytes the code makes with the bytes the documentation promises.
 */
final class ExpectedBytes {

  private ExpectedBytes() {}

  /** A big-endian unsigned 32-bit number. */
  static void u32(ByteArrayOutputStream out, int value) {
    out.write(value >>> 24);
    out.write(value >>> 16);
    out.write(value >>> 8);
    out.write(value);
  }

  /** A text as its UTF-8 length, then its UTF-8 bytes. */
  static void str(ByteArrayOutputStream out, String value) {
    byte[] bytes = value.getBytes(UTF_8);
    u32(out, bytes.length);
    out.writeBytes(bytes);
  }
}
