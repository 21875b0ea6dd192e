package no.levehelelivet.process.journal;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import com.google.common.collect.ImmutableSortedMap;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Map;
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
import no.levehelelivet.process.internal.HandBuiltValue;
import org.immutables.value.Value;
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
 * <p>Immutable and thread-safe.
 */
@Value.Immutable
@HandBuiltValue
public abstract class JournalEntry {

  JournalEntry() {}

  /** The entry's sequence number: 1 for the first entry, then 2, 3, ... without gaps. */
  @Value.Parameter
  public abstract long sequence();

  /** When the command was accepted, from the clock the command was fired with. */
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

  /** The process status after the command. */
  @Value.Parameter
  public abstract ProcessStatus status();

  /** The note given with the command: why, or the answer to a reflection question. */
  @Value.Parameter
  public abstract Optional<String> note();

  /** References to evidence in the host's case-management system, such as a case number. */
  @Value.Parameter
  public abstract ImmutableList<String> evidence();

  /**
   * What the command recorded beyond the fields above, by key, sorted by key, as storage keeps it;
   * read it through the typed accessors ({@link #criterion()}, {@link #targetPhase()}, ...).
   */
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
   * The id of the {@linkplain ChainKey chain key} this entry is sealed under (<i>forseglet
   * med</i>), for an entry appended to a journal {@linkplain Journal#withChainKey given a key}; its
   * chain digest is then an HMAC-SHA256 under that key. Part of the canonical encoding, not of
   * {@code equals}: two entries recording the same command are equal however they are sealed.
   */
  @Value.Auxiliary
  public abstract Optional<String> chainKeyId();

  /**
   * The salts of the entry's free texts (<i>salt</i>), for an entry recorded by a journal that
   * salts its texts: one per text, the note's first if it has one, then each evidence reference's,
   * in order; empty for an entry recorded without salts, and for a redacted one. The chain then
   * commits to each text's {@linkplain Salt#digest salted digest}, not to the text, so the texts
   * can be {@linkplain #redacted() erased} without breaking it. Not part of {@code equals}.
   */
  @Value.Auxiliary
  public abstract ImmutableList<Salt> salts();

  /**
   * The salted digest of the note an entry had before it was {@linkplain #redacted() redacted}
   * (<i>sladda notat</i>); empty for an entry that is not redacted or had no note. Not part of
   * {@code equals}.
   */
  @Value.Auxiliary
  public abstract Optional<Digest> erasedNote();

  /**
   * The salted digests of the evidence references an entry had before it was {@linkplain
   * #redacted() redacted} (<i>sladda dokumentasjon</i>), in order; empty for an entry that is not
   * redacted. Not part of {@code equals}.
   */
  @Value.Auxiliary
  public abstract ImmutableList<Digest> erasedEvidence();

  /** Whether the entry's free texts were recorded with {@linkplain #salts() salts}. */
  public boolean isSalted() {
    return !salts().isEmpty();
  }

  /** Whether the entry's free texts were erased (<i>sladda</i>), keeping their salted digests. */
  public boolean isRedacted() {
    return erasedNote().isPresent() || !erasedEvidence().isEmpty();
  }

  /** Whether the entry has free text: a note (an answer is a note) or evidence references. */
  public boolean hasText() {
    return note().isPresent() || !evidence().isEmpty();
  }

  /**
   * Returns the redacted form of this entry (<i>sladda form</i>): its note and evidence gone with
   * their salts, their salted digests kept, so its canonical encoding and the chain digests are
   * unchanged. An entry without free text, or already redacted, is returned as it is.
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

  /** The code of the criterion recorded as met, for an entry that records one. */
  public Optional<String> criterion() {
    return Optional.ofNullable(attributes().get(EntryKeys.CRITERION));
  }

  /** The code of the reflection question answered, for an entry that answers one. */
  public Optional<String> question() {
    return Optional.ofNullable(attributes().get(EntryKeys.QUESTION));
  }

  /** The answer given to a reflection question: the note of an entry that answers one. */
  public Optional<String> answer() {
    return question().isPresent() ? note() : Optional.empty();
  }

  /** The code of the earlier phase a revisit went back to, for a revisit entry. */
  public Optional<String> targetPhase() {
    return Optional.ofNullable(attributes().get(EntryKeys.TARGET_PHASE));
  }

  /** The id of the instance, as the host knows it; recorded by the start entry. */
  public Optional<String> instanceId() {
    return Optional.ofNullable(attributes().get(EntryKeys.INSTANCE_ID));
  }

  /**
   * The municipality running the process; recorded by the start entry.
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

  /** The id of the definition the process runs on; recorded by the start entry. */
  public Optional<String> definitionId() {
    return Optional.ofNullable(attributes().get(EntryKeys.DEFINITION_ID));
  }

  /**
   * The version of the definition the process runs on; recorded by the start entry.
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
   * The digest of the definition the process runs on; recorded by the start entry.
   *
   * @throws IllegalArgumentException if the recorded digest is not 64 hexadecimal digits
   */
  public Optional<Digest> definitionDigest() {
    String digest = attributes().get(EntryKeys.DEFINITION_DIGEST);
    return digest == null ? Optional.empty() : Optional.of(Digest.parse(digest));
  }

  /**
   * The instance's own target dates by phase code, in order of phase code; recorded by the start
   * entry of an instance started with a plan, otherwise empty.
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

  /** Returns a copy of this entry with the digest recorded when it was stored. */
  public abstract JournalEntry withRecordedDigest(Digest digest);

  /** Returns a copy of this entry with the digest recorded when it was stored, or with none. */
  public abstract JournalEntry withRecordedDigest(Optional<? extends Digest> digest);

  /** Returns a copy of this entry sealed under the chain key with the given id. */
  public abstract JournalEntry withChainKeyId(String keyId);

  /** Returns a copy of this entry sealed under the chain key with the given id, or unsealed. */
  public abstract JournalEntry withChainKeyId(Optional<String> keyId);

  /** Returns a copy of this entry with its texts salted with {@code salts}, one per text. */
  public abstract JournalEntry withSalts(Iterable<? extends Salt> salts);

  /** A copy with the salted digest of an erased note; {@link #redacted()} makes these. */
  abstract JournalEntry withErasedNote(Optional<? extends Digest> digest);

  /** A copy with the salted digests of erased evidence; {@link #redacted()} makes these. */
  abstract JournalEntry withErasedEvidence(Iterable<? extends Digest> digests);

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

  /**
   * Returns a new builder, for a store that rebuilds entries from what it saved, or a test. The
   * engine writes entries itself when commands are accepted.
   */
  public static Builder builder() {
    return new Builder();
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
      return of(
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

  @Value.Check
  void check() {
    if (sequence() < 1) {
      throw InvalidValueException.of(
          ArgumentCode.INVALID_VALUE, "sequence", "at least 1", sequence());
    }
    ValueLimits.requireId("actorId", actorId());
    requireCode("role", role());
    requireCode("trigger", trigger());
    requireCode("fromPhase", fromPhase());
    requireCode("toPhase", toPhase());
    int texts = (note().isPresent() ? 1 : 0) + evidence().size();
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
  }

  private static void requireCode(String field, String value) {
    if (value.isBlank()) {
      throw InvalidValueException.of(ArgumentCode.INVALID_VALUE, field, "non-blank", value);
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

    /** Sets every part from {@code entry}, replacing what was set before. */
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

    /** Sets the sequence number; see {@link JournalEntry#sequence()}. */
    public Builder sequence(long sequence) {
      this.sequence = sequence;
      return this;
    }

    /** Sets the time; see {@link JournalEntry#time()}. */
    public Builder time(Instant time) {
      this.time = time;
      return this;
    }

    /** Sets the actor's id; see {@link JournalEntry#actorId()}. */
    public Builder actorId(String actorId) {
      this.actorId = actorId;
      return this;
    }

    /** Sets the code of the actor's role; see {@link JournalEntry#role()}. */
    public Builder role(String role) {
      this.role = role;
      return this;
    }

    /** Sets the code of the trigger; see {@link JournalEntry#trigger()}. */
    public Builder trigger(String trigger) {
      this.trigger = trigger;
      return this;
    }

    /** Sets the code of the phase before; see {@link JournalEntry#fromPhase()}. */
    public Builder fromPhase(String fromPhase) {
      this.fromPhase = fromPhase;
      return this;
    }

    /** Sets the code of the phase after; see {@link JournalEntry#toPhase()}. */
    public Builder toPhase(String toPhase) {
      this.toPhase = toPhase;
      return this;
    }

    /** Sets the status after; see {@link JournalEntry#status()}. */
    public Builder status(ProcessStatus status) {
      this.status = status;
      return this;
    }

    /** Sets the note; see {@link JournalEntry#note()}. */
    public Builder note(String note) {
      this.note = Optional.of(note);
      return this;
    }

    /** Sets the note, or none; see {@link JournalEntry#note()}. */
    public Builder note(Optional<String> note) {
      this.note = note;
      return this;
    }

    /** Replaces the evidence references, in order; see {@link JournalEntry#evidence()}. */
    public Builder evidence(Iterable<String> references) {
      this.evidence = ImmutableList.copyOf(references);
      return this;
    }

    /** Adds an evidence reference after those set; see {@link JournalEntry#evidence()}. */
    public Builder addEvidence(String reference) {
      this.evidence = ImmutableList.<String>builder().addAll(evidence).add(reference).build();
      return this;
    }

    /**
     * Replaces the attributes with {@code attributes}, as storage read them; see {@link
     * JournalEntry#attributes()}.
     */
    public Builder attributes(Map<String, String> attributes) {
      this.attributes = ImmutableSortedMap.copyOf(attributes);
      return this;
    }

    /** Puts an attribute, replacing one of the same key; see {@link JournalEntry#attributes()}. */
    public Builder putAttribute(String key, String value) {
      TreeMap<String, String> put = new TreeMap<>(attributes);
      put.put(key, value);
      this.attributes = ImmutableSortedMap.copyOfSorted(put);
      return this;
    }

    /**
     * Sets the digest recorded with the entry in storage; see {@link
     * JournalEntry#recordedDigest()}.
     */
    public Builder recordedDigest(Digest digest) {
      this.recordedDigest = digest;
      return this;
    }

    /**
     * Sets the id of the chain key the entry was sealed under, as storage read it; see {@link
     * JournalEntry#chainKeyId()}.
     */
    public Builder chainKeyId(String keyId) {
      this.chainKeyId = Optional.of(keyId);
      return this;
    }

    /** Sets the id of the chain key the entry was sealed under, or none. */
    public Builder chainKeyId(Optional<String> keyId) {
      this.chainKeyId = keyId;
      return this;
    }

    /**
     * Sets the salts of the entry's texts, as storage read them; see {@link JournalEntry#salts()}.
     */
    public Builder salts(Iterable<Salt> salts) {
      this.salts = ImmutableList.copyOf(salts);
      return this;
    }

    /**
     * Sets the salted digest of a redacted entry's note, or none; see {@link
     * JournalEntry#erasedNote()}.
     */
    public Builder erasedNote(Optional<Digest> digest) {
      this.erasedNote = digest;
      return this;
    }

    /**
     * Sets the salted digests of a redacted entry's evidence; see {@link
     * JournalEntry#erasedEvidence()}.
     */
    public Builder erasedEvidence(Iterable<Digest> digests) {
      this.erasedEvidence = ImmutableList.copyOf(digests);
      return this;
    }

    /**
     * Returns the entry.
     *
     * @throws InvalidValueException ({@code LHL-A-005}) naming every required part not set, or
     *     ({@code LHL-A-001}) if the sequence number is below 1, a code (actor id, role, trigger,
     *     phase) is blank, the salts are not one per text, or a redacted entry still has texts
     */
    public JournalEntry build() {
      requireAll();
      JournalEntry entry =
          of(
              sequence,
              required("time", time),
              required("actorId", actorId),
              required("role", role),
              required("trigger", trigger),
              required("fromPhase", fromPhase),
              required("toPhase", toPhase),
              required("status", status),
              note,
              evidence,
              attributes);
      JournalEntry sealed = chainKeyId.isEmpty() ? entry : entry.withChainKeyId(chainKeyId);
      if (!salts.isEmpty() || erasedNote.isPresent() || !erasedEvidence.isEmpty()) {
        sealed =
            sealed.withSalts(salts).withErasedNote(erasedNote).withErasedEvidence(erasedEvidence);
      }
      return recordedDigest == null ? sealed : sealed.withRecordedDigest(recordedDigest);
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
