package no.levehelelivet.process;

import com.google.common.base.Joiner;
import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import com.google.common.collect.ImmutableSortedMap;
import com.google.common.collect.ImmutableSortedSet;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Collection;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import no.levehelelivet.core.ArgumentCode;
import no.levehelelivet.core.InvalidValueException;
import no.levehelelivet.core.Municipality;
import no.levehelelivet.core.ValueLimits;
import no.levehelelivet.core.internal.Echo;
import no.levehelelivet.process.history.ProcessHistory;
import no.levehelelivet.process.internal.DefinitionFacts;
import no.levehelelivet.process.internal.EntryFactory;
import no.levehelelivet.process.internal.EntryKeys;
import no.levehelelivet.process.internal.StartSource;
import no.levehelelivet.process.journal.ChainKey;
import no.levehelelivet.process.journal.Digest;
import no.levehelelivet.process.journal.Journal;
import no.levehelelivet.process.journal.JournalCode;
import no.levehelelivet.process.journal.JournalEntry;
import org.jspecify.annotations.Nullable;

/**
 * One municipality's run of a change process (<i>prosessforløp</i>): which definition it runs on,
 * the phase it is in, its status, the criteria recorded as met, and its journal, whose entries are
 * the instance's whole history. The instance's {@linkplain #version() version} is the number of
 * journal entries; {@link #replay} rebuilds an equal instance from the definition and the journal.
 *
 * <p>An immutable value: {@link #fire} returns an outcome with a new instance and leaves this one
 * as it was. Two instances are equal when their ids, municipality, definition (id, version,
 * digest), phase, status, criteria, plan, migration and journal entries are equal. Thread-safe.
 */
public final class ProcessInstance {

  /**
   * What stays the same for the whole life of an instance, shared by every step, so that a step
   * allocates a smaller instance; also what the start entry of an instance started without a plan
   * makes its attributes from.
   */
  private static final class Identity extends StartSource {
    private final String id;
    private final Municipality municipality;
    private final ProcessDefinition definition;
    private final ImmutableMap<String, LocalDate> plannedTargetDates;
    private final Optional<DefinitionMigration> migration;

    Identity(
        String id,
        Municipality municipality,
        ProcessDefinition definition,
        ImmutableMap<String, LocalDate> plannedTargetDates,
        Optional<DefinitionMigration> migration) {
      this.id = id;
      this.municipality = municipality;
      this.definition = definition;
      this.plannedTargetDates = plannedTargetDates;
      this.migration = migration;
    }

    String id() {
      return id;
    }

    Municipality municipality() {
      return municipality;
    }

    ProcessDefinition definition() {
      return definition;
    }

    ImmutableMap<String, LocalDate> plannedTargetDates() {
      return plannedTargetDates;
    }

    Optional<DefinitionMigration> migration() {
      return migration;
    }

    @Override
    protected DefinitionFacts definitionFacts() {
      return definition.index().facts();
    }

    @Override
    protected String instanceId() {
      return id;
    }

    @Override
    protected String municipalityName() {
      return municipality.name();
    }

    @Override
    protected String municipalityNumber() {
      return municipality.number();
    }
  }

  private final Identity identity;
  private final PhaseNode node;
  private final ProcessStatus status;
  private final RecordedCriteria criteria;
  private final Journal journal;

  /**
   * The bound of the written size ({@link #writtenSizeBound()}), or {@link #COUNTED_WHEN_ASKED} for
   * an instance just started, whose bound is counted from its start entry when first needed: a
   * process that is started and never fired at, or fired at once, costs no scan of its texts more
   * than it needs.
   */
  private final long writtenSizeBound;

  /** The bound of an instance just started, not yet counted. */
  private static final long COUNTED_WHEN_ASKED = -1;

  private ProcessInstance(
      Identity identity,
      PhaseNode node,
      ProcessStatus status,
      RecordedCriteria criteria,
      Journal journal,
      long writtenSizeBound) {
    this.identity = identity;
    this.node = node;
    this.status = status;
    this.criteria = criteria;
    this.journal = journal;
    this.writtenSizeBound = writtenSizeBound;
  }

