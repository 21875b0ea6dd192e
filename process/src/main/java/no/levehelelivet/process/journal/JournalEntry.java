package no.levehelelivet.process.journal;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import com.google.common.collect.ImmutableSortedMap;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.TreeMap;
import no.levehelelivet.core.ArgumentCode;
import no.levehelelivet.core.InvalidValueException;
import no.levehelelivet.core.Municipality;
import no.levehelelivet.core.ValueLimits;
import no.levehelelivet.process.ProcessStatus;
import no.levehelelivet.process.internal.EntryFactory;
import no.levehelelivet.process.internal.EntryKeys;
import no.levehelelivet.process.internal.StartSource;
import org.jspecify.annotations.Nullable;

/**
 * An entry of the process journal (<i>loggpost</i>): one accepted command, with its sequence
 * number, time, actor, trigger, the phase before and after, the status after, the note and the
 * evidence references a case-management system gave (case or document numbers).
 *
 * <p>What a command records beyond that is read through typed accessors: the {@linkplain
 * #criterion() criterion recorded}, the {@linkplain #question() question answered} and its
 * {@linkplain #answer() answer}, the {@linkplain #targetPhase() target of a revisit}; the start
 * entry names the {@linkplain #instanceId() instance}, its {@linkplain #municipality()
 * municipality}, its definition ({@link #definitionId()}, {@link #definitionVersion()}, {@link
 * #definitionDigest()}) and its {@linkplain #plannedTargetDates() own target dates}. They are kept
 * as {@linkplain #attributes() attributes}, which storage writes and reads as they are.
 *
 * <p>An entry read from storage may carry the digest recorded with it ({@link #recordedDigest()});
 * {@link Journal#verify()} compares it with the digest computed over the chain. The recorded digest
 * is not part of the entry's canonical encoding, nor of {@code equals}. The canonical encoding is
 * defined in {@link CanonicalEncoding}.
 *
 * <p>Two entries are equal when their sequence numbers, times, actors, roles, triggers, phases,
 * statuses, notes, evidence and attributes are equal; how they are sealed, salted, redacted or what
 * digest was recorded with them does not count. Immutable and thread-safe.
 */
public final class JournalEntry {

  private final long sequence;
  private final Instant time;
  private final String actorId;
  private final String role;
  private final String trigger;
  private final String fromPhase;
  private final String toPhase;
  private final ProcessStatus status;

  /** The note, or null: an entry keeps no {@code Optional} of its own. */
  private final @Nullable String note;

  private final ImmutableList<String> evidence;

  /**
   * The attributes: an {@code ImmutableSortedMap<String, String>}, or, for the start entry the
   * engine records, the {@link StartSource} (the instance's identity) they are made from when first
   * asked for. One field for both keeps every entry as small as the engine's entries need.
   */
  private final Object attributes;

  /** What storage, sealing and salting add; {@link Extras#NONE} for most entries. */
  private final Extras extras;

  private JournalEntry(
      long sequence,
      Instant time,
      String actorId,
      String role,
      String trigger,
      String fromPhase,
      String toPhase,
      ProcessStatus status,
      @Nullable String note,
      ImmutableList<String> evidence,
      Object attributes,
      Extras extras) {
    this.sequence = sequence;
    this.time = time;
    this.actorId = actorId;
    this.role = role;
    this.trigger = trigger;
    this.fromPhase = fromPhase;
    this.toPhase = toPhase;
    this.status = status;
    this.note = note;
    this.evidence = evidence;
    this.attributes = attributes;
    this.extras = extras;
    // no null checks: every way here is checked by NullAway at compile time, and the builder's
    // names each part it lacks
  }

  /** This entry with other extras; {@code this} if they are the same. */
  private JournalEntry with(Extras changed) {
    return changed == extras ? this : copy(sequence, note, attributes, changed);
  }

  /** A checked copy of this entry with these parts and the rest as they are. */
  private JournalEntry copy(
      long sequence, @Nullable String note, Object attributes, Extras extras) {
    return new JournalEntry(
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
            attributes,
            extras)
        .checked();
  }

  /** {@return the entry's sequence number: 1 for the first entry, then 2, 3, ... without gaps} */
  public long sequence() {
    return sequence;
  }

