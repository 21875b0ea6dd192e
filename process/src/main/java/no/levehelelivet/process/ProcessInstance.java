package no.levehelelivet.process;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import com.google.common.collect.ImmutableSortedMap;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import no.levehelelivet.core.Municipality;
import no.levehelelivet.process.DefinitionIndex.PhaseNode;
import no.levehelelivet.process.internal.ProcessMessages;
import no.levehelelivet.process.journal.Digest;
import no.levehelelivet.process.journal.Journal;
import no.levehelelivet.process.journal.JournalEntry;
import org.jspecify.annotations.Nullable;

/**
 * One municipality's run of a change process (<i>prosessforløp</i>): which definition it runs on,
 * the phase it is in, its status, the criteria recorded as met, and its journal, whose entries are
 * the instance's whole history. The instance's {@linkplain #version() version} is the number of
 * journal entries; {@link ProcessEngine#replay} rebuilds an equal instance from the definition and
 * the journal.
 *
 * <p>An immutable value: {@link #fire} returns an outcome with a new instance and leaves this one
 * as it was. Two instances are equal when their ids, municipality, definition (id, version,
 * digest), phase, status, criteria, plan and journal entries are equal. Thread-safe.
 */
public final class ProcessInstance {

  /**
   * What stays the same for the whole life of an instance, shared by every step, so that a step
   * allocates a smaller instance.
   */
  private record Identity(
      String id,
      Municipality municipality,
      ProcessDefinition definition,
      ImmutableMap<String, LocalDate> plannedTargetDates) {}

  private final Identity identity;
  private final PhaseNode node;
  private final ProcessStatus status;
  private final RecordedCriteria criteria;
  private final Journal journal;

  private ProcessInstance(
      Identity identity,
      PhaseNode node,
      ProcessStatus status,
      RecordedCriteria criteria,
      Journal journal) {
    this.identity = identity;
    this.node = node;
    this.status = status;
    this.criteria = criteria;
    this.journal = journal;
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
      Journal journal) {
    ProcessMessages.requireNotBlank("instance id", id);
    if (journal.isEmpty()) {
      ProcessMessages.require(false, "journal", "non-empty", journal);
    }
    return new ProcessInstance(
        new Identity(id, municipality, definition, plannedTargetDates),
        definition.index().initial(),
        ProcessStatus.ACTIVE,
        RecordedCriteria.NONE,
        journal);
  }

  /** The instance's id, as the host system knows it, for example a case number. */
  public String id() {
    return identity.id();
  }

  /** The municipality running the process. */
  public Municipality municipality() {
    return identity.municipality();
  }

  /** The id of the definition the process runs on. */
  public String definitionId() {
    return identity.definition().id();
  }

  /** The version of the definition the process runs on. */
  public int definitionVersion() {
    return identity.definition().version();
  }

  /** The digest of the definition the process runs on; see {@link ProcessDefinition#digest()}. */
  public Digest definitionDigest() {
    return identity.definition().digest();
  }

  /** The code of the current phase. */
  public String phase() {
    return node.phase().code();
  }

  /** The process's status. */
  public ProcessStatus status() {
    return status;
  }

  /** The criteria recorded as met, by code, in the order they were first recorded. */
  public ImmutableMap<String, CriterionRecord> criteria() {
    return criteria.map();
  }

  /**
   * The instance's own target dates per phase, set when it was started; they win over the
   * definition's.
   */
  public ImmutableMap<String, LocalDate> plannedTargetDates() {
    return identity.plannedTargetDates();
  }

  /** The journal of every accepted command, starting with the start entry. */
  public Journal journal() {
    return journal;
  }

