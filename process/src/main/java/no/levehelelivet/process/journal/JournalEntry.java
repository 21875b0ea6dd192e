package no.levehelelivet.process.journal;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableSortedMap;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import no.levehelelivet.process.internal.BuildableValue;
import no.levehelelivet.process.internal.ProcessMessages;
import org.immutables.value.Value;

/**
 * An entry of the process journal (<i>loggpost</i>): one accepted command, with its sequence
 * number, time, actor, trigger, the phase before and after, the status after, the note and the
 * evidence references a case-management system gave (case or document numbers).
 *
 * <p>Command-specific details are {@linkplain #attributes() attributes}: the criterion recorded
 * ({@code criterion}), the question answered ({@code question}), the target of a revisit ({@code
 * target-phase}); the start entry carries the instance id, municipality and definition.
 *
 * <p>An entry read from storage may carry the digest recorded with it ({@link #recordedDigest()});
 * {@link Journal#verify()} compares it with the digest computed over the chain. The recorded digest
 * is not part of the entry's canonical encoding, nor of {@code equals}. The canonical encoding is
 * defined in {@link CanonicalEncoding}.
 *
 * <p>Immutable and thread-safe.
 */
@Value.Immutable
@BuildableValue
public abstract class JournalEntry {

  JournalEntry() {}

  /** The entry's sequence number: 1 for the first entry, then 2, 3, ... without gaps. */
  @Value.Parameter
  public abstract long sequence();

  /** When the command was accepted, from the engine's injected clock. */
  @Value.Parameter
  public abstract Instant time();

  /** The id of the actor who fired the command, as the host system knows them. */
  @Value.Parameter
  public abstract String actorId();

  /** The code of the actor's role, for example {@code "process-lead"}. */
  @Value.Parameter
  public abstract String role();

  /** The code of the trigger, for example {@code "begin-mapping"}. */
  @Value.Parameter
  public abstract String trigger();

  /** The code of the phase the process was in before the command. */
  @Value.Parameter
  public abstract String fromPhase();

  /** The code of the phase the process is in after the command. */
  @Value.Parameter
  public abstract String toPhase();

  /** The code of the process status after the command, for example {@code "active"}. */
  @Value.Parameter
  public abstract String status();

  /** The note given with the command: why, or the answer to a reflection question. */
  @Value.Parameter
  public abstract Optional<String> note();

  /** References to evidence in the host's case-management system, such as a case number. */
  @Value.Parameter
  public abstract ImmutableList<String> evidence();

  /** Command-specific details, sorted by key. */
  @Value.Parameter
  @Value.NaturalOrder
  public abstract ImmutableSortedMap<String, String> attributes();

  /**
   * The digest recorded with this entry when it was stored, if it was read from storage. Not part
   * of the canonical encoding nor of {@code equals}.
   */
  @Value.Auxiliary
  public abstract Optional<Digest> recordedDigest();

  /**
   * Returns an entry from all its parts; engines and readers use this, people a {@link #builder()}.
   *
   * @throws IllegalArgumentException if the sequence number is below 1 or a code is blank
   */
  public static JournalEntry of(
      long sequence,
      Instant time,
      String actorId,
      String role,
      String trigger,
      String fromPhase,
      String toPhase,
      String status,
      Optional<String> note,
      ImmutableList<String> evidence,
      ImmutableSortedMap<String, String> attributes) {
    return ImmutableJournalEntry.of(
        sequence,
        time,
        actorId,
        role,
        trigger,
        fromPhase,
        toPhase,
        status,
        note,
        evidence,
        attributes);
  }

  /** The attribute with the given key, if the entry has it. */
  public Optional<String> attribute(String key) {
    return Optional.ofNullable(attributes().get(key));
  }

  /** Returns a copy of this entry with the digest recorded when it was stored. */
  public abstract JournalEntry withRecordedDigest(Digest digest);

  /** Returns a copy of this entry with a different sequence number. */
  public abstract JournalEntry withSequence(long sequence);

  /** Returns a copy of this entry with a different note. */
  public abstract JournalEntry withNote(String note);

  /** Returns a copy of this entry with different attributes. */
  public abstract JournalEntry withAttributes(Map<String, ? extends String> attributes);

  /** The canonical encoding of this entry; see {@link CanonicalEncoding}. */
  public byte[] canonicalBytes() {
    return CanonicalEncoding.encode(this);
  }

  /** Returns a new builder. */
  public static Builder builder() {
    return new Builder();
  }

  @Value.Check
  void check() {
    if (sequence() < 1) {
      ProcessMessages.require(false, "sequence", "at least 1", sequence());
    }
  }

  /** Builds a {@link JournalEntry}. */
  public static final class Builder extends ImmutableJournalEntry.Builder {
    Builder() {}
  }
}