  /** {@return when the command was accepted, from the clock the command was fired with} */
  public Instant time() {
    return time;
  }

  /** {@return the id of the actor who fired the command, as the host system knows them} */
  public String actorId() {
    return actorId;
  }

  /** {@return the code of the actor's role, for example {@code "process-lead"}} */
  public String role() {
    return role;
  }

  /** {@return the code of the trigger, for example {@code "begin-mapping"}} */
  public String trigger() {
    return trigger;
  }

  /** {@return the code of the phase the process was in before the command} */
  public String fromPhase() {
    return fromPhase;
  }

  /** {@return the code of the phase the process is in after the command} */
  public String toPhase() {
    return toPhase;
  }

  /** {@return the process status after the command} */
  public ProcessStatus status() {
    return status;
  }

  /** {@return the note given with the command: why, or the answer to a reflection question} */
  public Optional<String> note() {
    return Optional.ofNullable(note);
  }

  /**
   * {@return references to evidence in the host's case-management system, such as a case number}
   */
  public ImmutableList<String> evidence() {
    return evidence;
  }

  /**
   * {@return what the command recorded beyond the fields above, by key, sorted by key, as storage
   * keeps it; read it through the typed accessors ({@link #criterion()}, {@link #targetPhase()},
   * ...)}
   */
  @SuppressWarnings("unchecked") // the field holds one of two types, see its comment
  public ImmutableSortedMap<String, String> attributes() {
    Object held = attributes;
    return held instanceof StartSource start
        ? start.startAttributes()
        : (ImmutableSortedMap<String, String>) held;
  }

  /**
   * {@return the digest recorded with this entry when it was stored, if it was read from storage}
   * Not part of the canonical encoding nor of {@code equals}.
   */
  public Optional<Digest> recordedDigest() {
    return extras.recordedDigest;
  }

  /**
   * {@return the id of the {@linkplain ChainKey chain key} this entry is sealed under (<i>forseglet
   * med</i>), for an entry appended to a journal {@linkplain Journal#withChainKey given a key}; its
   * chain digest is then an HMAC-SHA256 under that key} Part of the canonical encoding, not of
   * {@code equals}: two entries recording the same command are equal however they are sealed.
   */
  public Optional<String> chainKeyId() {
    return extras.chainKeyId;
  }

  /**
   * {@return the salts of the entry's free texts (<i>salt</i>), for an entry recorded by a journal
   * that salts its texts: one per text, the note's first if it has one, then each evidence
   * reference's, in order; empty for an entry recorded without salts, and for a redacted one} The
   * chain then commits to each text's {@linkplain Salt#digest salted digest}, not to the text, so
   * the texts can be {@linkplain #redacted() erased} without breaking it. Not part of {@code
   * equals}.
   */
  public ImmutableList<Salt> salts() {
    return extras.salts;
  }

  /**
   * {@return the salted digest of the note an entry had before it was {@linkplain #redacted()
   * redacted} (<i>sladda notat</i>); empty for an entry that is not redacted or had no note} Not
   * part of {@code equals}.
   */
  public Optional<Digest> erasedNote() {
    return extras.erasedNote;
  }

  /**
   * {@return the salted digests of the evidence references an entry had before it was {@linkplain
   * #redacted() redacted} (<i>sladda dokumentasjon</i>), in order; empty for an entry that is not
   * redacted} Not part of {@code equals}.
   */
  public ImmutableList<Digest> erasedEvidence() {
    return extras.erasedEvidence;
  }

  /** {@return whether the entry's free texts were recorded with {@linkplain #salts() salts}} */
  public boolean isSalted() {
    return !salts().isEmpty();
  }

  /**
   * {@return whether the entry's free texts were erased (<i>sladda</i>), keeping their salted
   * digests}
   */
  public boolean isRedacted() {
    return erasedNote().isPresent() || !erasedEvidence().isEmpty();
  }

  /**
   * {@return whether the entry has free text: a note (an answer is a note) or evidence references}
   */
  public boolean hasText() {
    return note != null || !evidence.isEmpty();
  }

