package no.levehelelivet.process;

import static no.levehelelivet.process.Fixtures.ADMIN;
import static no.levehelelivet.process.Fixtures.LEAD;
import static no.levehelelivet.process.Fixtures.VEFSN;
import static no.levehelelivet.process.Fixtures.accept;
import static no.levehelelivet.process.Fixtures.day;
import static no.levehelelivet.process.Fixtures.inPhase;
import static no.levehelelivet.process.Fixtures.started;
import static org.assertj.core.api.Assertions.assertThat;

import com.google.common.collect.ImmutableMap;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import no.levehelelivet.core.LocalizedText;
import no.levehelelivet.process.journal.Journal;
import no.levehelelivet.process.journal.JournalCodec;
import no.levehelelivet.process.journal.JournalEntry;
import org.junit.jupiter.api.Test;

/** Rebuilding an instance from its definition and journal, and every way replay refuses. */
class ReplayTest {

  private static ProcessInstance aLongStory() {
    ProcessInstance instance = inPhase("integrate-into-plans");
    instance = accept(instance, Command.revisit("mapping", LEAD, "Redo the mapping"), 40);
    instance = accept(instance, Command.of(Trigger.PAUSE, ADMIN).withNote("Election"), 41);
    instance = accept(instance, Command.of(Trigger.RESUME, ADMIN).withNote("New council"), 60);
    return accept(instance, Command.answer("who-can-help", LEAD, "The volunteer centre"), 61);
  }

  private static ReplayFailure failure(ReplayResult result) {
    return result.failure().orElseThrow();
  }

  @Test
  void rebuildsAnInstanceEqualToTheOneBuiltStepByStep() {
    ProcessInstance built = aLongStory();
    ProcessInstance replayed =
        ProcessEngine.replay(ProcessDefinition.standard(), built.journal()).orElseThrow();
    assertThat(replayed).isEqualTo(built);
    assertThat(replayed.version()).isEqualTo(built.version());
    assertThat(replayed.answers()).isEqualTo(built.answers());
  }

  @Test
  void rebuildsFromAJournalReadBackFromStorage() {
    ProcessInstance built = aLongStory();
    Journal stored = JournalCodec.read(JournalCodec.write(built.journal()));
    assertThat(ProcessEngine.replay(ProcessDefinition.standard(), stored).orElseThrow())
        .isEqualTo(built);
  }

  @Test
  void rebuildsTheInstancesOwnPlannedTargetDates() {
    ProcessInstance planned =
        ProcessInstance.start(
            ProcessDefinition.standard(),
            "planned",
            VEFSN,
            LEAD,
            day(0),
            ImmutableMap.of("mapping", LocalDate.of(2026, 6, 30)));
    ProcessInstance replayed =
        ProcessEngine.replay(ProcessDefinition.standard(), planned.journal()).orElseThrow();
    assertThat(replayed.plannedTargetDates()).containsEntry("mapping", LocalDate.of(2026, 6, 30));
    assertThat(replayed).isEqualTo(planned);
  }

  @Test
  void refusesAnEmptyJournal() {
    ReplayFailure failure =
        failure(ProcessEngine.replay(ProcessDefinition.standard(), Journal.empty()));
    assertThat(failure.code()).isEqualTo("LHL-R-001");
    assertThat(failure.sequence()).isEqualTo(1);
  }

  @Test
  void refusesAJournalRecordedUnderAnotherDefinitionWithBothDigests() {
    ProcessDefinition other = ProcessDefinition.standard().withVersion(2);
    ReplayFailure failure = failure(ProcessEngine.replay(other, aLongStory().journal()));
    assertThat(failure.kind()).isEqualTo(ReplayFailure.Kind.DEFINITION_MISMATCH);
    assertThat(failure.code()).isEqualTo("LHL-R-002");
    assertThat(failure.recordedDigest()).hasValue(ProcessDefinition.standard().digest());
    assertThat(failure.definitionDigest()).hasValue(other.digest());
  }

  @Test
  void replaysOnAnotherDefinitionWhenTheCallerPassesAMigration() {
    ProcessDefinition v2 = ProcessDefinition.standard().withVersion(2);
    ProcessInstance built = aLongStory();
    ProcessInstance migrated =
        ProcessEngine.replay(
                v2, built.journal(), DefinitionMigration.of(ProcessDefinition.standard().digest()))
            .orElseThrow();
    assertThat(migrated.definitionVersion()).isEqualTo(2);
    assertThat(migrated.definitionDigest()).isEqualTo(v2.digest());
    assertThat(migrated.phase()).isEqualTo(built.phase());
    assertThat(migrated.journal()).isEqualTo(built.journal());
  }