  /**
   * A new instance in the initial phase with no criteria met, whose journal holds at least the
   * start entry; the engine's start and replay begin with it.
   */
  static ProcessInstance initial(
      String id,
      Municipality municipality,
      ProcessDefinition definition,
      ImmutableMap<String, LocalDate> plannedTargetDates,
      Journal journal,
      Optional<DefinitionMigration> migration) {
    requireId(id);
    if (journal.isEmpty()) {
      throw InvalidValueException.of(
          ArgumentCode.INVALID_VALUE, "journal", "a journal with a start entry", journal);
    }
    return new ProcessInstance(
        new Identity(id, municipality, definition, plannedTargetDates, migration),
        definition.index().initial(),
        ProcessStatus.ACTIVE,
        RecordedCriteria.NONE,
        journal,
        WrittenSize.identity(id, municipality.name(), definition.id())
            + WrittenSize.entries(journal));
  }

  private static void requireId(String id) {
    ValueLimits.requireId("instance id", id);
  }

  /** {@return the instance's id, as the host system knows it, for example a case number} */
  public String id() {
    return identity.id();
  }

  /** {@return the municipality running the process} */
  public Municipality municipality() {
    return identity.municipality();
  }

  /** {@return the id of the definition the process runs on} */
  public String definitionId() {
    return identity.definition().id();
  }

  /** {@return the version of the definition the process runs on} */
  public int definitionVersion() {
    return identity.definition().version();
  }

  /**
   * {@return the digest of the definition the process runs on; see {@link
   * ProcessDefinition#digest()}}
   */
  public Digest definitionDigest() {
    return identity.definition().digest();
  }

  /** {@return the code of the current phase} */
  public String phase() {
    return node.phase().code();
  }

  /** {@return the process's status} */
  public ProcessStatus status() {
    return status;
  }

  /** {@return the criteria recorded as met, by code, in the order they were first recorded} */
  public ImmutableMap<String, CriterionRecord> criteria() {
    return criteria.map();
  }

  /**
   * {@return the instance's own target dates per phase, set when it was started; they win over the
   * definition's}
   */
  public ImmutableMap<String, LocalDate> plannedTargetDates() {
    return identity.plannedTargetDates();
  }

  /**
   * {@return the migration the instance was moved onto its definition with (<i>migrering</i>), if
   * its journal was recorded, from the start, under another definition: what {@link #replay(
   * ProcessDefinition, Journal, DefinitionMigration)} was given} A store keeps it with the journal
   * (the wire format writes it), so that the instance replays on this definition again.
   */
  public Optional<DefinitionMigration> migration() {
    return identity.migration();
  }

  /** {@return the journal of every accepted command, starting with the start entry} */
  public Journal journal() {
    return journal;
  }

  /** {@return the definition the process runs on} */
  public ProcessDefinition definition() {
    return identity.definition();
  }

  /** The node of the current phase in the definition's tables. */
  PhaseNode node() {
    return node;
  }

  /** The criteria met, as the engine keeps them. */
  RecordedCriteria recorded() {
    return criteria;
  }

  /** The bits of the criteria met; see {@link DefinitionIndex#bitsCriteria()}. */
  long met() {
    return criteria.bits();
  }

  /**
   * Starts a process: a new instance in the definition's initial phase, active, whose journal holds
   * the start entry (sequence 1) naming the instance, municipality and definition.
   *
   * @param definition the process definition the instance runs on
   * @param id the instance's id, unique in the host; it must follow the id rule of {@link
   *     ValueLimits#isId}
   * @param municipality the municipality whose process it is
   * @param actor who starts the process, in which role; recorded in the start entry
   * @param clock the clock whose instant stamps the start entry
   * @return the new instance, active in the definition's initial phase, at version 1
   * @throws InvalidValueException ({@code LHL-A-003}) if the id breaks the id rule of {@link
   *     ValueLimits#isId}
   */
  public static ProcessInstance start(
      ProcessDefinition definition,
      String id,
      Municipality municipality,
      Actor actor,
      Clock clock) {
    return start(definition, id, municipality, actor, clock, ImmutableMap.of());
  }