  /**
   * {@return the redacted form of this entry (<i>sladda form</i>): its note and evidence gone with
   * their salts, their salted digests kept, so its canonical encoding and the chain digests are
   * unchanged} An entry without free text, or already redacted, is returned as it is.
   *
   * @throws InvalidValueException ({@code LHL-J-009}) if the entry has free text recorded without
   *     salts, which cannot be erased without breaking the chain
   */
  public JournalEntry redacted() {
    if (!hasText()) {
      return this;
    }
    if (!isSalted()) {
      throw InvalidValueException.of(
          JournalCode.NOT_SALTED, "sequence", "an entry with salted texts", sequence());
    }
    ImmutableList<Salt> salts = salts();
    int next = 0;
    Optional<Digest> noteDigest = Optional.empty();
    if (note().isPresent()) {
      noteDigest = Optional.of(salts.get(next++).digest(note().get()));
    }
    ImmutableList.Builder<Digest> evidenceDigests = ImmutableList.builder();
    for (String reference : evidence()) {
      evidenceDigests.add(salts.get(next++).digest(reference));
    }
    return builder()
        .from(this)
        .note(Optional.empty())
        .evidence(ImmutableList.of())
        .salts(ImmutableList.of())
        .erasedNote(noteDigest)
        .erasedEvidence(evidenceDigests.build())
        .build();
  }

  /** {@return the code of the criterion recorded as met, for an entry that records one} */
  public Optional<String> criterion() {
    return Optional.ofNullable(attributes().get(EntryKeys.CRITERION));
  }

  /** {@return the code of the reflection question answered, for an entry that answers one} */
  public Optional<String> question() {
    return Optional.ofNullable(attributes().get(EntryKeys.QUESTION));
  }

  /** {@return the answer given to a reflection question: the note of an entry that answers one} */
  public Optional<String> answer() {
    return question().isPresent() ? note() : Optional.empty();
  }

  /** {@return the code of the earlier phase a revisit went back to, for a revisit entry} */
  public Optional<String> targetPhase() {
    return Optional.ofNullable(attributes().get(EntryKeys.TARGET_PHASE));
  }

  /** {@return the id of the instance, as the host knows it; recorded by the start entry} */
  public Optional<String> instanceId() {
    return Optional.ofNullable(attributes().get(EntryKeys.INSTANCE_ID));
  }

  /**
   * {@return the municipality running the process; recorded by the start entry}
   *
   * @throws InvalidValueException if the entry names a municipality that is not valid
   */
  public Optional<Municipality> municipality() {
    String name = attributes().get(EntryKeys.MUNICIPALITY_NAME);
    String number = attributes().get(EntryKeys.MUNICIPALITY_NUMBER);
    return name == null || number == null
        ? Optional.empty()
        : Optional.of(Municipality.of(name, number));
  }

  /** {@return the id of the definition the process runs on; recorded by the start entry} */
  public Optional<String> definitionId() {
    return Optional.ofNullable(attributes().get(EntryKeys.DEFINITION_ID));
  }

  /**
   * {@return the version of the definition the process runs on; recorded by the start entry}
   *
   * @throws InvalidValueException if the recorded version is not a whole number
   */
  public OptionalInt definitionVersion() {
    String version = attributes().get(EntryKeys.DEFINITION_VERSION);
    if (version == null) {
      return OptionalInt.empty();
    }
    try {
      return OptionalInt.of(Integer.parseInt(version));
    } catch (NumberFormatException e) {
      throw InvalidValueException.of(
          ArgumentCode.INVALID_VALUE, EntryKeys.DEFINITION_VERSION, "a whole number", version);
    }
  }

  /**
   * {@return the digest of the definition the process runs on; recorded by the start entry}
   *
   * @throws IllegalArgumentException if the recorded digest is not 64 hexadecimal digits
   */
  public Optional<Digest> definitionDigest() {
    String digest = attributes().get(EntryKeys.DEFINITION_DIGEST);
    return digest == null ? Optional.empty() : Optional.of(Digest.parse(digest));
  }

