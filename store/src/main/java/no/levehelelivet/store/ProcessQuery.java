package no.levehelelivet.store;

import com.google.common.base.MoreObjects;
import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;
import no.levehelelivet.core.ArgumentCode;
import no.levehelelivet.core.InvalidValueException;
import no.levehelelivet.core.ValueLimits;
import no.levehelelivet.process.ProcessStatus;
import org.jspecify.annotations.Nullable;

/**
 * Which stored processes to list (<i>utvalg</i>): those of a municipality, a definition, a phase, a
 * status, and those overdue on a day, each filter optional, in ascending order of process id, a
 * page at a time. A page continues after the id of the last process of the page before (keyset
 * paging), so a page is as quick to fetch as the first however deep the listing goes, and processes
 * stored meanwhile are neither skipped nor listed twice.
 *
 * <pre>{@code
 * ProcessQuery query = ProcessQuery.all().withMunicipality("1820").withStatus(ProcessStatus.ACTIVE);
 * }</pre>
 *
 * <p>Immutable and thread-safe; every {@code with*} returns a changed copy.
 */
public final class ProcessQuery {

  /** The page size of {@link #all()}. */
  public static final int DEFAULT_LIMIT = 100;

  /** The largest page size. */
  public static final int MAX_LIMIT = 10_000;

  private static final ProcessQuery ALL =
      new ProcessQuery(null, null, null, null, null, null, DEFAULT_LIMIT);

  private final @Nullable String municipality;
  private final @Nullable String definitionId;
  private final @Nullable String phase;
  private final @Nullable ProcessStatus status;
  private final @Nullable LocalDate overdueOn;
  private final @Nullable String after;
  private final int limit;

  private ProcessQuery(
      @Nullable String municipality,
      @Nullable String definitionId,
      @Nullable String phase,
      @Nullable ProcessStatus status,
      @Nullable LocalDate overdueOn,
      @Nullable String after,
      int limit) {
    this.municipality = municipality;
    this.definitionId = definitionId;
    this.phase = phase;
    this.status = status;
    this.overdueOn = overdueOn;
    this.after = after;
    this.limit = limit;
  }

  /** {@return a query for every stored process, {@value #DEFAULT_LIMIT} a page} */
  public static ProcessQuery all() {
    return ALL;
  }

  /** {@return the municipality number (<i>kommunenummer</i>) to list the processes of, if any} */
  public Optional<String> municipality() {
    return Optional.ofNullable(municipality);
  }

  /** {@return the id of the definition to list the processes of, if any} */
  public Optional<String> definitionId() {
    return Optional.ofNullable(definitionId);
  }

  /** {@return the code of the phase to list the processes in, if any} */
  public Optional<String> phase() {
    return Optional.ofNullable(phase);
  }

  /** {@return the status to list the processes with, if any} */
  public Optional<ProcessStatus> status() {
    return Optional.ofNullable(status);
  }

  /**
   * {@return the day to list the processes overdue on (<i>forfalt</i>), if any: those with a
   * deadline before it; see {@link ProcessSummary#isOverdueOn}}
   */
  public Optional<LocalDate> overdueOn() {
    return Optional.ofNullable(overdueOn);
  }

  /** {@return the process id the page starts after, if any; the first page has none} */
  public Optional<String> after() {
    return Optional.ofNullable(after);
  }

  /** {@return the most processes on one page} */
  public int limit() {
    return limit;
  }

  /**
   * The processes of the municipality with this number.
   *
   * @param number the municipality number (<i>kommunenummer</i>), four digits
   * @return a copy of this query that lists only the processes of that municipality
   * @throws InvalidValueException ({@code LHL-A-001}) if the number is not four digits
   */
  public ProcessQuery withMunicipality(String number) {
    if (number.length() != 4 || !number.chars().allMatch(c -> c >= '0' && c <= '9')) {
      throw InvalidValueException.of(
          ArgumentCode.INVALID_VALUE, "municipality", "four digits", number);
    }
    return new ProcessQuery(number, definitionId, phase, status, overdueOn, after, limit);
  }

  /**
   * The processes on the definition with this id.
   *
   * @param id the id of the definition
   * @return a copy of this query that lists only the processes on that definition
   * @throws InvalidValueException ({@code LHL-A-003}) if it breaks the id rule
   */
  public ProcessQuery withDefinitionId(String id) {
    return new ProcessQuery(
        municipality,
        ValueLimits.requireId("definitionId", id),
        phase,
        status,
        overdueOn,
        after,
        limit);
  }

