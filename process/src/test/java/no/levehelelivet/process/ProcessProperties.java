package no.levehelelivet.process;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import no.levehelelivet.process.Walker.Run;
import no.levehelelivet.process.Walker.Step;
import no.levehelelivet.process.history.ProcessHistory;
import no.levehelelivet.process.journal.JournalCodec;
import no.levehelelivet.process.journal.JournalEntry;

/** Laws of firing over random command sequences on the standard definition. */
class ProcessProperties {

  private static final ProcessDefinition STANDARD = ProcessDefinition.standard();

  @Provide
  Arbitrary<List<Step>> walks() {
    return Walker.walks(1, 60);
  }

  /**
   * Read from the journal's side: the instance is in the phase the last phase-changing entry (or
   * the start entry) moved it to, with the status the last entry recorded, on the definition the
   * start entry names.
   */
  @Property(tries = 300, seed = "20260105")
  void theInstanceIsWhereItsJournalLastPutIt(@ForAll("walks") List<Step> steps) {
    for (ProcessInstance instance : Walker.run(STANDARD, steps).instances()) {
      String recordedPhase = null;
      for (JournalEntry entry : instance.journal()) {
        if (entry.sequence() == 1 || !entry.toPhase().equals(entry.fromPhase())) {
          recordedPhase = entry.toPhase();
        }
      }
      JournalEntry last = instance.journal().last().orElseThrow();
      assertThat(instance.phase()).isEqualTo(recordedPhase).isEqualTo(last.toPhase());
      assertThat(instance.status()).isEqualTo(last.status());
      JournalEntry start = instance.journal().entry(1);
      assertThat(start.definitionDigest()).hasValue(instance.definitionDigest());
      assertThat(start.instanceId()).hasValue(instance.id());
    }
  }

  @Property(tries = 300, seed = "20260106")
  void replayEqualsTheIncrementallyBuiltInstance(@ForAll("walks") List<Step> steps) {
    ProcessInstance built = Walker.run(STANDARD, steps).last();
    ReplayResult replayed = ProcessInstance.replay(STANDARD, built.journal());
    assertThat(replayed.isReplayed()).isTrue();
    assertThat(replayed.orElseThrow()).isEqualTo(built);
    ProcessInstance fromStorage =
        ProcessInstance.replay(STANDARD, JournalCodec.read(JournalCodec.write(built.journal())))
            .orElseThrow();
    assertThat(fromStorage).isEqualTo(built);
    // the bound each step counted is the bound counted from the journal's entries
    for (ProcessInstance instance : Walker.run(STANDARD, steps).instances()) {
      assertThat(instance.writtenSizeBound()).isEqualTo(countedFromTheJournal(instance));
    }
  }

  /**
   * The criteria an instance shows as met are those its journal recorded since the last new cycle
   * (which clears all but the start-up ones), in the order first recorded, each with its latest
   * record; {@code isMet} agrees for every criterion of the definition.
   */
  @Property(tries = 300, seed = "20261125")
  void theCriteriaMetAreThoseTheJournalRecorded(@ForAll("walks") List<Step> steps) {
    Set<String> cleared =
        STANDARD.transitions().stream()
            .filter(t -> t.trigger().equals(Trigger.START_NEW_CYCLE))
            .findFirst()
            .orElseThrow()
            .resetsCriteria();
    for (ProcessInstance instance : Walker.run(STANDARD, steps).instances()) {
      Map<String, Long> expected = new LinkedHashMap<>();
      for (JournalEntry entry : instance.journal()) {
        if (entry.trigger().equals(Trigger.RECORD_CRITERION.code())) {
          expected.put(entry.criterion().orElseThrow(), entry.sequence());
        } else if (entry.trigger().equals(Trigger.START_NEW_CYCLE.code())) {
          expected.keySet().removeAll(cleared);
        }
      }
      assertThat(instance.criteria().keySet()).containsExactlyElementsOf(expected.keySet());
      instance
          .criteria()
          .forEach(
              (code, record) -> {
                assertThat(record.criterion()).isEqualTo(code);
                assertThat(record.sequence()).isEqualTo(expected.get(code));
              });
      for (Criterion criterion : STANDARD.criteria()) {
        assertThat(instance.isMet(criterion.code()))
            .as(criterion.code())
            .isEqualTo(expected.containsKey(criterion.code()));
      }
    }
  }

