package no.levehelelivet.process;

import static no.levehelelivet.process.Fixtures.ADMIN;
import static no.levehelelivet.process.Fixtures.COUNCIL;
import static no.levehelelivet.process.Fixtures.LEAD;
import static no.levehelelivet.process.Fixtures.accept;
import static no.levehelelivet.process.Fixtures.accepted;
import static no.levehelelivet.process.Fixtures.day;
import static no.levehelelivet.process.Fixtures.inPhase;
import static no.levehelelivet.process.Fixtures.record;
import static no.levehelelivet.process.Fixtures.started;
import static no.levehelelivet.process.StandardProcess.EVALUATION_RECORDED;
import static no.levehelelivet.process.StandardProcess.IMPLEMENT_AND_EVALUATE;
import static no.levehelelivet.process.StandardProcess.INTEGRATE_INTO_PLANS;
import static no.levehelelivet.process.StandardProcess.MAPPING;
import static no.levehelelivet.process.StandardProcess.PLAN_AND_DECIDE;
import static no.levehelelivet.process.StandardProcess.START_UP;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import no.levehelelivet.core.ArgumentCode;
import no.levehelelivet.core.InvalidValueException;
import no.levehelelivet.process.history.Answer;
import no.levehelelivet.process.journal.JournalEntry;
import org.junit.jupiter.api.Test;

/**
 * One example per standard transition: each fires from its phase and lands where section 5 says.
 */
class StandardTransitionsTest {

  @Test
  void startingAProcessOpensTheJournalInStartUp() {
    ProcessInstance instance = started();
    assertThat(instance.phase()).isEqualTo(START_UP);
    assertThat(instance.status()).isEqualTo(ProcessStatus.ACTIVE);
    assertThat(instance.version()).isEqualTo(1);
    JournalEntry start = instance.journal().entry(1);
    assertThat(start.trigger()).isEqualTo("start");
    assertThat(start.instanceId()).hasValue("vefsn-lhl-1");
    assertThat(start.municipality()).hasValue(instance.municipality());
    assertThat(start.definitionId()).hasValue("leve-hele-livet-standard");
    assertThat(start.definitionVersion()).hasValue(1);
    assertThat(start.definitionDigest()).hasValue(instance.definitionDigest());
    assertThat(start.plannedTargetDates()).isEmpty();
  }

  @Test
  void refusesToStartAProcessWithABlankId() {
    assertThatThrownBy(
            () ->
                ProcessInstance.start(
                    ProcessDefinition.standard(), " ", Fixtures.VEFSN, LEAD, day(0)))
        .isInstanceOfSatisfying(
            InvalidValueException.class,
            e -> {
              assertThat(e.code()).isEqualTo(ArgumentCode.INVALID_ID);
              assertThat(e.field()).isEqualTo("instance id");
            });
  }

  @Test
  void beginMappingMovesStartUpToMappingOnceTheAnchoringIsRecorded() {
    ProcessInstance instance = inPhase(MAPPING);
    JournalEntry last = instance.journal().last().orElseThrow();
    assertThat(last.trigger()).isEqualTo("begin-mapping");
    assertThat(last.fromPhase()).isEqualTo(START_UP);
    assertThat(last.toPhase()).isEqualTo(MAPPING);
    assertThat(instance.phase()).isEqualTo(MAPPING);
  }

  @Test
  void beginPlanningMovesMappingToPlanAndDecide() {
    ProcessInstance instance = inPhase(PLAN_AND_DECIDE);
    assertThat(instance.journal().last().orElseThrow().fromPhase()).isEqualTo(MAPPING);
    assertThat(instance.phase()).isEqualTo(PLAN_AND_DECIDE);
  }

  @Test
  void adoptPlanByTheCouncilMovesPlanAndDecideToIntegrateIntoPlans() {
    ProcessInstance instance = inPhase(INTEGRATE_INTO_PLANS);
    JournalEntry last = instance.journal().last().orElseThrow();
    assertThat(last.trigger()).isEqualTo("adopt-plan");
    assertThat(last.role()).isEqualTo("municipal-council");
    assertThat(instance.recordOf("plan-adopted-by-council").orElseThrow().evidence())
        .containsExactly("2026/plan-adopted-by-council");
  }

  @Test
  void beginImplementationMovesIntegrateIntoPlansToImplementAndEvaluate() {
    ProcessInstance instance = inPhase(IMPLEMENT_AND_EVALUATE);
    assertThat(instance.journal().last().orElseThrow().fromPhase()).isEqualTo(INTEGRATE_INTO_PLANS);
  }

