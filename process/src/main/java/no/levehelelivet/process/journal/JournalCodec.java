package no.levehelelivet.process.journal;

import com.google.common.collect.ImmutableList;
import no.levehelelivet.process.internal.CanonicalReader;
import no.levehelelivet.process.internal.CanonicalWriter;
import no.levehelelivet.process.internal.Sha256;

/**
 * A compact binary form of a journal for storage (<i>lagringsformat</i>), with each entry's chain
 * digest recorded beside it so that {@link Journal#verify()} can find tampering after reading.
 *
 * <p>The bytes are the ASCII magic {@code LHLJ}, the format version as one byte ({@code 1}), then
 * for each entry in order: the length of its {@linkplain CanonicalEncoding canonical encoding} as a
 * big-endian 32-bit integer, the canonical encoding, and the 32-byte chain digest after the entry.
 *
 * <p>Stateless and thread-safe.
 */
public final class JournalCodec {

  private static final byte[] MAGIC = {'L', 'H', 'L', 'J'};
  private static final int VERSION = 1;

  private JournalCodec() {}

  /** Writes {@code journal} with the chain digest of every entry. */
  public static byte[] write(Journal journal) {
    CanonicalWriter out = new CanonicalWriter(64 + 160 * journal.entries().size());
    out.raw(MAGIC).u8(VERSION);
    for (int position = 1; position <= journal.size(); position++) {
      byte[] canonical = CanonicalEncoding.encode(journal.entry(position));
      out.i32(canonical.length).raw(canonical).raw(journal.digest(position).bytes());
    }
    return out.toByteArray();
  }

  /**
   * Reads a journal written by {@link #write}; every entry carries its recorded digest. Reading
   * does not verify the chain: call {@link Journal#verify()} or {@link Journal#verify(Digest)}.
   *
   * @throws MalformedJournalException naming the entry and byte offset if the bytes are malformed
   */
  public static Journal read(byte[] bytes) {
    CanonicalReader in = new CanonicalReader(bytes, 0, bytes.length);
    try {
      byte[] magic = in.raw(MAGIC.length);
      int version = in.u8();
      for (int i = 0; i < MAGIC.length; i++) {
        if (magic[i] != MAGIC[i]) {
          throw new IllegalStateException("the bytes do not start with LHLJ");
        }
      }
      if (version != VERSION) {
        throw new IllegalStateException("unknown format version " + version);
      }
    } catch (IllegalStateException e) {
      throw new MalformedJournalException(0, 0, String.valueOf(e.getMessage()), e);
    }
    ImmutableList.Builder<JournalEntry> entries = ImmutableList.builder();
    long position = 0;
    while (!in.isAtEnd()) {
      position++;
      int start = in.position();
      try {
        int length = in.i32();
        if (length < 0 || length > bytes.length - in.position() - Sha256.LENGTH) {
          throw new IllegalStateException("impossible entry length " + length);
        }
        int from = in.position();
        JournalEntry entry = CanonicalEncoding.decode(bytes, from, from + length);
        in.raw(length);
        entries.add(entry.withRecordedDigest(Digest.of(in.raw(Sha256.LENGTH))));
      } catch (IllegalStateException e) {
        throw new MalformedJournalException(position, start, String.valueOf(e.getMessage()), e);
      }
    }
    return Journal.of(entries.build());
  }
}
