package no.levehelelivet.process.journal;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableSortedMap;
import java.time.Instant;
import java.util.Optional;
import no.levehelelivet.process.ProcessStatus;
import no.levehelelivet.process.internal.CanonicalReader;
import no.levehelelivet.process.internal.CanonicalWriter;
import no.levehelelivet.process.internal.Sha256;

/**
 * The canonical encoding of a journal entry (<i>kanonisk koding</i>), the bytes its digest is
 * computed over. Every entry has exactly one encoding, and every encoding exactly one entry.
 *
 * <p>Integers are big-endian; a <i>string</i> is its UTF-8 byte length as a 32-bit integer followed
 * by those bytes; an <i>optional string</i> is one byte, {@code 0} for absent or {@code 1} followed
 * by the string; a <i>list</i> is its element count as a 32-bit integer followed by the elements.
 * An entry is, in order:
 *
 * <ol>
 *   <li>the format version, one byte: {@code 1} for an entry not sealed with a chain key, {@code 2}
 *       for a sealed one;
 *   <li>the sequence number, 64-bit;
 *   <li>the time: seconds since 1970-01-01T00:00:00Z, 64-bit, then the nanosecond of the second,
 *       32-bit, from 0 to 999,999,999;
 *   <li>the actor id, the role code, the trigger code, the from-phase code, the to-phase code and
 *       the status code, six strings;
 *   <li>the note, an optional string;
 *   <li>the evidence references, a list of strings, in the entry's order;
 *   <li>the attributes: their count, 32-bit, then each key and value as two strings, keys strictly
 *       ascending by {@link String#compareTo};
 *   <li>for version 2 only, the {@linkplain JournalEntry#chainKeyId() chain key id}, a string.
 * </ol>
 *
 * <p>Version {@code 3} is the encoding of an entry whose free texts are {@linkplain
 * JournalEntry#salts() salted}, or {@linkplain JournalEntry#redacted() redacted}: as version 1, but
 * the note is one byte, {@code 0} for absent or {@code 1} followed by the 32-byte salted digest
 * {@code SHA-256(salt || UTF-8 note)}; the evidence is the count, 32-bit, followed by the 32-byte
 * salted digest of each reference; and after the attributes comes the chain key id as an optional
 * string. A salted entry and its redacted form therefore have the same encoding, and decoding a
 * version 3 encoding gives the redacted form: the texts are not in the bytes.
 *
 * <p>The chain: {@code digest(1) = SHA-256(encoding(entry 1) || 32 zero bytes)} and {@code
 * digest(n) = SHA-256(encoding(entry n) || digest(n - 1))}, where {@code ||} joins bytes. The
 * journal's head digest is the digest of its last entry (32 zero bytes for an empty journal). For
 * an entry sealed under a {@link ChainKey}, {@code SHA-256} is {@code HMAC-SHA256} under that key
 * over the same bytes.
 *
 * <p>Stateless and thread-safe.
 */
public final class CanonicalEncoding {

  /** The format version of an entry not sealed with a chain key. */
  public static final int VERSION = 1;

  /** The format version of an entry sealed with a chain key: version 1 and the key id. */
  public static final int SEALED_VERSION = 2;

  /**
   * The format version of an entry whose texts are salted or redacted, sealed or not: the chain
   * commits to each text's salted digest.
   */
  public static final int SALTED_VERSION = 3;

  private CanonicalEncoding() {}

  /**
   * {@return the canonical encoding of {@code entry}}
   *
   * @param entry the entry to encode
   */
  public static byte[] encode(JournalEntry entry) {
    CanonicalWriter out = new CanonicalWriter(128);
    encodeTo(entry, out);
    return out.toByteArray();
  }

  /** Appends the canonical encoding of {@code entry} to {@code out}. */
  static void encodeTo(JournalEntry entry, CanonicalWriter out) {
    if (entry.isSalted() || entry.isRedacted()) {
      encodeSaltedTo(entry, out);
      return;
    }
    Optional<String> keyId = entry.chainKeyId();
    out.u8(keyId.isPresent() ? SEALED_VERSION : VERSION).i64(entry.sequence());
    Instant time = entry.time();
    out.i64(time.getEpochSecond()).i32(time.getNano());
    out.string(entry.actorId()).string(entry.role()).string(entry.trigger());
    out.string(entry.fromPhase()).string(entry.toPhase()).string(entry.status().code());
    out.optional(entry.note());
    out.strings(entry.evidence());
    out.i32(entry.attributes().size());
    // forEach walks the sorted map's key and value lists without making entries.
    entry.attributes().forEach((key, value) -> out.string(key).string(value));
    keyId.ifPresent(out::string);
  }