  @Test
  void mapsRenamedPhaseCodesDuringAMigration() {
    ProcessDefinition renamed =
        ProcessDefinition.standard()
            .tailor("renamed", 1)
            .addPhase(Phase.of("kartlegging", LocalizedText.of("Kartlegging")), "mapping")
            .redirect("begin-mapping", "kartlegging")
            .addTransition(
                Transition.move(Trigger.BEGIN_PLANNING, "kartlegging", "plan-and-decide")
                    .addCriteria(
                        "challenge-picture-described",
                        "citizen-dialogue-held",
                        "focus-areas-assessed")
                    .addRole(Role.PROCESS_LEAD)
                    .build())
            .build();
    ProcessInstance built = inPhase("mapping");
    DefinitionMigration migration =
        DefinitionMigration.builder()
            .fromDigest(ProcessDefinition.standard().digest())
            .putPhaseCode("mapping", "kartlegging")
            .build();
    ProcessInstance migrated =
        ProcessEngine.replay(renamed, built.journal(), migration).orElseThrow();
    assertThat(migrated.phase()).isEqualTo("kartlegging");
  }

  @Test
  void refusesAMigrationWrittenForAnotherDigest() {
    ProcessDefinition v2 = ProcessDefinition.standard().withVersion(2);
    ReplayFailure failure =
        failure(
            ProcessEngine.replay(v2, aLongStory().journal(), DefinitionMigration.of(v2.digest())));
    assertThat(failure.code()).isEqualTo("LHL-R-007");
  }

  @Test
  void refusesAnEntryTheDefinitionDoesNotAllowNamingItsSequenceNumber() {
    List<JournalEntry> entries = new ArrayList<>(started().journal().entries());
    JournalEntry forged =
        JournalEntry.builder()
            .sequence(2)
            .time(day(1).instant())
            .actorId("mallory")
            .role("process-lead")
            .trigger("begin-mapping")
            .fromPhase("start-up")
            .toPhase("mapping")
            .status("active")
            .build();
    entries.add(forged);
    ReplayFailure failure =
        failure(ProcessEngine.replay(ProcessDefinition.standard(), Journal.of(entries)));
    assertThat(failure.kind()).isEqualTo(ReplayFailure.Kind.ENTRY_REJECTED);
    assertThat(failure.sequence()).isEqualTo(2);
    assertThat(failure.reasons()).extracting(r -> r.code()).contains(ReasonCode.CRITERION_NOT_MET);
  }

  @Test
  void refusesAnEntryThatClaimsADifferentOutcomeThanTheDefinitionGives() {
    ProcessInstance built = inPhase("mapping");
    List<JournalEntry> entries = new ArrayList<>(built.journal().entries());
    int last = entries.size() - 1;
    entries.set(
        last, JournalEntry.builder().from(entries.get(last)).toPhase("plan-and-decide").build());
    ReplayFailure failure =
        failure(ProcessEngine.replay(ProcessDefinition.standard(), Journal.of(entries)));
    assertThat(failure.code()).isEqualTo("LHL-R-004");
    assertThat(failure.sequence()).isEqualTo(last + 1);
  }

  @Test
  void refusesABrokenSequence() {
    List<JournalEntry> entries = new ArrayList<>(aLongStory().journal().entries());
    entries.remove(3);
    ReplayFailure failure =
        failure(ProcessEngine.replay(ProcessDefinition.standard(), Journal.of(entries)));
    assertThat(failure.code()).isEqualTo("LHL-R-005");
    assertThat(failure.sequence()).isEqualTo(4);
  }

  @Test
  void refusesAStartEntryWithoutItsAttributes() {
    JournalEntry start = started().journal().entry(1);
    Journal journal =
        Journal.of(List.of(start.withAttributes(ImmutableMap.of("instance-id", "x"))));
    ReplayFailure failure = failure(ProcessEngine.replay(ProcessDefinition.standard(), journal));
    assertThat(failure.code()).isEqualTo("LHL-R-006");
  }
}
