package no.levehelelivet.process;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import no.levehelelivet.process.journal.Journal;
import no.levehelelivet.process.journal.JournalEntry;

/**
 * The history of a process instance (<i>historikk</i>) as caseworkers and auditors ask for it: the
 * phase visits with entry and exit times, the time spent in each phase, and who moved the process
 * and why — as of any point in the journal ({@link #asOf(long)}).
 *
 * <p>Time in a phase counts from entering it to leaving it, or to the completion or abandonment of
 * the process; a pause does not stop the clock. Computed from the journal alone, in one pass.
 * Immutable and thread-safe.
 */
public final class ProcessHistory {

  private final Journal journal;
  private final ImmutableList<PhaseVisit> visits;
  private final ImmutableList<Move> moves;

  private ProcessHistory(Journal journal) {
    this.journal = journal;
    ImmutableList.Builder<PhaseVisit> visits = ImmutableList.builder();
    ImmutableList.Builder<Move> moves = ImmutableList.builder();
    String phase = null;
    Instant entered = null;
    long enteredBy = 0;
    String status = ProcessStatus.ACTIVE.code();
    for (JournalEntry entry : journal) {
      if (entry.sequence() == 1 || phase == null || entered == null) {
        status = entry.status();
        phase = entry.toPhase();
        entered = entry.time();
        enteredBy = entry.sequence();
        continue;
      }
      boolean phaseChanged = !entry.toPhase().equals(entry.fromPhase());
      boolean ended = isFinal(entry.status());
      boolean statusChanged = !entry.status().equals(status);
      status = entry.status();
      if (phaseChanged || statusChanged) {
        moves.add(
            Move.create(
                entry.sequence(),
                entry.time(),
                entry.actorId(),
                entry.role(),
                entry.trigger(),
                entry.fromPhase(),
                entry.toPhase(),
                entry.status(),
                entry.note(),
                entry.evidence()));
      }
      if (phaseChanged || ended) {
        visits.add(PhaseVisit.create(phase, entered, enteredBy, Optional.of(entry.time())));
        phase = ended ? null : entry.toPhase();
        entered = ended ? null : entry.time();
        enteredBy = entry.sequence();
      }
    }
    if (phase != null && entered != null) {
      visits.add(PhaseVisit.create(phase, entered, enteredBy, Optional.empty()));
    }
    this.visits = visits.build();
    this.moves = moves.build();
  }

  private static boolean isFinal(String status) {
    return status.equals(ProcessStatus.COMPLETED.code())
        || status.equals(ProcessStatus.ABANDONED.code());
  }

  /** Returns the history of the given journal. */
  public static ProcessHistory of(Journal journal) {
    return new ProcessHistory(journal);
  }

  /** The history as it stood after journal entry {@code sequence}. */
  public ProcessHistory asOf(long sequence) {
    return new ProcessHistory(journal.asOf(sequence));
  }

  /** The number of journal entries this history covers. */
  public long sequence() {
    return journal.size();
  }

  /** Every visit to a phase, in order; the last is open while the process runs. */
  public ImmutableList<PhaseVisit> phaseVisits() {
    return visits;
  }

  /** Every step that changed the phase or the status, in order: who moved the process and why. */
  public ImmutableList<Move> moves() {
    return moves;
  }

  /**
   * The time spent in each phase visited, in order of first visit; an open visit counts to {@code
   * now}.
   */
  public ImmutableMap<String, Duration> timeSpent(Instant now) {
    Map<String, Duration> spent = new LinkedHashMap<>();
    for (PhaseVisit visit : visits) {
      spent.merge(visit.phase(), visit.duration(now), Duration::plus);
    }
    return ImmutableMap.copyOf(spent);
  }

  /** The time spent in one phase, over every visit; zero if never visited. */
  public Duration timeSpent(String phase, Instant now) {
    return timeSpent(now).getOrDefault(phase, Duration.ZERO);
  }
}