  /**
   * Starts a process with its own target dates for some phases, recorded in the start entry.
   *
   * @param definition the process definition the instance runs on
   * @param id the instance's id, unique in the host; it must follow the id rule of {@link
   *     ValueLimits#isId}
   * @param municipality the municipality whose process it is
   * @param actor who starts the process, in which role; recorded in the start entry
   * @param clock the clock whose instant stamps the start entry
   * @param plannedTargetDates the municipality's own target date per phase code, overriding the
   *     definition's; may be empty
   * @return the new instance, active in the definition's initial phase, at version 1
   * @throws InvalidValueException ({@code LHL-A-003}) if the id breaks the id rule of {@link
   *     ValueLimits#isId}
   * @throws no.levehelelivet.core.UnknownCodeException if a planned phase is not in the definition
   */
  public static ProcessInstance start(
      ProcessDefinition definition,
      String id,
      Municipality municipality,
      Actor actor,
      Clock clock,
      Map<String, LocalDate> plannedTargetDates) {
    requireId(id);
    DefinitionIndex index = definition.index();
    String initial = index.initial().phase().code();
    if (plannedTargetDates.isEmpty()) {
      // The common start: the entry's attributes are made when first asked for, and the bound of
      // the written size is counted from their parts, so that starting a process costs a handful of
      // small objects and never computes the definition's digest.
      EntryFactory entries = EntryFactory.get();
      Identity identity =
          new Identity(id, municipality, definition, ImmutableMap.of(), Optional.empty());
      JournalEntry entry =
          entries.startEntry(
              clock.instant(),
              actor.id(),
              actor.role().code(),
              Trigger.START.code(),
              initial,
              ProcessStatus.ACTIVE,
              identity);
      return new ProcessInstance(
          identity,
          index.initial(),
          ProcessStatus.ACTIVE,
          RecordedCriteria.NONE,
          entries.journalOf(entry),
          COUNTED_WHEN_ASKED);
    }
    for (String phase : plannedTargetDates.keySet()) {
      definition.phase(phase);
    }
    ImmutableSortedMap.Builder<String, String> withDates = ImmutableSortedMap.naturalOrder();
    withDates.putAll(startAttributes(definition, id, municipality));
    ImmutableMap.Builder<String, LocalDate> dates = ImmutableMap.builder();
    for (Phase phase : definition.phases()) {
      LocalDate date = plannedTargetDates.get(phase.code());
      if (date != null) {
        dates.put(phase.code(), date);
        withDates.put(EntryKeys.TARGET_DATE_PREFIX + phase.code(), date.toString());
      }
    }
    JournalEntry entry =
        EntryFactory.get()
            .entry(
                1,
                clock.instant(),
                actor.id(),
                actor.role().code(),
                Trigger.START.code(),
                initial,
                initial,
                ProcessStatus.ACTIVE,
                Optional.empty(),
                ImmutableList.of(),
                withDates.buildOrThrow());
    return initial(
        id,
        municipality,
        definition,
        dates.buildOrThrow(),
        Journal.empty().append(entry),
        Optional.empty());
  }

  /** The start entry's attributes naming the instance, municipality and definition. */
  private static ImmutableSortedMap<String, String> startAttributes(
      ProcessDefinition definition, String id, Municipality municipality) {
    DefinitionIndex index = definition.index();
    // ImmutableSortedMap.of finds six keys in order with five comparisons; a builder sorts a copy
    return ImmutableSortedMap.of(
        EntryKeys.DEFINITION_DIGEST,
        index.digest().hex(),
        EntryKeys.DEFINITION_ID,
        definition.id(),
        EntryKeys.DEFINITION_VERSION,
        index.versionText(),
        EntryKeys.INSTANCE_ID,
        id,
        EntryKeys.MUNICIPALITY_NAME,
        municipality.name(),
        EntryKeys.MUNICIPALITY_NUMBER,
        municipality.number());
  }

  /**
   * Rebuilds an instance from its definition and journal (<i>gjenoppbygging</i>), as a store does
   * when it loads one: {@link Replayed} with an instance equal to the one built step by step, or
   * {@link ReplayFailure} naming the entry at fault. A journal the definition does not allow is
   * refused naming the entry's sequence number ({@code LHL-R-003}, {@code LHL-R-004}), and a
   * journal recorded under another definition digest is refused with {@code LHL-R-002}. So are time
   * running backwards between entries ({@code LHL-R-008}), a start entry that is not a fresh start
   * ({@code LHL-R-009}) and an attribute an entry's trigger does not define ({@code LHL-R-010});
   * see {@link ReplayCode}. Never throws for a journal that does not replay.
   *
   * @param definition the definition the journal was recorded under
   * @param journal the instance's journal, as read from storage
   * @return {@link Replayed} with the rebuilt instance, or {@link ReplayFailure} with the reasons
   *     it does not replay
   */
  public static ReplayResult replay(ProcessDefinition definition, Journal journal) {
    return Replayer.replay(definition, journal, null);
  }