  private static void encodeSaltedTo(JournalEntry entry, CanonicalWriter out) {
    out.u8(SALTED_VERSION).i64(entry.sequence());
    Instant time = entry.time();
    out.i64(time.getEpochSecond()).i32(time.getNano());
    out.string(entry.actorId()).string(entry.role()).string(entry.trigger());
    out.string(entry.fromPhase()).string(entry.toPhase()).string(entry.status().code());
    JournalEntry redacted = entry.redacted();
    Optional<Digest> note = redacted.erasedNote();
    out.u8(note.isPresent() ? 1 : 0);
    note.ifPresent(digest -> out.raw(digest.bytes()));
    out.i32(redacted.erasedEvidence().size());
    for (Digest digest : redacted.erasedEvidence()) {
      out.raw(digest.bytes());
    }
    out.i32(entry.attributes().size());
    entry.attributes().forEach((key, value) -> out.string(key).string(value));
    out.optional(entry.chainKeyId());
  }

  /**
   * Decodes the canonical encoding in {@code bytes[from, to)}, which must hold exactly one entry.
   *
   * @throws IllegalStateException naming the byte offset if the bytes are not a canonical encoding
   */
  static JournalEntry decode(byte[] bytes, int from, int to) {
    CanonicalReader in = new CanonicalReader(bytes, from, to);
    int version = in.u8();
    if (version != VERSION && version != SEALED_VERSION && version != SALTED_VERSION) {
      throw new IllegalStateException("unknown format version " + version + " at offset " + from);
    }
    long sequence = in.i64();
    if (sequence < 1) {
      throw new IllegalStateException("sequence number " + sequence + " is below 1");
    }
    long seconds = in.i64();
    int nanos = in.i32();
    if (nanos < 0 || nanos > 999_999_999) {
      throw new IllegalStateException("nanosecond " + nanos + " is out of range");
    }
    String actorId = in.string();
    String role = in.string();
    String trigger = in.string();
    String fromPhase = in.string();
    String toPhase = in.string();
    String status = in.string();
    boolean salted = version == SALTED_VERSION;
    Optional<String> note = Optional.empty();
    Optional<Digest> erasedNote = Optional.empty();
    if (salted) {
      erasedNote = in.presence() ? Optional.of(Digest.of(in.raw(Sha256.LENGTH))) : erasedNote;
    } else {
      note = in.presence() ? Optional.of(in.string()) : note;
    }
    int evidenceCount = in.count();
    ImmutableList.Builder<String> evidence = ImmutableList.builder();
    ImmutableList.Builder<Digest> erasedEvidence = ImmutableList.builder();
    for (int i = 0; i < evidenceCount; i++) {
      if (salted) {
        erasedEvidence.add(Digest.of(in.raw(Sha256.LENGTH)));
      } else {
        evidence.add(in.string());
      }
    }
    int attributeCount = in.count();
    ImmutableSortedMap.Builder<String, String> attributes = ImmutableSortedMap.naturalOrder();
    String previousKey = null;
    for (int i = 0; i < attributeCount; i++) {
      String key = in.string();
      if (previousKey != null && previousKey.compareTo(key) >= 0) {
        throw new IllegalStateException(
            "attribute keys are not strictly ascending at \"" + key + "\"");
      }
      attributes.put(key, in.string());
      previousKey = key;
    }
    String keyId = version == SEALED_VERSION || (salted && in.presence()) ? in.string() : null;
    if (!in.isAtEnd()) {
      throw new IllegalStateException(
          "unexpected bytes after the entry at offset " + in.position());
    }
    try {
      JournalEntry entry =
          JournalEntry.of(
              sequence,
              Instant.ofEpochSecond(seconds, nanos),
              actorId,
              role,
              trigger,
              fromPhase,
              toPhase,
              ProcessStatus.fromCode(status),
              note,
              evidence.build(),
              attributes.buildOrThrow());
      JournalEntry sealed = keyId == null ? entry : entry.withChainKeyId(keyId);
      if (!salted) {
        return sealed;
      }
      JournalEntry redacted =
          JournalEntry.builder()
              .from(sealed)
              .erasedNote(erasedNote)
              .erasedEvidence(erasedEvidence.build())
              .build();
      if (!redacted.isRedacted()) {
        throw new IllegalStateException("a salted entry without texts is encoded as version 1");
      }
      return redacted;
    } catch (RuntimeException e) {
      throw new IllegalStateException("the entry is not valid: " + e.getMessage(), e);
    }
  }
}