  /**
   * {@return the instance's own target dates by phase code, in order of phase code; recorded by the
   * start entry of an instance started with a plan, otherwise empty}
   *
   * @throws InvalidValueException if a recorded target date is not an ISO date
   */
  public ImmutableMap<String, LocalDate> plannedTargetDates() {
    ImmutableMap.Builder<String, LocalDate> dates = ImmutableMap.builder();
    for (Map.Entry<String, String> attribute :
        attributes().tailMap(EntryKeys.TARGET_DATE_PREFIX, true).entrySet()) {
      String key = attribute.getKey();
      if (!key.startsWith(EntryKeys.TARGET_DATE_PREFIX)) {
        break;
      }
      try {
        dates.put(
            key.substring(EntryKeys.TARGET_DATE_PREFIX.length()),
            LocalDate.parse(attribute.getValue()));
      } catch (DateTimeParseException e) {
        throw InvalidValueException.of(
            ArgumentCode.INVALID_VALUE,
            key,
            "an ISO date such as 2026-06-30",
            attribute.getValue());
      }
    }
    return dates.buildOrThrow();
  }

  /**
   * {@return a copy of this entry with the digest recorded when it was stored}
   *
   * @param digest the chain digest recorded with this entry when it was stored
   */
  public JournalEntry withRecordedDigest(Digest digest) {
    return withRecordedDigest(Optional.of(digest));
  }

  /**
   * {@return a copy of this entry with the digest recorded when it was stored, or with none}
   *
   * @param digest the chain digest recorded with this entry when it was stored, or empty for none
   */
  public JournalEntry withRecordedDigest(Optional<? extends Digest> digest) {
    Optional<Digest> recorded = digest.map(Digest.class::cast);
    return recorded.equals(extras.recordedDigest)
        ? this
        : with(
            Extras.of(
                recorded,
                extras.chainKeyId,
                extras.salts,
                extras.erasedNote,
                extras.erasedEvidence));
  }

  /**
   * {@return a copy of this entry sealed under the chain key with the given id}
   *
   * @param keyId the id of the {@linkplain ChainKey chain key} to seal the copy under
   */
  public JournalEntry withChainKeyId(String keyId) {
    return withChainKeyId(Optional.of(keyId));
  }

  /**
   * {@return a copy of this entry sealed under the chain key with the given id, or unsealed}
   *
   * @param keyId the id of the {@linkplain ChainKey chain key} to seal the copy under, or empty for
   *     an unsealed copy
   */
  public JournalEntry withChainKeyId(Optional<String> keyId) {
    return keyId.equals(extras.chainKeyId)
        ? this
        : with(
            Extras.of(
                extras.recordedDigest,
                keyId,
                extras.salts,
                extras.erasedNote,
                extras.erasedEvidence));
  }

  /**
   * {@return a copy of this entry with its texts salted with {@code salts}, one per text}
   *
   * @param salts one salt per free text: the note's first if it has one, then each evidence
   *     reference's, in order; empty for an unsalted copy
   */
  public JournalEntry withSalts(Iterable<? extends Salt> salts) {
    return with(
        Extras.of(
            extras.recordedDigest,
            extras.chainKeyId,
            ImmutableList.copyOf(salts),
            extras.erasedNote,
            extras.erasedEvidence));
  }

  /**
   * {@return a copy of this entry with a different sequence number}
   *
   * @param sequence the new sequence number, counting from 1
   */
  public JournalEntry withSequence(long sequence) {
    return sequence == this.sequence ? this : copy(sequence, note, attributes, extras);
  }

  /**
   * {@return a copy of this entry with a different note}
   *
   * @param note the new note: why, or the answer to a reflection question
   */
  public JournalEntry withNote(String note) {
    return note.equals(this.note) ? this : copy(sequence, note, attributes, extras);
  }

  /**
   * {@return a copy of this entry with different attributes}
   *
   * @param attributes what the command recorded beyond the other fields, by key; the copy keeps
   *     them sorted by key
   */
  public JournalEntry withAttributes(Map<String, ? extends String> attributes) {
    return copy(sequence, note, ImmutableSortedMap.<String, String>copyOf(attributes), extras);
  }

  /** {@return the canonical encoding of this entry; see {@link CanonicalEncoding}} */
  public byte[] canonicalBytes() {
    return CanonicalEncoding.encode(this);
  }