  /**
   * Rebuilds an instance on a definition other than the one its journal was recorded under, mapping
   * phase codes as the migration says; the rebuilt instance runs on {@code definition} and records
   * the migration as its {@link #migration()}, so that it is written and read back with it. A
   * migration from another digest than the journal's is refused with {@code LHL-R-007}.
   *
   * @param definition the definition the rebuilt instance is to run on
   * @param journal the instance's journal, recorded under the migration's old definition
   * @param migration how the phase codes of the old definition map to those of {@code definition}
   * @return {@link Replayed} with the rebuilt instance, or {@link ReplayFailure} with the reasons
   *     it does not replay
   */
  public static ReplayResult replay(
      ProcessDefinition definition, Journal journal, DefinitionMigration migration) {
    return Replayer.replay(definition, journal, migration);
  }

  /**
   * The instance after a step that appended one entry to its journal, whose bound ({@link
   * WrittenSize#step}) the step counted.
   */
  ProcessInstance next(
      PhaseNode node,
      ProcessStatus status,
      RecordedCriteria criteria,
      Journal journal,
      long entryBound) {
    return new ProcessInstance(
        identity, node, status, criteria, journal, writtenSizeBound() + entryBound);
  }

  /** The instance in another phase, with a new status, criteria and journal. */
  ProcessInstance next(
      PhaseNode node, ProcessStatus status, RecordedCriteria criteria, Journal journal) {
    long size = this.journal.size();
    long bound;
    if (journal.size() == size) {
      bound = writtenSizeBound;
    } else if (journal.size() == size + 1) {
      bound = writtenSizeBound() + WrittenSize.entry(journal.entry(size + 1));
    } else {
      bound =
          WrittenSize.identity(id(), municipality().name(), definitionId())
              + WrittenSize.entries(journal);
    }
    return new ProcessInstance(identity, node, status, criteria, journal, bound);
  }

  /**
   * {@return an upper bound on the bytes of this instance's written document (<i>største skrevne
   * størrelse</i>), in JSON or YAML; the engine refuses a command that could take it past {@link
   * ValueLimits#MAX_DOCUMENT_BYTES}, so that the standard reader reads every instance it accepts}
   * The bound counts each text's characters at their widest escaped UTF-8 form and a fixed number
   * of bytes per text, per journal entry and per document.
   */
  public long writtenSizeBound() {
    if (writtenSizeBound != COUNTED_WHEN_ASKED) {
      return writtenSizeBound;
    }
    JournalEntry start = journal.entry(1);
    return WrittenSize.started(
        identity.definition().index().startBound(),
        identity.id(),
        identity.municipality(),
        start.actorId(),
        start.role());
  }

  /**
   * The instance with a new journal holding the same entries (replay attaches the recorded one).
   */
  ProcessInstance withJournal(Journal journal) {
    return next(node, status, criteria, journal);
  }

  /**
   * {@return the instance sealing its journal from now on under {@code key} (<i>forsegle
   * loggen</i>): every entry the commands fired on it append carries the key's id and is chained by
   * HMAC-SHA256 under the key; see {@link Journal#withChainKey}} The entries already in the journal
   * stay as they are. Equal to this instance; this instance is unchanged.
   *
   * @param key the secret key to seal the entries appended from now on under
   */
  public ProcessInstance withChainKey(ChainKey key) {
    return withJournal(journal.withChainKey(key));
  }

  /**
   * {@return the instance salting the free texts of its journal from now on (<i>salte
   * tekstane</i>): the note (an answer is a note) and evidence of every entry the commands fired on
   * it append are committed to the chain by a salted digest, drawn from {@code random}, so that
   * they can later be {@linkplain #redact redacted}; see {@link Journal#withSalts}} Hosts pass a
   * {@code new SecureRandom()}; tests may pass a seeded one. Equal to this instance; this instance
   * is unchanged.
   *
   * @param random the source of the salts drawn for each new entry's texts
   */
  public ProcessInstance withSalts(SecureRandom random) {
    return withJournal(journal.withSalts(random));
  }

