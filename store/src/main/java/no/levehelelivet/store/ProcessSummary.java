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

  /** The id of the process (<i>prosessforløp</i>). */
  public abstract String id();

  /** The municipality (<i>kommune</i>) that runs the process. */
  public abstract Municipality municipality();

  /** The id of the definition the process runs on. */
  public abstract String definitionId();

  /** The version of that definition. */
  public abstract int definitionVersion();

  /** The code of the phase (<i>fase</i>) the process is in. */
  public abstract String phase();

  /** The process's status (<i>status</i>). */
  public abstract ProcessStatus status();

  /** The stored version: the sequence number of the last journal entry. */
  public abstract long version();

  /** The chain digest of the last journal entry, against which loading checks the chain. */
  public abstract Digest headDigest();

  /**
   * The earliest deadline (<i>frist</i>) still ahead of the process, a phase's target date or a
   * milestone's last date, of its current phase or a later one; empty if it has none, or is
   * completed or abandoned. The process is overdue on a day after this date.
   */
  public abstract Optional<LocalDate> nextDeadline();

  /** The time of the last journal entry, to the microsecond, as databases keep times. */
  public abstract Instant lastStep();

  /** Whether the process is overdue on {@code day}: its next deadline is before that day. */
  public boolean isOverdueOn(LocalDate day) {
    return nextDeadline().isPresent() && nextDeadline().get().isBefore(day);
  }

  /** The summary of a process from all its parts. */
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
