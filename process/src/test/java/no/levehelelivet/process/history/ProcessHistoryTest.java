package no.levehelelivet.process.history;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import no.levehelelivet.process.ProcessStatus;
import no.levehelelivet.process.journal.Journal;
import no.levehelelivet.process.journal.JournalEntry;
import org.junit.jupiter.api.Test;

/** The moves of a history read straight from a journal's entries. */
class ProcessHistoryTest {

  private static JournalEntry entry(
      long sequence, String trigger, String from, String to, ProcessStatus status) {
    return JournalEntry.builder()
        .sequence(sequence)
        .time(Instant.parse("2026-01-05T09:00:00Z").plusSeconds(3600 * sequence))
        .actorId("kari")
        .role("process-lead")
        .trigger(trigger)
        .fromPhase(from)
        .toPhase(to)
        .status(status)
        .build();
  }

  @Test
  void aMoveSaysWhichPhaseTheProcessLeftAndWhichItEntered() {
    Journal journal =
        Journal.empty()
            .append(entry(1, "start", "start-up", "start-up", ProcessStatus.ACTIVE))
            .append(entry(2, "begin-mapping", "start-up", "mapping", ProcessStatus.ACTIVE))
            .append(entry(3, "pause", "mapping", "mapping", ProcessStatus.PAUSED));

    ProcessHistory history = ProcessHistory.from(journal);

    assertThat(history.moves()).hasSize(2);
    Move mapping = history.moves().get(0);
    assertThat(mapping.fromPhase()).isEqualTo("start-up");
    assertThat(mapping.toPhase()).isEqualTo("mapping");
    assertThat(mapping.entry()).isSameAs(journal.entry(2));
    Move pause = history.moves().get(1);
    assertThat(pause.fromPhase()).isEqualTo("mapping");
    assertThat(pause.toPhase()).isEqualTo("mapping");
    assertThat(pause.status()).isEqualTo(ProcessStatus.PAUSED);
  }

  @Test
  void aVisitIsOpenUntilTheProcessLeavesThePhase() {
    Journal journal =
        Journal.empty()
            .append(entry(1, "start", "start-up", "start-up", ProcessStatus.ACTIVE))
            .append(entry(2, "begin-mapping", "start-up", "mapping", ProcessStatus.ACTIVE));

    ProcessHistory history = ProcessHistory.from(journal);

    assertThat(history.phaseVisits())
        .extracting(PhaseVisit::phase)
        .containsExactly("start-up", "mapping");
    assertThat(history.phaseVisits()).extracting(PhaseVisit::isOpen).containsExactly(false, true);
    assertThat(history.phaseVisits().get(0).exitedAt()).hasValue(journal.entry(2).time());
  }
}
