package no.levehelelivet.process.journal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import no.levehelelivet.core.Municipality;
import no.levehelelivet.process.Actor;
import no.levehelelivet.process.Command;
import no.levehelelivet.process.Outcome;
import no.levehelelivet.process.ProcessDefinition;
import no.levehelelivet.process.ProcessInstance;
import no.levehelelivet.process.Role;
import org.junit.jupiter.api.Test;

/** A command costs the same at 10 or 10,000 entries: firing appends in place, never copying. */
class CommandCostTest {

  private static final Clock CLOCK =
      Clock.fixed(Instant.parse("2026-01-05T09:00:00Z"), ZoneOffset.UTC);
  private static final Actor LEAD = Actor.of("kari", Role.PROCESS_LEAD);

  private static ProcessInstance withAnswers(int count) {
    ProcessInstance instance =
        ProcessInstance.start(
            ProcessDefinition.standard(), "cost", Municipality.of("Vefsn", "1824"), LEAD, CLOCK);
    for (int i = 0; i < count; i++) {
      instance =
          instance
              .fire(Command.answer("what-is-useful-for-you", LEAD, "answer " + i), CLOCK)
              .instance();
    }
    return instance;
  }

  @Test
  void firingOnTenThousandEntriesSharesTheJournalInsteadOfCopyingIt() {
    ProcessInstance large = withAnswers(10_000);
    Outcome outcome = large.fire(Command.recordCriterion("process-team-appointed", LEAD), CLOCK);
    assertThat(outcome.isAccepted()).as(outcome.toString()).isTrue();
    assertThat(outcome.instance().journal().sharesStorageWith(large.journal())).isTrue();
    assertThat(outcome.instance().version()).isEqualTo(10_002);
    assertThat(large.version()).isEqualTo(10_001);
  }

  @Test
  void concurrentAppendsToOneJournalEachGetTheirOwnConsistentJournal() throws Exception {
    Journal base = JournalTest.journalOf(100);
    ExecutorService pool = Executors.newFixedThreadPool(4);
    try {
      List<Future<Journal>> futures = new ArrayList<>();
      for (int thread = 0; thread < 4; thread++) {
        String note = "thread " + thread;
        futures.add(
            pool.submit(
                () -> {
                  Journal journal = base;
                  for (int i = 0; i < 1_000; i++) {
                    journal = journal.append(JournalTest.entry(journal.size() + 1L).withNote(note));
                  }
                  return journal;
                }));
      }
      for (int thread = 0; thread < 4; thread++) {
        Journal journal = futures.get(thread).get();
        assertThat(journal.size()).isEqualTo(1_100);
        assertThat(journal.entry(100)).isEqualTo(base.entry(100));
        for (long position = 101; position <= 1_100; position++) {
          assertThat(journal.entry(position).note()).hasValue("thread " + thread);
        }
        assertThat(journal.verify().isIntact()).isTrue();
      }
    } finally {
      pool.shutdownNow();
    }
  }
}