  /** The definition the process runs on. */
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
   * @throws IllegalArgumentException ({@code LHL-P-900}) if the id is blank
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
   * @throws IllegalArgumentException ({@code LHL-P-900}) if the id is blank
   * @throws no.levehelelivet.core.UnknownCodeException if a planned phase is not in the definition
   */
  public static ProcessInstance start(
      ProcessDefinition definition,
      String id,
      Municipality municipality,
      Actor actor,
      Clock clock,
      Map<String, LocalDate> plannedTargetDates) {
    ProcessMessages.requireNotBlank("instance id", id);
    DefinitionIndex index = definition.index();
    ImmutableSortedMap<String, String> attributes;
    ImmutableMap<String, LocalDate> plan;
    if (plannedTargetDates.isEmpty()) {
      attributes = startAttributes(definition, id, municipality);
      plan = ImmutableMap.of();
    } else {
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
      attributes = withDates.buildOrThrow();
      plan = dates.buildOrThrow();
    }
    String initial = index.initial().phase().code();
    JournalEntry entry =
        JournalEntry.of(
            1,
            clock.instant(),
            actor.id(),
            actor.role().code(),
            Trigger.START.code(),
            initial,
            initial,
            ProcessStatus.ACTIVE.code(),
            Optional.empty(),
            ImmutableList.of(),
            attributes);
    return initial(id, municipality, definition, plan, Journal.empty().append(entry));
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

  /** The instance in another phase, with a new status, criteria and journal. */
  ProcessInstance next(
      PhaseNode node, ProcessStatus status, RecordedCriteria criteria, Journal journal) {
    return new ProcessInstance(identity, node, status, criteria, journal);
  }

  /**
   * The instance with a new journal holding the same entries (replay attaches the recorded one).
   */
  ProcessInstance withJournal(Journal journal) {
    return next(node, status, criteria, journal);
  }

  /** The instance's version: the number of entries in its journal. */
  public long version() {
    return journal().size();
  }

  /** The current phase. */
  public Phase currentPhase() {
    return definition().phase(phase());
  }

  /** Whether the process is active (neither paused, completed nor abandoned). */
  public boolean isActive() {
    return status() == ProcessStatus.ACTIVE;
  }

  /** The record of the criterion with the given code, if it is recorded as met. */
  public Optional<CriterionRecord> recordOf(String criterion) {
    return Optional.ofNullable(criteria().get(criterion));
  }

  /** Whether the criterion with the given code is recorded as met. */
  public boolean isMet(String criterion) {
    DefinitionIndex index = definition().index();
    if (index.bitsCriteria()) {
      DefinitionIndex.CriterionSlot slot = index.criterionSlot(criterion);
      return slot != null && (criteria.bits() & slot.bit()) != 0;
    }
    return criteria().containsKey(criterion);
  }

  /**
   * Fires a command; see {@link ProcessEngine#fire}. A pure function of this instance, the command
   * and the clock's instant.
   */
  public Outcome fire(Command command, Clock clock) {
    return Firing.fire(this, command, clock);
  }

  /** Every trigger of the definition with its verdict for {@code actor}; see {@link Verdict}. */
  public ImmutableList<Verdict> verdicts(Actor actor) {
    return Firing.verdicts(this, actor);
  }

  /** Every answer to a reflection question, in journal order; scans the journal. */
  public ImmutableList<Answer> answers() {
    ImmutableList.Builder<Answer> answers = ImmutableList.builder();
    for (JournalEntry entry : journal()) {
      String question = entry.attributes().get(EntryKeys.QUESTION);
      if (question != null && entry.trigger().equals(Trigger.ANSWER_QUESTION.code())) {
        answers.add(
            Answer.of(
                question,
                entry.note().orElse(""),
                entry.actorId(),
                entry.role(),
                entry.time(),
                entry.sequence()));
      }
    }
    return answers.build();
  }

  /** The target date of a phase: the instance's own plan, else the definition's, if any. */
  public Optional<LocalDate> targetDate(String phase) {
    LocalDate planned = plannedTargetDates().get(phase);
    return planned != null ? Optional.of(planned) : definition().phase(phase).targetDate();
  }

  /** The history of this instance; see {@link ProcessHistory}. */
  public ProcessHistory history() {
    return ProcessHistory.of(journal());
  }

  /** The phases and milestones past due on the clock's date; see {@link Overdue}. */
  public ImmutableList<Overdue> overdue(Clock clock) {
    return Overdue.of(this, LocalDate.now(clock));
  }

  /**
   * Whether {@code other} is an instance with the same id, municipality, definition (id, version,
   * digest), phase, status, criteria, plan and journal entries.
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