  /**
   * Redacts entries of the journal (<i>sladdar oppføringar</i>): erases the notes, answers and
   * evidence of the entries with the given sequence numbers, keeping their salted digests so that
   * the chain and its head digest are unchanged and still verify, and appends a {@link
   * Trigger#REDACT redact} entry recording who redacted, when, why ({@code reason}, its note) and
   * which entries. Phase, status and criteria met are unchanged; the records of criteria lose the
   * erased texts too. Only the {@linkplain Role#PROCESS_LEAD process lead} may redact, since the
   * process lead keeps the journal.
   *
   * @param actor who redacts; must act as the process lead
   * @param reason why the entries are redacted, kept as the redact entry's note; not blank
   * @param sequences the sequence numbers of the entries to redact; at least one, each that of an
   *     entry
   * @param clock the clock whose instant stamps the redact entry; not earlier than the journal's
   *     last entry
   * @return the instance with the redacted journal and one more entry, at the next version
   * @throws InvalidValueException ({@code LHL-J-010}) if the actor's role is not the process lead;
   *     ({@code LHL-J-009}) if an entry with free text was recorded without salts; ({@code
   *     LHL-A-001}) if no sequence number is given or one is not that of an entry, the reason is
   *     blank, or the clock is earlier than the journal's last entry
   */
  public ProcessInstance redact(
      Actor actor, String reason, Collection<Long> sequences, Clock clock) {
    if (!actor.role().code().equals(Role.PROCESS_LEAD.code())) {
      throw InvalidValueException.of(
          JournalCode.REDACTION_NOT_ALLOWED,
          "role",
          Role.PROCESS_LEAD.code(),
          Echo.cut(actor.role().code()));
    }
    if (reason.isBlank()) {
      throw InvalidValueException.of(ArgumentCode.INVALID_VALUE, "reason", "non-blank", reason);
    }
    if (sequences.isEmpty()) {
      throw InvalidValueException.of(
          ArgumentCode.INVALID_VALUE, "sequences", "at least one sequence number", sequences);
    }
    Instant at = clock.instant();
    JournalEntry last = journal.last().orElseThrow();
    if (at.isBefore(last.time())) {
      throw InvalidValueException.of(
          ArgumentCode.INVALID_VALUE, "clock", "not before " + last.time(), at);
    }
    ImmutableSortedSet<Long> erased = ImmutableSortedSet.copyOf(sequences);
    Journal redacted = journal.redact(erased);
    JournalEntry entry =
        EntryFactory.get()
            .entry(
                journal.size() + 1,
                at,
                actor.id(),
                actor.role().code(),
                Trigger.REDACT.code(),
                phase(),
                phase(),
                status,
                Optional.of(reason),
                ImmutableList.of(),
                ImmutableSortedMap.of(EntryKeys.REDACTED, Joiner.on(',').join(erased)));
    return next(node, status, criteria.redacted(erased), redacted.append(entry));
  }

  /** The instance with the texts of the records of criteria of {@code sequences} erased. */
  ProcessInstance withRedactedCriteria(Set<Long> sequences) {
    return sequences.isEmpty() ? this : next(node, status, criteria.redacted(sequences), journal);
  }

  /** {@return the instance's version: the number of entries in its journal} */
  public long version() {
    return journal().size();
  }

  /** {@return the current phase} */
  public Phase currentPhase() {
    return definition().phase(phase());
  }

  /** {@return whether the process is active (neither paused, completed nor abandoned)} */
  public boolean isActive() {
    return status() == ProcessStatus.ACTIVE;
  }

  /**
   * {@return the record of the criterion with the given code, if it is recorded as met}
   *
   * @param criterion the code of the criterion
   */
  public Optional<CriterionRecord> recordOf(String criterion) {
    return Optional.ofNullable(criteria().get(criterion));
  }

  /**
   * {@return whether the criterion with the given code is recorded as met}
   *
   * @param criterion the code of the criterion
   */
  public boolean isMet(String criterion) {
    DefinitionIndex index = definition().index();
    if (index.bitsCriteria()) {
      CriterionSlot slot = index.criterionSlot(criterion);
      return slot != null && (criteria.bits() & slot.bit()) != 0;
    }
    return criteria().containsKey(criterion);
  }

