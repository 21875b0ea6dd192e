package no.levehelelivet.store;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Optional;
import no.levehelelivet.core.Municipality;
import no.levehelelivet.process.ProcessStatus;
import no.levehelelivet.process.journal.Digest;
import no.levehelelivet.store.internal.StoreTuple;
import org.immutables.value.Value;

/**
 * The summary of a stored process (<i>sammendrag</i>), kept beside its journal and updated with
 * every stored step, so that portfolio queries never replay a journal: its municipality,
 * definition, phase, status, version, head digest and next deadline.
 *
 * <p>Immutable and thread-safe.
 */
@Value.Immutable
@StoreTuple
public abstract class ProcessSummary {

  ProcessSummary() {}

  /** {@return the id of the process (<i>prosessforløp</i>)} */
  public abstract String id();

  /** {@return the municipality (<i>kommune</i>) that runs the process} */
  public abstract Municipality municipality();

  /** {@return the id of the definition the process runs on} */
  public abstract String definitionId();

  /** {@return the version of that definition} */
  public abstract int definitionVersion();

  /** {@return the code of the phase (<i>fase</i>) the process is in} */
  public abstract String phase();

  /** {@return the process's status (<i>status</i>)} */
  public abstract ProcessStatus status();

  /** {@return the stored version: the sequence number of the last journal entry} */
  public abstract long version();

  /**
   * {@return the chain digest of the last journal entry, against which loading checks the chain}
   */
  public abstract Digest headDigest();

  /**
   * {@return the earliest deadline (<i>frist</i>) still ahead of the process, a phase's target date
   * or a milestone's last date, of its current phase or a later one; empty if it has none, or is
   * completed or abandoned} The process is overdue on a day after this date.
   */
  public abstract Optional<LocalDate> nextDeadline();

  /** {@return the time of the last journal entry, to the microsecond, as databases keep times} */
  public abstract Instant lastStep();

  /**
   * {@return whether the process is overdue on {@code day}: its next deadline is before that day}
   *
   * @param day the day to judge on
   */
  public boolean isOverdueOn(LocalDate day) {
    return nextDeadline().isPresent() && nextDeadline().get().isBefore(day);
  }

  /**
   * {@return the summary of a process from all its parts}
   *
   * @param id the id of the process (<i>prosessforløp</i>)
   * @param municipality the municipality (<i>kommune</i>) that runs the process
   * @param definitionId the id of the definition the process runs on
   * @param definitionVersion the version of that definition
   * @param phase the code of the phase (<i>fase</i>) the process is in
   * @param status the process's status (<i>status</i>)
   * @param version the stored version: the sequence number of the last journal entry
   * @param headDigest the chain digest of the last journal entry
   * @param nextDeadline the earliest deadline (<i>frist</i>) still ahead of the process, or empty
   *     if it has none
   * @param lastStep the time of the last journal entry, to the microsecond, as databases keep times
   */
  public static ProcessSummary of(
      String id,
      Municipality municipality,
      String definitionId,
      int definitionVersion,
      String phase,
      ProcessStatus status,
      long version,
      Digest headDigest,
      Optional<? extends LocalDate> nextDeadline,
      Instant lastStep) {
    return ImmutableProcessSummary.of(
        id,
        municipality,
        definitionId,
        definitionVersion,
        phase,
        status,
        version,
        headDigest,
        nextDeadline,
        lastStep);
  }
}