  /**
   * {@return a new builder, for a store that rebuilds entries from what it saved, or a test} The
   * engine writes entries itself when commands are accepted.
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Whether {@code other} is an entry with the same sequence number, time, actor, role, trigger,
   * phases, status, note, evidence and attributes.
   */
  @Override
  public boolean equals(@Nullable Object other) {
    return this == other
        || (other instanceof JournalEntry that
            && sequence == that.sequence
            && time.equals(that.time)
            && actorId.equals(that.actorId)
            && role.equals(that.role)
            && trigger.equals(that.trigger)
            && fromPhase.equals(that.fromPhase)
            && toPhase.equals(that.toPhase)
            && status == that.status
            && Objects.equals(note, that.note)
            && evidence.equals(that.evidence)
            && attributes().equals(that.attributes()));
  }

  @Override
  public int hashCode() {
    return Objects.hash(
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
        attributes());
  }

  @Override
  public String toString() {
    StringBuilder text =
        new StringBuilder("JournalEntry{sequence=")
            .append(sequence)
            .append(", time=")
            .append(time)
            .append(", actorId=")
            .append(actorId)
            .append(", role=")
            .append(role)
            .append(", trigger=")
            .append(trigger)
            .append(", fromPhase=")
            .append(fromPhase)
            .append(", toPhase=")
            .append(toPhase)
            .append(", status=")
            .append(status);
    if (note != null) {
      text.append(", note=").append(note);
    }
    text.append(", evidence=").append(evidence).append(", attributes=").append(attributes());
    extras.recordedDigest.ifPresent(d -> text.append(", recordedDigest=").append(d.hex()));
    extras.chainKeyId.ifPresent(k -> text.append(", chainKeyId=").append(k));
    if (isSalted()) {
      text.append(", salted");
    }
    if (isRedacted()) {
      text.append(", redacted");
    }
    return text.append('}').toString();
  }

  static {
    EntryFactory.install(new Parts());
  }

  /** The engine's way to an entry, through {@link EntryFactory}. */
  private static final class Parts extends EntryFactory {
    @Override
    public JournalEntry entry(
        long sequence,
        Instant time,
        String actorId,
        String role,
        String trigger,
        String fromPhase,
        String toPhase,
        ProcessStatus status,
        Optional<String> note,
        ImmutableList<String> evidence,
        ImmutableSortedMap<String, String> attributes) {
      return new JournalEntry(
          sequence,
          time,
          actorId,
          role,
          trigger,
          fromPhase,
          toPhase,
          status,
          note.orElse(null),
          evidence,
          attributes,
          Extras.NONE);
    }

    @Override
    public Journal journalOf(JournalEntry start) {
      if (start.sequence != 1 || start.extras != Extras.NONE) {
        throw new IllegalStateException("a new journal starts with a plain first entry");
      }
      return Journal.started(start);
    }

    @Override
    public JournalEntry startEntry(
        Instant time,
        String actorId,
        String role,
        String trigger,
        String phase,
        ProcessStatus status,
        StartSource source) {
      return new JournalEntry(
          1,
          time,
          actorId,
          role,
          trigger,
          phase,
          phase,
          status,
          null,
          ImmutableList.of(),
          source,
          Extras.NONE);
    }
  }

  /** An entry from all its parts: the engine's and the codec's way, not public API. */
  static JournalEntry of(
      long sequence,
      Instant time,
      String actorId,
      String role,
      String trigger,
      String fromPhase,
      String toPhase,
      ProcessStatus status,
      Optional<String> note,
      ImmutableList<String> evidence,
      ImmutableSortedMap<String, String> attributes) {
    return new JournalEntry(
            sequence,
            time,
            actorId,
            role,
            trigger,
            fromPhase,
            toPhase,
            status,
            note.orElse(null),
            evidence,
            attributes,
            Extras.NONE)
        .checked();
  }

