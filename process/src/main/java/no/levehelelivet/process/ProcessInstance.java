package no.levehelelivet.process;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import com.google.common.collect.ImmutableSortedMap;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Map;
import java.util.Optional;
import no.levehelelivet.core.Municipality;
import no.levehelelivet.process.internal.ProcessMessages;
import no.levehelelivet.process.internal.TupleValue;
import no.levehelelivet.process.journal.Digest;
import no.levehelelivet.process.journal.Journal;
import no.levehelelivet.process.journal.JournalEntry;
import org.immutables.value.Value;

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
@Value.Immutable
@TupleValue
public abstract class ProcessInstance {

  ProcessInstance() {}

  /** The instance's id, as the host system knows it, for example a case number. */
  public abstract String id();

  /** The municipality running the process. */
  public abstract Municipality municipality();

  /** The id of the definition the process runs on. */
  public abstract String definitionId();

  /** The version of the definition the process runs on. */
  public abstract int definitionVersion();

  /** The digest of the definition the process runs on; see {@link ProcessDefinition#digest()}. */
  public abstract Digest definitionDigest();

  /** The code of the current phase. */
  public abstract String phase();

  /** The process's status. */
  public abstract ProcessStatus status();

  /** The criteria recorded as met, by code, in the order they were first recorded. */
  public abstract ImmutableMap<String, CriterionRecord> criteria();

  /**
   * The instance's own target dates per phase, set when it was started; they win over the
   * definition's.
   */
  public abstract ImmutableMap<String, LocalDate> plannedTargetDates();

  /** The journal of every accepted command, starting with the start entry. */
  public abstract Journal journal();

  /** The definition the process runs on. */
  @Value.Auxiliary
  public abstract ProcessDefinition definition();

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
    ImmutableSortedMap.Builder<String, String> attributes = ImmutableSortedMap.naturalOrder();
    attributes
        .put(EntryKeys.INSTANCE_ID, id)
        .put(EntryKeys.MUNICIPALITY_NAME, municipality.name())
        .put(EntryKeys.MUNICIPALITY_NUMBER, municipality.number())
        .put(EntryKeys.DEFINITION_ID, definition.id())
        .put(EntryKeys.DEFINITION_VERSION, Integer.toString(definition.version()))
        .put(EntryKeys.DEFINITION_DIGEST, definition.digest().hex());
    ImmutableMap.Builder<String, LocalDate> plan = ImmutableMap.builder();
    for (Phase phase : definition.phases()) {
      LocalDate date = plannedTargetDates.get(phase.code());
      if (date != null) {
        plan.put(phase.code(), date);
        attributes.put(EntryKeys.TARGET_DATE_PREFIX + phase.code(), date.toString());
      }
    }
    for (String phase : plannedTargetDates.keySet()) {
      definition.phase(phase);
    }
    String initial = definition.initialPhase().code();
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
            attributes.buildOrThrow());
    return ImmutableProcessInstance.of(
        id,
        municipality,
        definition.id(),
        definition.version(),
        definition.digest(),
        initial,
        ProcessStatus.ACTIVE,
        ImmutableMap.of(),
        plan.buildOrThrow(),
        Journal.empty().append(entry),
        definition);
  }

  /** The instance with a new phase, status, criteria and journal; everything else is kept. */
  ProcessInstance next(
      String phase,
      ProcessStatus status,
      ImmutableMap<String, CriterionRecord> criteria,
      Journal journal) {
    return ImmutableProcessInstance.of(
        id(),
        municipality(),
        definitionId(),
        definitionVersion(),
        definitionDigest(),
        phase,
        status,
        criteria,
        plannedTargetDates(),
        journal,
        definition());
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

  @Value.Check
  void check() {
    ProcessMessages.requireNotBlank("instance id", id());
    ProcessMessages.require(
        definition().index().findNode(phase()) != null,
        "phase",
        "a phase of definition " + definition(),
        phase());
    ProcessMessages.require(
        definitionDigest().equals(definition().digest()),
        "definitionDigest",
        "the digest of definition " + definition(),
        definitionDigest());
    ProcessMessages.require(!journal().isEmpty(), "journal", "non-empty", journal());
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