  @Test
  void startNewCycleGoesBackToMappingAndResetsTheCycleCriteriaButKeepsTheAnchoring() {
    ProcessInstance instance =
        record(inPhase(IMPLEMENT_AND_EVALUATE), LEAD, EVALUATION_RECORDED, 30);
    ProcessInstance next = accept(instance, Command.of(Trigger.START_NEW_CYCLE, LEAD), 31);
    assertThat(next.phase()).isEqualTo(MAPPING);
    assertThat(next.criteria().keySet())
        .containsExactly(
            "administrative-anchoring", "political-anchoring", "process-team-appointed");
  }

  @Test
  void revisitGoesBackToANamedEarlierPhaseWithANote() {
    ProcessInstance instance = inPhase(INTEGRATE_INTO_PLANS);
    Accepted accepted =
        accepted(
            instance.fire(
                Command.revisit(MAPPING, LEAD, "The citizen dialogue missed the rural areas"),
                day(40)));
    assertThat(accepted.instance().phase()).isEqualTo(MAPPING);
    assertThat(accepted.entry().targetPhase()).hasValue(MAPPING);
    assertThat(accepted.entry().note()).hasValue("The citizen dialogue missed the rural areas");
    assertThat(accepted.instance().criteria()).isEqualTo(instance.criteria());
  }

  @Test
  void pauseAndResumeChangeTheStatusAndKeepThePhase() {
    ProcessInstance instance = inPhase(MAPPING);
    ProcessInstance paused =
        accept(instance, Command.of(Trigger.PAUSE, ADMIN).withNote("Budget freeze"), 20);
    assertThat(paused.status()).isEqualTo(ProcessStatus.PAUSED);
    assertThat(paused.phase()).isEqualTo(MAPPING);
    ProcessInstance resumed =
        accept(paused, Command.of(Trigger.RESUME, LEAD).withNote("Budget approved"), 25);
    assertThat(resumed.status()).isEqualTo(ProcessStatus.ACTIVE);
    assertThat(resumed.phase()).isEqualTo(MAPPING);
  }

  @Test
  void completeEndsTheProcessFromImplementAndEvaluateOnceTheEvaluationIsRecorded() {
    ProcessInstance instance =
        record(inPhase(IMPLEMENT_AND_EVALUATE), ADMIN, EVALUATION_RECORDED, 30);
    ProcessInstance completed = accept(instance, Command.of(Trigger.COMPLETE, ADMIN), 31);
    assertThat(completed.status()).isEqualTo(ProcessStatus.COMPLETED);
    assertThat(completed.phase()).isEqualTo(IMPLEMENT_AND_EVALUATE);
  }

  @Test
  void abandonEndsTheProcessFromAnyPhaseEvenWhenPaused() {
    ProcessInstance paused =
        accept(started(), Command.of(Trigger.PAUSE, LEAD).withNote("Merger talks"), 1);
    ProcessInstance abandoned =
        accept(paused, Command.of(Trigger.ABANDON, COUNCIL).withNote("Merged into Nye Kommune"), 2);
    assertThat(abandoned.status()).isEqualTo(ProcessStatus.ABANDONED);
    assertThat(abandoned.phase()).isEqualTo(START_UP);
  }

  @Test
  void recordingACriterionIsJournaledWithActorTimeAndEvidence() {
    Accepted accepted =
        accepted(
            started()
                .fire(Command.recordCriterion("political-anchoring", COUNCIL, "PS 12/26"), day(3)));
    CriterionRecord record = accepted.instance().recordOf("political-anchoring").orElseThrow();
    assertThat(record.actorId()).isEqualTo("kommunestyret");
    assertThat(record.role()).isEqualTo("municipal-council");
    assertThat(record.time()).isEqualTo(Instant.parse("2026-01-08T09:00:00Z"));
    assertThat(record.evidence()).containsExactly("PS 12/26");
    assertThat(record.sequence()).isEqualTo(2);
    assertThat(accepted.entry().criterion()).hasValue("political-anchoring");
  }

  @Test
  void answeringAReflectionQuestionIsJournaledAndListedAsAnAnswer() {
    ProcessInstance answered =
        accept(
            started(),
            Command.answer(
                "what-is-useful-for-you", Fixtures.ELDERS, "The pensioners' association"),
            2);
    assertThat(answered.history().answers()).hasSize(1);
    Answer answer = answered.history().answers().get(0);
    assertThat(answer.question()).isEqualTo("what-is-useful-for-you");
    assertThat(answer.text()).isEqualTo("The pensioners' association");
    assertThat(answer.role()).isEqualTo("council-for-older-people");
    assertThat(answered.version()).isEqualTo(2);
  }

  @Test
  void firingLeavesTheOriginalInstanceAsItWas() {
    ProcessInstance before = inPhase(MAPPING);
    long version = before.version();
    accept(before, Command.revisit(START_UP, LEAD, "Anchoring was thin"), 50);
    assertThat(before.phase()).isEqualTo(MAPPING);
    assertThat(before.version()).isEqualTo(version);
    assertThat(before.journal().size()).isEqualTo(version);
  }
}