  /**
   * Checks the parts, as every way to an entry but the engine's does: the engine makes entries of
   * parts it checked already (an actor's id, the definition's codes, the next sequence number).
   */
  private JournalEntry checked() {
    if (sequence < 1) {
      throw InvalidValueException.of(
          ArgumentCode.INVALID_VALUE, "sequence", "at least 1", sequence);
    }
    ValueLimits.requireId("actorId", actorId);
    requireCode("role", role);
    requireCode("trigger", trigger);
    requireCode("fromPhase", fromPhase);
    requireCode("toPhase", toPhase);
    if (extras == Extras.NONE) {
      return this;
    }
    int texts = (note != null ? 1 : 0) + evidence.size();
    if (isSalted() && salts().size() != texts) {
      throw InvalidValueException.of(
          ArgumentCode.INVALID_VALUE, "salts", "one salt per text, " + texts, salts().size());
    }
    if (isRedacted() && (hasText() || isSalted())) {
      throw InvalidValueException.inconsistent(
          "note, evidence, erasedNote, erasedEvidence",
          "a redacted entry has no note, no evidence and no salts");
    }
    if (chainKeyId().isPresent() && !ChainKey.isKeyId(chainKeyId().get())) {
      throw InvalidValueException.of(
          ArgumentCode.INVALID_VALUE,
          "chainKeyId",
          "1 to " + ChainKey.MAXIMUM_ID_LENGTH + " ASCII letters, digits, '.', '_' or '-'",
          chainKeyId().get());
    }
    return this;
  }

  private static void requireCode(String field, String value) {
    if (value.isBlank()) {
      throw InvalidValueException.of(ArgumentCode.INVALID_VALUE, field, "non-blank", value);
    }
  }

  /**
   * What storage, sealing and salting add to an entry, in one object that most entries share: the
   * recorded digest, the chain key id, the salts and the salted digests of erased texts.
   */
  private static final class Extras {

    static final Extras NONE =
        new Extras(
            Optional.empty(),
            Optional.empty(),
            ImmutableList.of(),
            Optional.empty(),
            ImmutableList.of());

    final Optional<Digest> recordedDigest;
    final Optional<String> chainKeyId;
    final ImmutableList<Salt> salts;
    final Optional<Digest> erasedNote;
    final ImmutableList<Digest> erasedEvidence;

    private Extras(
        Optional<Digest> recordedDigest,
        Optional<String> chainKeyId,
        ImmutableList<Salt> salts,
        Optional<Digest> erasedNote,
        ImmutableList<Digest> erasedEvidence) {
      this.recordedDigest = recordedDigest;
      this.chainKeyId = chainKeyId;
      this.salts = salts;
      this.erasedNote = erasedNote;
      this.erasedEvidence = erasedEvidence;
    }

    /** The extras of these parts, {@link #NONE} if they are all empty. */
    static Extras of(
        Optional<Digest> recordedDigest,
        Optional<String> chainKeyId,
        ImmutableList<Salt> salts,
        Optional<Digest> erasedNote,
        ImmutableList<Digest> erasedEvidence) {
      return recordedDigest.isEmpty()
              && chainKeyId.isEmpty()
              && salts.isEmpty()
              && erasedNote.isEmpty()
              && erasedEvidence.isEmpty()
          ? NONE
          : new Extras(recordedDigest, chainKeyId, salts, erasedNote, erasedEvidence);
    }
  }

  /**
   * Builds a {@link JournalEntry} from named parts (<i>bygger</i>). Every part but the note, the
   * evidence, the attributes and the recorded digest is required. Not thread-safe; a builder is for
   * one thread.
   */
  public static final class Builder {

    private long sequence;
    private @Nullable Instant time;
    private @Nullable String actorId;
    private @Nullable String role;
    private @Nullable String trigger;
    private @Nullable String fromPhase;
    private @Nullable String toPhase;
    private @Nullable ProcessStatus status;
    private Optional<String> note = Optional.empty();
    // immutable collections, not collection builders: the engine builds an entry per command and
    // hands over lists and maps it already holds, which copyOf then keeps without copying
    private ImmutableList<String> evidence = ImmutableList.of();
    private ImmutableSortedMap<String, String> attributes = ImmutableSortedMap.of();
    private @Nullable Digest recordedDigest;
    private Optional<String> chainKeyId = Optional.empty();
    private ImmutableList<Salt> salts = ImmutableList.of();
    private Optional<Digest> erasedNote = Optional.empty();
    private ImmutableList<Digest> erasedEvidence = ImmutableList.of();

    Builder() {}

