package no.levehelelivet.process.journal;

import com.google.common.collect.ImmutableList;
import java.util.Optional;
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
 * <p>Format version {@code 2}, written only when an entry's texts are {@linkplain
 * JournalEntry#salts() salted}, adds after each entry's digest what its canonical encoding (version
 * 3) commits to only by salted digests: one byte, {@code 0} for none, or {@code 1} followed by the
 * note as an optional string, the evidence as a list of strings and the 32 bytes of each salt. A
 * redacted entry has none; reading checks that the texts and salts give the digests the encoding
 * holds.
 *
 * <p>Stateless and thread-safe.
 */
public final class JournalCodec {

  private static final byte[] MAGIC = {'L', 'H', 'L', 'J'};
  private static final int VERSION = 1;
  private static final int SALTED_VERSION = 2;

  private JournalCodec() {}

  /**
   * Writes {@code journal} with the chain digest of every entry.
   *
   * @param journal the journal to write
   * @return the journal's bytes in the storage format
   */
  public static byte[] write(Journal journal) {
    CanonicalWriter out = new CanonicalWriter(64 + 160 * journal.entries().size());
    boolean salted = false;
    for (JournalEntry entry : journal) {
      salted |= entry.isSalted();
    }
    out.raw(MAGIC).u8(salted ? SALTED_VERSION : VERSION);
    for (int position = 1; position <= journal.size(); position++) {
      JournalEntry entry = journal.entry(position);
      byte[] canonical = CanonicalEncoding.encode(entry);
      out.i32(canonical.length).raw(canonical).raw(journal.digest(position).bytes());
      if (salted) {
        out.u8(entry.isSalted() ? 1 : 0);
        if (entry.isSalted()) {
          out.optional(entry.note()).strings(entry.evidence());
          for (Salt salt : entry.salts()) {
            out.raw(salt.bytes());
          }
        }
      }
    }
    return out.toByteArray();
  }

  /**
   * Reads a journal written by {@link #write}; every entry carries its recorded digest. Reading
   * does not verify the chain: call {@link Journal#verify()} or {@link Journal#verify(Digest)}.
   *
   * @param bytes bytes written by {@link #write}
   * @return the journal, not yet verified
   * @throws MalformedJournalException naming the entry and byte offset if the bytes are malformed
   */
  public static Journal read(byte[] bytes) {
    CanonicalReader in = new CanonicalReader(bytes, 0, bytes.length);
    int version;
    try {
      byte[] magic = in.raw(MAGIC.length);
      version = in.u8();
      for (int i = 0; i < MAGIC.length; i++) {
        if (magic[i] != MAGIC[i]) {
          throw new IllegalStateException("the bytes do not start with LHLJ");
        }
      }
      if (version != VERSION && version != SALTED_VERSION) {
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
        Digest digest = Digest.of(in.raw(Sha256.LENGTH));
        if (version == SALTED_VERSION && in.presence()) {
          entry = unredacted(entry, in);
        }
        entries.add(entry.withRecordedDigest(digest));
      } catch (IllegalStateException e) {
        throw new MalformedJournalException(position, start, String.valueOf(e.getMessage()), e);
      }
    }
    return Journal.of(entries.build());
  }

  /**
   * Writes one entry on its own, without its chain digest, for a store that keeps each entry in a
   * row of its own with the digest beside it (<i>lagringsformat for én journalpost</i>): one byte,
   * {@code 1} for an entry whose texts are in its canonical encoding or {@code 2} for a salted
   * entry, then the length of its canonical encoding as a big-endian 32-bit integer and the
   * canonical encoding, and for a salted entry its note as an optional string, its evidence as a
   * list of strings and the 32 bytes of each salt, as {@link #write} writes them.
   *
   * @param entry the entry to write
   * @return the entry's bytes in the storage format for one entry
   */
  public static byte[] writeEntry(JournalEntry entry) {
    byte[] canonical = CanonicalEncoding.encode(entry);
    CanonicalWriter out = new CanonicalWriter(canonical.length + 16);
    out.u8(entry.isSalted() ? SALTED_VERSION : VERSION).i32(canonical.length).raw(canonical);
    if (entry.isSalted()) {
      out.optional(entry.note()).strings(entry.evidence());
      for (Salt salt : entry.salts()) {
        out.raw(salt.bytes());
      }
    }
    return out.toByteArray();
  }

  /**
   * Reads one entry written by {@link #writeEntry}. The entry carries no recorded digest: the store
   * that kept the digest beside it attaches it with {@link
   * JournalEntry#withRecordedDigest(Digest)}.
   *
   * @param bytes bytes written by {@link #writeEntry}
   * @return the entry, with no recorded digest
   * @throws MalformedJournalException at position {@code 1} naming the byte offset if the bytes are
   *     malformed or hold more than one entry
   */
  public static JournalEntry readEntry(byte[] bytes) {
    CanonicalReader in = new CanonicalReader(bytes, 0, bytes.length);
    try {
      int version = in.u8();
      if (version != VERSION && version != SALTED_VERSION) {
        throw new IllegalStateException("unknown entry format " + version);
      }
      int length = in.i32();
      if (length < 0 || length > bytes.length - in.position()) {
        throw new IllegalStateException("impossible entry length " + length);
      }
      int from = in.position();
      JournalEntry entry = CanonicalEncoding.decode(bytes, from, from + length);
      in.raw(length);
      if (version == SALTED_VERSION) {
        entry = unredacted(entry, in);
      }
      if (!in.isAtEnd()) {
        throw new IllegalStateException(
            "bytes follow the entry at offset " + in.position() + " of " + bytes.length);
      }
      return entry;
    } catch (IllegalStateException e) {
      throw new MalformedJournalException(1, in.position(), String.valueOf(e.getMessage()), e);
    }
  }

  /** The salted entry whose redacted form {@code redacted} is, from its texts and salts. */
  private static JournalEntry unredacted(JournalEntry redacted, CanonicalReader in) {
    Optional<String> note = in.presence() ? Optional.of(in.string()) : Optional.empty();
    int count = in.count();
    ImmutableList.Builder<String> evidence = ImmutableList.builder();
    for (int i = 0; i < count; i++) {
      evidence.add(in.string());
    }
    ImmutableList<String> references = evidence.build();
    ImmutableList.Builder<Salt> salts = ImmutableList.builder();
    int texts = (note.isPresent() ? 1 : 0) + references.size();
    for (int i = 0; i < texts; i++) {
      salts.add(Salt.of(in.raw(Sha256.LENGTH)));
    }
    JournalEntry salted;
    try {
      salted =
          JournalEntry.builder()
              .from(redacted)
              .erasedNote(Optional.empty())
              .erasedEvidence(ImmutableList.of())
              .note(note)
              .evidence(references)
              .salts(salts.build())
              .build();
    } catch (RuntimeException e) {
      throw new IllegalStateException("the texts are not valid: " + e.getMessage(), e);
    }
    JournalEntry check = salted.redacted();
    if (!check.erasedNote().equals(redacted.erasedNote())
        || !check.erasedEvidence().equals(redacted.erasedEvidence())) {
      throw new IllegalStateException("the texts and salts do not give the digests recorded");
    }
    return salted;
  }
}