  /**
   * The processes in the phase with this code.
   *
   * @param code the code of the phase
   * @return a copy of this query that lists only the processes in that phase
   * @throws InvalidValueException ({@code LHL-A-003}) if it breaks the id rule
   */
  public ProcessQuery withPhase(String code) {
    return new ProcessQuery(
        municipality,
        definitionId,
        ValueLimits.requireId("phase", code),
        status,
        overdueOn,
        after,
        limit);
  }

  /**
   * The processes with this status.
   *
   * @param status the status
   * @return a copy of this query that lists only the processes with that status
   */
  public ProcessQuery withStatus(ProcessStatus status) {
    return new ProcessQuery(
        municipality,
        definitionId,
        phase,
        Objects.requireNonNull(status, "status"),
        overdueOn,
        after,
        limit);
  }

  /**
   * The processes overdue on {@code day}.
   *
   * @param day the day to judge on: a process with a deadline before it is overdue (<i>forfalt</i>)
   * @return a copy of this query that lists only the processes overdue on that day
   */
  public ProcessQuery withOverdueOn(LocalDate day) {
    return new ProcessQuery(
        municipality,
        definitionId,
        phase,
        status,
        Objects.requireNonNull(day, "day"),
        after,
        limit);
  }

  /**
   * The page after the process with this id.
   *
   * @param processId the id of the last process of the previous page
   * @return a copy of this query for the page that starts after that process
   * @throws InvalidValueException ({@code LHL-A-003}) if it breaks the id rule
   */
  public ProcessQuery withAfter(String processId) {
    return new ProcessQuery(
        municipality,
        definitionId,
        phase,
        status,
        overdueOn,
        ValueLimits.requireId("after", processId),
        limit);
  }

  /**
   * Pages of at most {@code limit} processes.
   *
   * @param limit the most processes on one page, from 1 to {@value #MAX_LIMIT}
   * @return a copy of this query with pages of that size
   * @throws InvalidValueException ({@code LHL-A-001}) unless it is from 1 to {@value #MAX_LIMIT}
   */
  public ProcessQuery withLimit(int limit) {
    if (limit < 1 || limit > MAX_LIMIT) {
      throw InvalidValueException.of(
          ArgumentCode.INVALID_VALUE, "limit", "from 1 to " + MAX_LIMIT, limit);
    }
    return new ProcessQuery(municipality, definitionId, phase, status, overdueOn, after, limit);
  }

  /**
   * {@return whether {@code summary} passes every filter of this query and lies after its start}
   *
   * @param summary the summary of a stored process
   */
  public boolean matches(ProcessSummary summary) {
    return matchesFilters(summary) && (after == null || summary.id().compareTo(after) > 0);
  }

  /**
   * {@return whether {@code summary} passes every filter of this query, wherever its page starts}
   *
   * @param summary the summary of a stored process
   */
  public boolean matchesFilters(ProcessSummary summary) {
    return (municipality == null || municipality.equals(summary.municipality().number()))
        && (definitionId == null || definitionId.equals(summary.definitionId()))
        && (phase == null || phase.equals(summary.phase()))
        && (status == null || status == summary.status())
        && (overdueOn == null || summary.isOverdueOn(overdueOn));
  }

  @Override
  public boolean equals(@Nullable Object other) {
    return other instanceof ProcessQuery that
        && Objects.equals(municipality, that.municipality)
        && Objects.equals(definitionId, that.definitionId)
        && Objects.equals(phase, that.phase)
        && status == that.status
        && Objects.equals(overdueOn, that.overdueOn)
        && Objects.equals(after, that.after)
        && limit == that.limit;
  }

  @Override
  public int hashCode() {
    return Objects.hash(municipality, definitionId, phase, status, overdueOn, after, limit);
  }

  @Override
  public String toString() {
    return MoreObjects.toStringHelper("ProcessQuery")
        .omitNullValues()
        .add("municipality", municipality)
        .add("definitionId", definitionId)
        .add("phase", phase)
        .add("status", status)
        .add("overdueOn", overdueOn)
        .add("after", after)
        .add("limit", limit)
        .toString();
  }
}
