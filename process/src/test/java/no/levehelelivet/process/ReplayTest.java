package no.levehelelivet.process;

import static no.levehelelivet.process.Fixtures.ADMIN;
import static no.levehelelivet.process.Fixtures.LEAD;
import static no.levehelelivet.process.Fixtures.VEFSN;
import static no.levehelelivet.process.Fixtures.accept;
import static no.levehelelivet.process.Fixtures.day;
import static no.levehelelivet.process.Fixtures.inPhase;
import static no.levehelelivet.process.Fixtures.started;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.google.common.collect.ImmutableMap;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
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
    return accept(instance, Command.answer("what-does-it-take", LEAD, "The volunteer centre"), 61);
  }

  private static ReplayFailure failure(ReplayResult result) {
    assertThat(result.isReplayed()).isFalse();
    return (ReplayFailure) result;
  }

  @Test
  void rebuildsAnInstanceEqualToTheOneBuiltStepByStep() {
    ProcessInstance built = aLongStory();
    ProcessInstance replayed =
        ProcessInstance.replay(ProcessDefinition.standard(), built.journal()).orElseThrow();
    assertThat(replayed).isEqualTo(built);
    assertThat(replayed.version()).isEqualTo(built.version());
    assertThat(replayed.history().answers()).isEqualTo(built.history().answers());
  }

  @Test
  void rebuildsFromAJournalReadBackFromStorage() {
    ProcessInstance built = aLongStory();
    Journal stored = JournalCodec.read(JournalCodec.write(built.journal()));
    assertThat(ProcessInstance.replay(ProcessDefinition.standard(), stored).orElseThrow())
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
        ProcessInstance.replay(ProcessDefinition.standard(), planned.journal()).orElseThrow();
    assertThat(replayed.plannedTargetDates()).containsEntry("mapping", LocalDate.of(2026, 6, 30));
    assertThat(replayed).isEqualTo(planned);
  }

  @Test
  void refusesAnEmptyJournal() {
    ReplayFailure failure =
        failure(ProcessInstance.replay(ProcessDefinition.standard(), Journal.empty()));
    assertThat(failure.code()).isEqualTo(ReplayCode.NOT_STARTED);
    assertThat(failure.sequence()).isEqualTo(1);
  }

  @Test
  void refusesAJournalRecordedUnderAnotherDefinitionWithBothDigests() {
    ProcessDefinition other = ProcessDefinition.standard().withVersion(2);
    ReplayFailure failure = failure(ProcessInstance.replay(other, aLongStory().journal()));
    assertThat(failure.code()).isEqualTo(ReplayCode.DEFINITION_MISMATCH);
    ReplayFailure.Digests digests = failure.digests().orElseThrow();
    assertThat(digests.recorded()).isEqualTo(ProcessDefinition.standard().digest());
    assertThat(digests.replayedOn()).isEqualTo(other.digest());
  }

  @Test
  void replaysOnAnotherDefinitionWhenTheCallerPassesAMigration() {
    ProcessDefinition v2 = ProcessDefinition.standard().withVersion(2);
    ProcessInstance built = aLongStory();
    ProcessInstance migrated =
        ProcessInstance.replay(
                v2, built.journal(), DefinitionMigration.of(ProcessDefinition.standard().digest()))
            .orElseThrow();
    assertThat(migrated.definitionVersion()).isEqualTo(2);
    assertThat(migrated.definitionDigest()).isEqualTo(v2.digest());
    assertThat(migrated.phase()).isEqualTo(built.phase());
    assertThat(migrated.journal()).isEqualTo(built.journal());
    assertThat(migrated.migration())
        .hasValue(DefinitionMigration.of(ProcessDefinition.standard().digest()));
    assertThat(built.migration()).isEmpty();
    assertThat(migrated).isNotEqualTo(built);
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
        ProcessInstance.replay(renamed, built.journal(), migration).orElseThrow();
    assertThat(migrated.phase()).isEqualTo("kartlegging");
  }

  @Test
  void refusesAMigrationWrittenForAnotherDigest() {
    ProcessDefinition v2 = ProcessDefinition.standard().withVersion(2);
    ReplayFailure failure =
        failure(
            ProcessInstance.replay(
                v2, aLongStory().journal(), DefinitionMigration.of(v2.digest())));
    assertThat(failure.code()).isEqualTo(ReplayCode.MIGRATION_MISMATCH);
    assertThat(failure.digests()).isPresent();
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
            .status(ProcessStatus.ACTIVE)
            .build();
    entries.add(forged);
    ReplayFailure failure =
        failure(ProcessInstance.replay(ProcessDefinition.standard(), Journal.of(entries)));
    assertThat(failure.code()).isEqualTo(ReplayCode.ENTRY_REJECTED);
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
        failure(ProcessInstance.replay(ProcessDefinition.standard(), Journal.of(entries)));
    assertThat(failure.code()).isEqualTo(ReplayCode.ENTRY_MISMATCH);
    assertThat(failure.sequence()).isEqualTo(last + 1);
  }

  @Test
  void refusesABrokenSequence() {
    List<JournalEntry> entries = new ArrayList<>(aLongStory().journal().entries());
    entries.remove(3);
    ReplayFailure failure =
        failure(ProcessInstance.replay(ProcessDefinition.standard(), Journal.of(entries)));
    assertThat(failure.code()).isEqualTo(ReplayCode.SEQUENCE_BREAK);
    assertThat(failure.sequence()).isEqualTo(4);
  }

  @Test
  void refusesAStartEntryWithoutItsAttributes() {
    JournalEntry start = started().journal().entry(1);
    Journal journal =
        Journal.of(List.of(start.withAttributes(ImmutableMap.of("instance-id", "x"))));
    ReplayFailure failure = failure(ProcessInstance.replay(ProcessDefinition.standard(), journal));
    assertThat(failure.code()).isEqualTo(ReplayCode.MALFORMED_START);
  }

  @Test
  void refusesAStartEntryWithABlankIdABadDigestABadMunicipalityOrABadTargetDate() {
    JournalEntry start =
        ProcessInstance.start(
                ProcessDefinition.standard(),
                "planned",
                VEFSN,
                LEAD,
                day(0),
                ImmutableMap.of("mapping", LocalDate.of(2026, 6, 30)))
            .journal()
            .entry(1);
    for (Map.Entry<String, String> broken :
        List.of(
            Map.entry("instance-id", " "),
            Map.entry("definition-digest", "not-hex"),
            Map.entry("municipality-number", "824"),
            Map.entry("target-date.mapping", "soon"),
            Map.entry("target-date.nowhere", "2026-06-30"))) {
      Map<String, String> attributes = new TreeMap<>(start.attributes());
      attributes.put(broken.getKey(), broken.getValue());
      Journal journal = Journal.of(List.of(start.withAttributes(attributes)));
      ReplayFailure failure =
          failure(ProcessInstance.replay(ProcessDefinition.standard(), journal));
      assertThat(failure.code()).as(broken.getKey()).isEqualTo(ReplayCode.MALFORMED_START);
      assertThat(failure.sequence()).isEqualTo(1);
    }
  }

  @Test
  void refusesTimeRunningBackwardsBetweenEntries() {
    List<JournalEntry> entries = new ArrayList<>(aLongStory().journal().entries());
    JournalEntry third = entries.get(2);
    entries.set(
        2, JournalEntry.builder().from(third).time(entries.get(1).time().minusSeconds(1)).build());
    ReplayFailure failure =
        failure(ProcessInstance.replay(ProcessDefinition.standard(), Journal.of(entries)));
    assertThat(failure.code()).isEqualTo(ReplayCode.TIME_REVERSED);
    assertThat(failure.sequence()).isEqualTo(3);
  }

  @Test
  void refusesAnEntryDatedBeforeTheStart() {
    List<JournalEntry> entries = new ArrayList<>(inPhase("mapping").journal().entries());
    JournalEntry second = entries.get(1);
    entries.set(
        1,
        JournalEntry.builder().from(second).time(entries.get(0).time().minusSeconds(60)).build());
    ReplayFailure failure =
        failure(ProcessInstance.replay(ProcessDefinition.standard(), Journal.of(entries)));
    assertThat(failure.code()).isEqualTo(ReplayCode.TIME_REVERSED);
    assertThat(failure.sequence()).isEqualTo(2);
  }

  @Test
  void acceptsEntriesAtTheSameInstant() {
    ProcessInstance instance = accept(started(), Command.of(Trigger.PAUSE, LEAD).withNote("x"), 0);
    instance = accept(instance, Command.of(Trigger.RESUME, LEAD).withNote("y"), 0);
    assertThat(
            ProcessInstance.replay(ProcessDefinition.standard(), instance.journal()).orElseThrow())
        .isEqualTo(instance);
  }

  @Test
  void refusesAStartEntryThatIsNotAFreshStart() {
    ProcessInstance built = inPhase("mapping");
    List<JournalEntry> entries = built.journal().entries();
    JournalEntry start = entries.get(0);
    List<JournalEntry> forgedStarts =
        List.of(
            JournalEntry.builder().from(start).status(ProcessStatus.COMPLETED).build(),
            JournalEntry.builder().from(start).status(ProcessStatus.PAUSED).build(),
            JournalEntry.builder().from(start).toPhase("mapping").build(),
            JournalEntry.builder().from(start).note("forged").build(),
            JournalEntry.builder().from(start).addEvidence("2026/1").build());
    for (JournalEntry forged : forgedStarts) {
      List<JournalEntry> changed = new ArrayList<>(entries);
      changed.set(0, forged);
      ReplayFailure failure =
          failure(ProcessInstance.replay(ProcessDefinition.standard(), Journal.of(changed)));
      assertThat(failure.code()).as(forged.toString()).isEqualTo(ReplayCode.NOT_FRESH_START);
      assertThat(failure.sequence()).isEqualTo(1);
    }
  }

  @Test
  void refusesAnAttributeTheTriggerDoesNotDefine() {
    ProcessInstance built = aLongStory();
    List<JournalEntry> entries = built.journal().entries();
    for (int position : List.of(1, 2, 5, entries.size())) {
      JournalEntry entry = entries.get(position - 1);
      Map<String, String> attributes = new TreeMap<>(entry.attributes());
      attributes.put("approved-by", "mallory");
      List<JournalEntry> changed = new ArrayList<>(entries);
      changed.set(position - 1, entry.withAttributes(attributes));
      ReplayFailure failure =
          failure(ProcessInstance.replay(ProcessDefinition.standard(), Journal.of(changed)));
      assertThat(failure.code()).as(entry.trigger()).isEqualTo(ReplayCode.UNDEFINED_ATTRIBUTE);
      assertThat(failure.sequence()).isEqualTo(position);
    }
  }

  @Test
  void refusesACriterionAttributeOnAMove() {
    List<JournalEntry> entries = new ArrayList<>(inPhase("mapping").journal().entries());
    int last = entries.size() - 1;
    assertThat(entries.get(last).trigger()).isEqualTo("begin-mapping");
    entries.set(
        last,
        entries.get(last).withAttributes(ImmutableMap.of("criterion", "political-anchoring")));
    ReplayFailure failure =
        failure(ProcessInstance.replay(ProcessDefinition.standard(), Journal.of(entries)));
    assertThat(failure.code()).isEqualTo(ReplayCode.UNDEFINED_ATTRIBUTE);
    assertThat(failure.sequence()).isEqualTo(last + 1);
  }

  @Test
  void throwsTheFailureAsAReplayExceptionWhenTheCallerCannotGoOn() {
    ReplayResult result = ProcessInstance.replay(ProcessDefinition.standard(), Journal.empty());
    assertThatThrownBy(result::orElseThrow)
        .isInstanceOfSatisfying(
            ReplayException.class,
            e -> {
              assertThat(e.code()).isEqualTo(ReplayCode.NOT_STARTED);
              assertThat(e.failure()).isEqualTo(result);
              assertThat(e.getMessage()).isEqualTo(e.failure().message());
            });
  }

  @Test
  void namesTheCodeOnceInAFailuresMessage() {
    ReplayFailure failure =
        failure(
            ProcessInstance.replay(
                ProcessDefinition.standard().withVersion(2), aLongStory().journal()));
    assertThat(failure.message()).startsWith(failure.code().code() + ": ");
    assertThat(failure.message().indexOf("LHL-R-", 1)).isEqualTo(-1);
  }

  @Test
  void looksUpEveryReplayCodeByItsCode() {
    for (ReplayCode code : ReplayCode.values()) {
      assertThat(ReplayCode.fromCode(code.code())).isSameAs(code);
      assertThat(code.code()).matches("LHL-R-0(0[1-9]|10)");
      assertThat(code.meaning()).isNotBlank();
      assertThat(code.remedy()).isNotBlank();
    }
    assertThatThrownBy(() -> ReplayCode.fromCode("LHL-R-999"))
        .isInstanceOf(no.levehelelivet.core.UnknownCodeException.class);
  }

  @Test
  void isReplayedWithTheRebuiltInstance() {
    ProcessInstance built = aLongStory();
    ReplayResult result = ProcessInstance.replay(ProcessDefinition.standard(), built.journal());
    assertThat(result.isReplayed()).isTrue();
    assertThat(result)
        .isInstanceOfSatisfying(
            Replayed.class, replayed -> assertThat(replayed.instance()).isEqualTo(built));
  }
}