    /**
     * Sets every part from {@code entry}, replacing what was set before.
     *
     * @param entry the entry whose parts to copy
     * @return this builder
     */
    public Builder from(JournalEntry entry) {
      sequence = entry.sequence();
      time = entry.time();
      actorId = entry.actorId();
      role = entry.role();
      trigger = entry.trigger();
      fromPhase = entry.fromPhase();
      toPhase = entry.toPhase();
      status = entry.status();
      note = entry.note();
      evidence = entry.evidence();
      attributes = entry.attributes();
      recordedDigest = entry.recordedDigest().orElse(null);
      chainKeyId = entry.chainKeyId();
      salts = entry.salts();
      erasedNote = entry.erasedNote();
      erasedEvidence = entry.erasedEvidence();
      return this;
    }

    /**
     * Sets the sequence number; see {@link JournalEntry#sequence()}.
     *
     * @param sequence the entry's sequence number, counting from 1
     * @return this builder
     */
    public Builder sequence(long sequence) {
      this.sequence = sequence;
      return this;
    }

    /**
     * Sets the time; see {@link JournalEntry#time()}.
     *
     * @param time when the step was taken
     * @return this builder
     */
    public Builder time(Instant time) {
      this.time = time;
      return this;
    }

    /**
     * Sets the actor's id; see {@link JournalEntry#actorId()}.
     *
     * @param actorId the id of the actor who took the step
     * @return this builder
     */
    public Builder actorId(String actorId) {
      this.actorId = actorId;
      return this;
    }

    /**
     * Sets the code of the actor's role; see {@link JournalEntry#role()}.
     *
     * @param role the code of the actor's role
     * @return this builder
     */
    public Builder role(String role) {
      this.role = role;
      return this;
    }

    /**
     * Sets the code of the trigger; see {@link JournalEntry#trigger()}.
     *
     * @param trigger the code of the trigger fired
     * @return this builder
     */
    public Builder trigger(String trigger) {
      this.trigger = trigger;
      return this;
    }

    /**
     * Sets the code of the phase before; see {@link JournalEntry#fromPhase()}.
     *
     * @param fromPhase the code of the phase before the step
     * @return this builder
     */
    public Builder fromPhase(String fromPhase) {
      this.fromPhase = fromPhase;
      return this;
    }

    /**
     * Sets the code of the phase after; see {@link JournalEntry#toPhase()}.
     *
     * @param toPhase the code of the phase after the step
     * @return this builder
     */
    public Builder toPhase(String toPhase) {
      this.toPhase = toPhase;
      return this;
    }

    /**
     * Sets the status after; see {@link JournalEntry#status()}.
     *
     * @param status the process's status after the step
     * @return this builder
     */
    public Builder status(ProcessStatus status) {
      this.status = status;
      return this;
    }

    /**
     * Sets the note; see {@link JournalEntry#note()}.
     *
     * @param note the entry's note
     * @return this builder
     */
    public Builder note(String note) {
      this.note = Optional.of(note);
      return this;
    }

    /**
     * Sets the note, or none; see {@link JournalEntry#note()}.
     *
     * @param note the entry's note, or empty for none
     * @return this builder
     */
    public Builder note(Optional<String> note) {
      this.note = note;
      return this;
    }

    /**
     * Replaces the evidence references, in order; see {@link JournalEntry#evidence()}.
     *
     * @param references the evidence references, in order
     * @return this builder
     */
    public Builder evidence(Iterable<String> references) {
      this.evidence = ImmutableList.copyOf(references);
      return this;
    }

    /**
     * Adds an evidence reference after those set; see {@link JournalEntry#evidence()}.
     *
     * @param reference an evidence reference, such as a case number
     * @return this builder
     */
    public Builder addEvidence(String reference) {
      this.evidence = ImmutableList.<String>builder().addAll(evidence).add(reference).build();
      return this;
    }

    /**
     * Replaces the attributes with {@code attributes}, as storage read them; see {@link
     * JournalEntry#attributes()}.
     *
     * @param attributes the attributes, by key
     * @return this builder
     */
    public Builder attributes(Map<String, String> attributes) {
      this.attributes = ImmutableSortedMap.copyOf(attributes);
      return this;
    }

