package no.levehelelivet.process.history;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import no.levehelelivet.process.ProcessStatus;
import no.levehelelivet.process.Trigger;
import no.levehelelivet.process.journal.Journal;
import no.levehelelivet.process.journal.JournalEntry;
import org.jspecify.annotations.Nullable;

/**
 * The history of a process instance (<i>historikk</i>) as caseworkers and auditors ask for it: the
 * phase visits with entry and exit times, the time spent in each phase, who moved the process and
 * why, and the answers to reflection questions — as of any point in the journal ({@link
 * #asOf(long)}).
 *
 * <p>Time in a phase counts from entering it to leaving it, or to the completion or abandonment of
 * the process; a pause does not stop the clock. Computed from the journal alone, in one pass, so it
 * serves a journal read from storage as well as a running instance's. Immutable and thread-safe.
 */
public final class ProcessHistory {

  private final Journal journal;
  private final ImmutableList<PhaseVisit> visits;
  private final ImmutableList<Move> moves;
  private final ImmutableList<Answer> answers;

  private ProcessHistory(Journal journal) {
    this.journal = journal;
    ImmutableList.Builder<PhaseVisit> visits = ImmutableList.builder();
    ImmutableList.Builder<Move> moves = ImmutableList.builder();
    ImmutableList.Builder<Answer> answers = ImmutableList.builder();
    @Nullable String phase = null;
    @Nullable Instant entered = null;
    long enteredBy = 0;
    ProcessStatus status = ProcessStatus.ACTIVE;
    String answerTrigger = Trigger.ANSWER_QUESTION.code();
    for (JournalEntry entry : journal) {
      Optional<String> question = entry.question();
      if (question.isPresent() && entry.trigger().equals(answerTrigger)) {
        answers.add(
            Answer.of(
                question.get(),
                entry.note().orElse(""),
                entry.actorId(),
                entry.role(),
                entry.time(),
                entry.sequence()));
      }
      if (entry.sequence() == 1 || phase == null || entered == null) {
        status = entry.status();
        phase = entry.toPhase();
        entered = entry.time();
        enteredBy = entry.sequence();
        continue;
      }
      boolean phaseChanged = !entry.toPhase().equals(entry.fromPhase());
      boolean ended = entry.status().isFinal();
      boolean statusChanged = entry.status() != status;
      status = entry.status();
      if (phaseChanged || statusChanged) {
        moves.add(Move.of(entry));
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
    this.answers = answers.build();
  }

  /**
   * {@return the history of the given journal, from its first entry to its last}
   *
   * @param journal the journal of one process instance
   */
  public static ProcessHistory from(Journal journal) {
    return new ProcessHistory(journal);
  }

  /**
   * {@return the history as it stood after journal entry {@code sequence}}
   *
   * @param sequence the sequence number of the last entry to take into account
   */
  public ProcessHistory asOf(long sequence) {
    return new ProcessHistory(journal.asOf(sequence));
  }

  /** {@return the number of journal entries this history covers} */
  public long sequence() {
    return journal.size();
  }

  /** {@return every visit to a phase, in order; the last is open while the process runs} */
  public ImmutableList<PhaseVisit> phaseVisits() {
    return visits;
  }

  /**
   * {@return every step that changed the phase or the status, in order: who moved the process and
   * why}
   */
  public ImmutableList<Move> moves() {
    return moves;
  }

  /** {@return every answer to a reflection question, in journal order} */
  public ImmutableList<Answer> answers() {
    return answers;
  }

  /**
   * {@return the time spent in each phase visited, in order of first visit; an open visit counts to
   * {@code now}}
   *
   * @param now the instant an open visit is measured to
   */
  public ImmutableMap<String, Duration> timeSpent(Instant now) {
    Map<String, Duration> spent = new LinkedHashMap<>();
    for (PhaseVisit visit : visits) {
      spent.merge(visit.phase(), visit.duration(now), Duration::plus);
    }
    return ImmutableMap.copyOf(spent);
  }

  /**
   * {@return the time spent in one phase, over every visit; zero if never visited}
   *
   * @param phase the code of the phase
   * @param now the instant an open visit is measured to
   */
  public Duration timeSpent(String phase, Instant now) {
    return timeSpent(now).getOrDefault(phase, Duration.ZERO);
  }
}