  @Property(tries = 300, seed = "20260107")
  void aRejectedCommandLeavesTheInstanceUnchanged(@ForAll("walks") List<Step> steps) {
    Run run = Walker.run(STANDARD, steps);
    for (int i = 0; i < run.outcomes().size(); i++) {
      Outcome outcome = run.outcomes().get(i);
      ProcessInstance before = run.instances().get(i);
      if (outcome instanceof Rejected rejected) {
        assertThat(rejected.instance()).isSameAs(before);
        assertThat(rejected.reasons()).isNotEmpty();
        assertThat(rejected.effects()).isEmpty();
      } else {
        Accepted accepted = (Accepted) outcome;
        assertThat(accepted.instance().version()).isEqualTo(before.version() + 1);
        assertThat(accepted.instance().journal().last()).hasValue(accepted.entry());
      }
    }
  }

  @Property(tries = 300, seed = "20260108")
  void sequenceNumbersAreGaplessAndTheChainVerifies(@ForAll("walks") List<Step> steps) {
    ProcessInstance last = Walker.run(STANDARD, steps).last();
    long expected = 1;
    for (JournalEntry entry : last.journal()) {
      assertThat(entry.sequence()).isEqualTo(expected++);
    }
    assertThat(last.version()).isEqualTo(last.journal().size());
    assertThat(last.journal().verify().isIntact()).isTrue();
    assertThat(
            JournalCodec.read(JournalCodec.write(last.journal()))
                .verify(last.journal().headDigest())
                .isIntact())
        .isTrue();
  }

  @Property(tries = 200, seed = "20260109")
  void verdictsPredictWhetherACompleteCommandIsAccepted(@ForAll("walks") List<Step> steps) {
    ProcessInstance instance = Walker.run(STANDARD, steps).last();
    for (Actor actor :
        List.of(Fixtures.LEAD, Fixtures.ADMIN, Fixtures.COUNCIL, Fixtures.REGIONAL)) {
      for (Verdict verdict : instance.verdicts(actor)) {
        Command.Builder command = Command.builder();
        command
            .trigger(verdict.trigger().code())
            .actor(actor)
            .note("because")
            .addEvidence("case-1");
        if (!verdict.options().isEmpty()) {
          String option = verdict.options().get(0);
          command.target(option).criterion(option).question(option);
        } else {
          command.criterion("no-option").question("no-option");
        }
        Outcome outcome = instance.fire(command.build(), Walker.clock(10_000));
        if (verdict.trigger().equals(Trigger.RECORD_CRITERION) && verdict.options().isEmpty()) {
          continue; // nothing left to record: the command names no real criterion
        }
        assertThat(outcome.isAccepted())
            .as(verdict.trigger().code())
            .isEqualTo(verdict.isAllowed());
        assertThat(outcome.reasons()).containsAll(verdict.reasons());
      }
    }
  }

  @Property(tries = 200, seed = "20260110")
  void theHistoryAccountsForEveryPhaseChange(@ForAll("walks") List<Step> steps) {
    ProcessInstance last = Walker.run(STANDARD, steps).last();
    ProcessHistory history = last.history();
    long phaseChanges =
        last.journal().entries().stream().filter(e -> !e.fromPhase().equals(e.toPhase())).count();
    assertThat(history.phaseVisits()).isNotEmpty();
    assertThat(history.phaseVisits().size() - 1L).isEqualTo(phaseChanges);
    assertThat(history.phaseVisits().get(history.phaseVisits().size() - 1).phase())
        .isEqualTo(last.phase());
  }

  /** The bound of the written size counted from the instance's identity and journal entries. */
  static long countedFromTheJournal(ProcessInstance instance) {
    return WrittenSize.identity(
            instance.id(), instance.municipality().name(), instance.definitionId())
        + WrittenSize.entries(instance.journal());
  }
}