    /**
     * Puts an attribute, replacing one of the same key; see {@link JournalEntry#attributes()}.
     *
     * @param key the attribute's key
     * @param value the attribute's value
     * @return this builder
     */
    public Builder putAttribute(String key, String value) {
      TreeMap<String, String> put = new TreeMap<>(attributes);
      put.put(key, value);
      this.attributes = ImmutableSortedMap.copyOfSorted(put);
      return this;
    }

    /**
     * Sets the digest recorded with the entry in storage; see {@link
     * JournalEntry#recordedDigest()}.
     *
     * @param digest the chain digest recorded with the entry
     * @return this builder
     */
    public Builder recordedDigest(Digest digest) {
      this.recordedDigest = digest;
      return this;
    }

    /**
     * Sets the id of the chain key the entry was sealed under, as storage read it; see {@link
     * JournalEntry#chainKeyId()}.
     *
     * @param keyId the id of the chain key
     * @return this builder
     */
    public Builder chainKeyId(String keyId) {
      this.chainKeyId = Optional.of(keyId);
      return this;
    }

    /**
     * Sets the id of the chain key the entry was sealed under, or none.
     *
     * @param keyId the id of the chain key, or empty for none
     * @return this builder
     */
    public Builder chainKeyId(Optional<String> keyId) {
      this.chainKeyId = keyId;
      return this;
    }

    /**
     * Sets the salts of the entry's texts, as storage read them; see {@link JournalEntry#salts()}.
     *
     * @param salts the salts, in the order of the texts they salt
     * @return this builder
     */
    public Builder salts(Iterable<Salt> salts) {
      this.salts = ImmutableList.copyOf(salts);
      return this;
    }

    /**
     * Sets the salted digest of a redacted entry's note, or none; see {@link
     * JournalEntry#erasedNote()}.
     *
     * @param digest the salted digest of the erased note, or empty for none
     * @return this builder
     */
    public Builder erasedNote(Optional<Digest> digest) {
      this.erasedNote = digest;
      return this;
    }

    /**
     * Sets the salted digests of a redacted entry's evidence; see {@link
     * JournalEntry#erasedEvidence()}.
     *
     * @param digests the salted digests of the erased evidence references, in order
     * @return this builder
     */
    public Builder erasedEvidence(Iterable<Digest> digests) {
      this.erasedEvidence = ImmutableList.copyOf(digests);
      return this;
    }

    /**
     * {@return the entry}
     *
     * @throws InvalidValueException ({@code LHL-A-005}) naming every required part not set, or
     *     ({@code LHL-A-001}) if the sequence number is below 1, a code (actor id, role, trigger,
     *     phase) is blank, the salts are not one per text, or a redacted entry still has texts
     */
    public JournalEntry build() {
      requireAll();
      return new JournalEntry(
              sequence,
              required("time", time),
              required("actorId", actorId),
              required("role", role),
              required("trigger", trigger),
              required("fromPhase", fromPhase),
              required("toPhase", toPhase),
              required("status", status),
              note.orElse(null),
              evidence,
              attributes,
              Extras.of(
                  Optional.ofNullable(recordedDigest),
                  chainKeyId,
                  salts,
                  erasedNote,
                  erasedEvidence))
          .checked();
    }

    /** Fails with {@code LHL-A-005} naming every required part not set. */
    private void requireAll() {
      StringBuilder missing = new StringBuilder();
      missing(missing, "time", time);
      missing(missing, "actorId", actorId);
      missing(missing, "role", role);
      missing(missing, "trigger", trigger);
      missing(missing, "fromPhase", fromPhase);
      missing(missing, "toPhase", toPhase);
      missing(missing, "status", status);
      if (missing.length() > 0) {
        throw new InvalidValueException.MissingAttributes(
            "Cannot build JournalEntry, some of required attributes are not set [" + missing + "]");
      }
    }

    private static void missing(StringBuilder missing, String field, @Nullable Object value) {
      if (value == null) {
        missing.append(missing.length() == 0 ? "" : ", ").append(field);
      }
    }

    private static <T> T required(String field, @Nullable T value) {
      if (value == null) {
        throw InvalidValueException.of(ArgumentCode.INVALID_VALUE, field, "set", null);
      }
      return value;
    }
  }
}