  /**
   * Fires a command at this instance (<i>utfører en kommando</i>): {@link Accepted} with the new
   * instance, the journal entry appended (stamped with the clock's instant) and the effects for the
   * host, or {@link Rejected} with every reason and this instance unchanged. A pure function of
   * this instance, the command and the clock's instant; never throws for a rejected command.
   *
   * <p>Firing checks, in this order and collecting every reason: the trigger is known ({@code
   * LHL-P-006}, alone); the expected version ({@code LHL-P-005}); a clock not earlier than the
   * journal's last entry ({@code LHL-P-013}); the status ({@code LHL-P-001}, {@code LHL-P-012});
   * the phase ({@code LHL-P-002}); the role ({@code LHL-P-004}); each guarding criterion ({@code
   * LHL-P-003}); then what the command must carry: a note ({@code LHL-P-007}), a revisit target
   * ({@code LHL-P-008}), a known criterion or question ({@code LHL-P-009}, {@code LHL-P-010}), a
   * criterion of a phase reached ({@code LHL-P-014}), a question of the current phase ({@code
   * LHL-P-015}) and evidence ({@code LHL-P-011}).
   *
   * @param command what the actor asks the process to do
   * @param clock the clock whose instant stamps the journal entry and against which deadlines are
   *     judged
   * @return {@link Accepted} with the new instance, or {@link Rejected} with every reason; never
   *     null, and never thrown
   */
  public Outcome fire(Command command, Clock clock) {
    return Firing.fire(this, command, clock.instant());
  }

  /**
   * {@return every trigger of the definition with its verdict for {@code actor}; see {@link
   * Verdict}}
   *
   * @param actor the actor whose permissions are asked about
   */
  public ImmutableList<Verdict> verdicts(Actor actor) {
    return Firing.verdicts(this, actor);
  }

  /**
   * {@return the target date of a phase: the instance's own plan, else the definition's, if any}
   *
   * @param phase the code of the phase
   */
  public Optional<LocalDate> targetDate(String phase) {
    LocalDate planned = plannedTargetDates().get(phase);
    return planned != null ? Optional.of(planned) : definition().phase(phase).targetDate();
  }

  /**
   * {@return the history of this instance read from its journal: phase visits, moves and answers;
   * the same as {@code ProcessHistory.from(journal())}}
   */
  public ProcessHistory history() {
    return ProcessHistory.from(journal());
  }

  /**
   * {@return the deadlines past due on {@code today} (<i>forfalte frister</i>): a phase's target
   * date when the process has not yet left the phase (it is the current phase or a later one), and
   * a milestone of such a phase whose last date has passed} A completed or abandoned process has
   * nothing past due.
   *
   * @param today the day to judge the deadlines on, in the municipality's calendar
   */
  public ImmutableList<Deadline> overdue(LocalDate today) {
    return Overdue.compute(this, today);
  }

  /**
   * Whether {@code other} is an instance with the same id, municipality, definition (id, version,
   * digest), phase, status, criteria, plan, migration and journal entries.
   */
  @Override
  public boolean equals(@Nullable Object other) {
    return this == other
        || (other instanceof ProcessInstance that
            && id().equals(that.id())
            && municipality().equals(that.municipality())
            && definitionId().equals(that.definitionId())
            && definitionVersion() == that.definitionVersion()
            && definitionDigest().equals(that.definitionDigest())
            && phase().equals(that.phase())
            && status == that.status
            && criteria().equals(that.criteria())
            && plannedTargetDates().equals(that.plannedTargetDates())
            && migration().equals(that.migration())
            && journal.equals(that.journal));
  }

  @Override
  public int hashCode() {
    return Objects.hash(
        id(),
        municipality(),
        definitionId(),
        definitionVersion(),
        definitionDigest(),
        phase(),
        status,
        criteria(),
        plannedTargetDates(),
        migration(),
        journal);
  }

  @Override
  public String toString() {
    return "ProcessInstance["
        + id()
        + ", "
        + municipality().name()
        + ", "
        + definition()
        + ", phase="
        + phase()
        + ", status="
        + status().code()
        + ", version="
        + version()
        + "]";
  }
}
