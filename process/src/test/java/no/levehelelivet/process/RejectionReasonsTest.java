package no.levehelelivet.process;

import static no.levehelelivet.process.Fixtures.ADMIN;
import static no.levehelelivet.process.Fixtures.COUNCIL;
import static no.levehelelivet.process.Fixtures.LEAD;
import static no.levehelelivet.process.Fixtures.REGIONAL;
import static no.levehelelivet.process.Fixtures.RESOURCE;
import static no.levehelelivet.process.Fixtures.accept;
import static no.levehelelivet.process.Fixtures.day;
import static no.levehelelivet.process.Fixtures.inPhase;
import static no.levehelelivet.process.Fixtures.record;
import static no.levehelelivet.process.Fixtures.rejected;
import static no.levehelelivet.process.Fixtures.started;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/** At least one test per rejection reason, asserting codes and structured data, not wording. */
class RejectionReasonsTest {

  private static Reason only(Rejected rejected, ReasonCode code) {
    List<Reason> matching =
        rejected.reasons().stream().filter(reason -> reason.code() == code).toList();
    assertThat(matching).as("reasons with " + code.code()).hasSize(1);
    return matching.get(0);
  }

  @Test
  void refusesAnyStepOfAPausedProcessExceptResumeAndAbandonNamingTheStatus() {
    ProcessInstance paused = accept(started(), Command.of(Trigger.PAUSE, LEAD).withNote("Wait"), 1);
    Rejected rejected =
        rejected(paused.fire(Command.recordCriterion("process-team-appointed", LEAD), day(2)));
    Reason reason = only(rejected, ReasonCode.PROCESS_NOT_ACTIVE);
    assertThat(reason.code()).isEqualTo(ReasonCode.PROCESS_NOT_ACTIVE);
    assertThat(reason.subject()).hasValue("paused");
    assertThat(reason.accepted()).containsExactly("active");
    assertThat(rejected.instance()).isSameAs(paused);
  }

  @Test
  void refusesEverythingOnceTheProcessIsAbandoned() {
    ProcessInstance abandoned =
        accept(started(), Command.of(Trigger.ABANDON, COUNCIL).withNote("Merged"), 1);
    Rejected resume =
        rejected(abandoned.fire(Command.of(Trigger.RESUME, LEAD).withNote("Oops"), day(2)));
    assertThat(only(resume, ReasonCode.PROCESS_NOT_ACTIVE).subject()).hasValue("abandoned");
    Rejected abandonAgain =
        rejected(abandoned.fire(Command.of(Trigger.ABANDON, ADMIN).withNote("Again"), day(2)));
    assertThat(only(abandonAgain, ReasonCode.PROCESS_NOT_ACTIVE).accepted())
        .containsExactly("active", "paused");
  }

  @Test
  void refusesATriggerFromAPhaseItIsNotAllowedFromNamingWhereItIsAllowedFrom() {
    Rejected rejected = rejected(started().fire(Command.of(Trigger.ADOPT_PLAN, COUNCIL), day(1)));
    Reason reason = only(rejected, ReasonCode.NOT_ALLOWED_FROM_PHASE);
    assertThat(reason.code()).isEqualTo(ReasonCode.NOT_ALLOWED_FROM_PHASE);
    assertThat(reason.subject()).hasValue("start-up");
    assertThat(reason.accepted()).containsExactly("plan-and-decide");
    assertThat(rejected.codes()).containsExactly(ReasonCode.NOT_ALLOWED_FROM_PHASE);
  }

  @Test
  void refusesRevisitFromTheFirstPhaseAsNotAllowedThere() {
    Rejected rejected =
        rejected(started().fire(Command.revisit("start-up", LEAD, "Again"), day(1)));
    assertThat(only(rejected, ReasonCode.NOT_ALLOWED_FROM_PHASE).accepted())
        .containsExactly(
            "mapping", "plan-and-decide", "integrate-into-plans", "implement-and-evaluate");
  }

  @Test
  void namesEveryUnmetCriterionSeparately() {
    ProcessInstance instance = record(started(), ADMIN, "administrative-anchoring", 1);
    Rejected rejected = rejected(instance.fire(Command.of(Trigger.BEGIN_MAPPING, LEAD), day(2)));
    assertThat(rejected.codes())
        .containsExactly(ReasonCode.CRITERION_NOT_MET, ReasonCode.CRITERION_NOT_MET);
    assertThat(rejected.reasons())
        .extracting(reason -> reason.subject().orElseThrow())
        .containsExactly("political-anchoring", "process-team-appointed");
  }

  @Test
  void refusesPlanAdoptionByAnyoneButTheCouncil() {
    ProcessInstance instance = inPhase("plan-and-decide");
    Rejected rejected = rejected(instance.fire(Command.of(Trigger.ADOPT_PLAN, LEAD), day(20)));
    Reason reason = only(rejected, ReasonCode.ROLE_NOT_PERMITTED);
    assertThat(reason.code()).isEqualTo(ReasonCode.ROLE_NOT_PERMITTED);
    assertThat(reason.subject()).hasValue("process-lead");
    assertThat(reason.accepted()).containsExactly("municipal-council");
    assertThat(rejected.codes()).contains(ReasonCode.CRITERION_NOT_MET);
  }

  @Test
  void refusesRegionalSupportMovingAPhaseEvenWhenEverythingElseIsInPlace() {
    ProcessInstance instance = record(started(), ADMIN, "administrative-anchoring", 1);
    instance = record(instance, ADMIN, "political-anchoring", 2);
    instance = record(instance, ADMIN, "process-team-appointed", 3);
    Rejected rejected =
        rejected(instance.fire(Command.of(Trigger.BEGIN_MAPPING, REGIONAL), day(4)));
    assertThat(rejected.codes()).containsExactly(ReasonCode.ROLE_NOT_PERMITTED);
  }

  @Test
  void refusesRecordingACriterionByARoleThatMayNotRecordIt() {
    Rejected rejected =
        rejected(
            started()
                .fire(
                    Command.recordCriterion("plan-adopted-by-council", ADMIN, "PS 1/26"), day(1)));
    assertThat(only(rejected, ReasonCode.ROLE_NOT_PERMITTED).accepted())
        .containsExactly("municipal-council", "process-lead");
  }

  @Test
  void refusesAStaleExpectedVersionOnAMoveThatWouldOtherwiseBeAccepted() {
    ProcessInstance ready = Fixtures.inPhase(StandardProcess.MAPPING);
    ready = record(ready, RESOURCE, StandardProcess.CHALLENGE_PICTURE_DESCRIBED, 10);
    ready = record(ready, RESOURCE, StandardProcess.CITIZEN_DIALOGUE_HELD, 11);
    ready = record(ready, LEAD, StandardProcess.FOCUS_AREAS_ASSESSED, 12);
    Command planning = Command.of(Trigger.BEGIN_PLANNING, LEAD);

    Rejected rejected =
        rejected(ready.fire(planning.withExpectedVersion(ready.version() - 1), day(13)));

    assertThat(rejected.codes()).containsExactly(ReasonCode.STALE_VERSION);
    assertThat(ready.fire(planning.withExpectedVersion(ready.version()), day(13)).isAccepted())
        .isTrue();
  }

  @Test
  void refusesAStaleExpectedVersionNamingBothVersions() {
    ProcessInstance instance = record(started(), ADMIN, "administrative-anchoring", 1);
    Rejected rejected =
        rejected(
            instance.fire(
                Command.recordCriterion("political-anchoring", ADMIN).withExpectedVersion(1),
                day(2)));
    Reason reason = only(rejected, ReasonCode.STALE_VERSION);
    assertThat(reason.code()).isEqualTo(ReasonCode.STALE_VERSION);
    assertThat(reason.subject()).hasValue("1");
    assertThat(reason.accepted()).containsExactly("2");
  }

  @Test
  void acceptsACurrentExpectedVersion() {
    ProcessInstance instance = started();
    ProcessInstance next =
        accept(
            instance,
            Command.recordCriterion("political-anchoring", ADMIN).withExpectedVersion(1),
            1);
    assertThat(next.version()).isEqualTo(2);
  }

  @Test
  void refusesAnUnknownTriggerListingTheKnownOnes() {
    Rejected rejected = rejected(started().fire(Command.of("launch-rocket", LEAD), day(1)));
    Reason reason = only(rejected, ReasonCode.UNKNOWN_TRIGGER);
    assertThat(reason.code()).isEqualTo(ReasonCode.UNKNOWN_TRIGGER);
    assertThat(reason.subject()).hasValue("launch-rocket");
    assertThat(reason.accepted()).contains("begin-mapping", "record-criterion", "answer-question");
    assertThat(reason.accepted()).doesNotContain("start");
  }

  @Test
  void refusesTheStartTriggerAsACommand() {
    Rejected rejected = rejected(started().fire(Command.of(Trigger.START, LEAD), day(1)));
    assertThat(rejected.codes()).containsExactly(ReasonCode.UNKNOWN_TRIGGER);
  }

  @Test
  void requiresANoteToPauseResumeRevisitAbandonAndAnswer() {
    ProcessInstance mapping = inPhase("mapping");
    assertThat(rejected(mapping.fire(Command.of(Trigger.PAUSE, LEAD), day(20))).codes())
        .containsExactly(ReasonCode.NOTE_REQUIRED);
    assertThat(rejected(mapping.fire(Command.of(Trigger.ABANDON, ADMIN), day(20))).codes())
        .containsExactly(ReasonCode.NOTE_REQUIRED);
    assertThat(rejected(mapping.fire(Command.revisit("start-up", LEAD, " "), day(20))).codes())
        .containsExactly(ReasonCode.NOTE_REQUIRED);
    assertThat(
            rejected(mapping.fire(Command.answer("what-does-it-take", LEAD, ""), day(20))).codes())
        .containsExactly(ReasonCode.NOTE_REQUIRED);
    ProcessInstance paused = accept(mapping, Command.of(Trigger.PAUSE, LEAD).withNote("x"), 20);
    assertThat(rejected(paused.fire(Command.of(Trigger.RESUME, LEAD), day(21))).codes())
        .containsExactly(ReasonCode.NOTE_REQUIRED);
  }

  @Test
  void refusesARevisitWithoutATarget() {
    ProcessInstance mapping = inPhase("mapping");
    Rejected rejected =
        rejected(mapping.fire(Command.of(Trigger.REVISIT, LEAD).withNote("Back"), day(20)));
    Reason reason = only(rejected, ReasonCode.BAD_REVISIT_TARGET);
    assertThat(reason.code()).isEqualTo(ReasonCode.BAD_REVISIT_TARGET);
    assertThat(reason.subject()).isEmpty();
    assertThat(reason.accepted()).containsExactly("start-up");
  }

  @Test
  void refusesARevisitToAnUnknownPhaseOrToTheSameOrALaterPhase() {
    ProcessInstance planning = inPhase("plan-and-decide");
    Reason unknown =
        only(
            rejected(planning.fire(Command.revisit("nowhere", LEAD, "Back"), day(20))),
            ReasonCode.BAD_REVISIT_TARGET);
    assertThat(unknown.subject()).hasValue("nowhere");
    assertThat(unknown.accepted()).containsExactly("mapping", "start-up");
    Reason same =
        only(
            rejected(planning.fire(Command.revisit("plan-and-decide", LEAD, "Back"), day(20))),
            ReasonCode.BAD_REVISIT_TARGET);
    assertThat(same.subject()).hasValue("plan-and-decide");
    Reason later =
        only(
            rejected(
                planning.fire(Command.revisit("implement-and-evaluate", LEAD, "Fwd"), day(20))),
            ReasonCode.BAD_REVISIT_TARGET);
    assertThat(later.subject()).hasValue("implement-and-evaluate");
  }

  @Test
  void refusesRecordingAnUnknownOrMissingCriterion() {
    Reason unknown =
        only(
            rejected(started().fire(Command.recordCriterion("good-vibes", LEAD), day(1))),
            ReasonCode.UNKNOWN_CRITERION);
    assertThat(unknown.code()).isEqualTo(ReasonCode.UNKNOWN_CRITERION);
    assertThat(unknown.subject()).hasValue("good-vibes");
    assertThat(unknown.accepted()).hasSize(13).contains("evaluation-recorded");
    Reason missing =
        only(
            rejected(started().fire(Command.of(Trigger.RECORD_CRITERION, LEAD), day(1))),
            ReasonCode.UNKNOWN_CRITERION);
    assertThat(missing.subject()).isEmpty();
  }

  /** A code is echoed as it was given, never read as part of a message template. */
  @Test
  void echoesAnUnknownCodeWithAPercentSignAsItIs() {
    Reason criterion =
        only(
            rejected(started().fire(Command.recordCriterion("50%-done", LEAD), day(1))),
            ReasonCode.UNKNOWN_CRITERION);
    assertThat(criterion.message())
        .startsWith(ReasonCode.UNKNOWN_CRITERION.code() + ": ")
        .contains("\"50%-done\"");
    Reason question =
        only(
            rejected(started().fire(Command.answer("%s-%d", LEAD, "Answer"), day(1))),
            ReasonCode.UNKNOWN_QUESTION);
    assertThat(question.message())
        .startsWith(ReasonCode.UNKNOWN_QUESTION.code() + ": ")
        .contains("\"%s-%d\"");
  }

  @Test
  void refusesAnsweringAnUnknownQuestion() {
    Reason reason =
        only(
            rejected(started().fire(Command.answer("what-is-love", LEAD, "Baby"), day(1))),
            ReasonCode.UNKNOWN_QUESTION);
    assertThat(reason.code()).isEqualTo(ReasonCode.UNKNOWN_QUESTION);
    assertThat(reason.subject()).hasValue("what-is-love");
    assertThat(reason.accepted()).hasSize(20);
  }

  @Test
  void requiresTheCouncilsCaseNumberToRecordPlanAdoption() {
    Rejected rejected =
        rejected(
            started().fire(Command.recordCriterion("plan-adopted-by-council", COUNCIL), day(1)));
    Reason reason = only(rejected, ReasonCode.EVIDENCE_REQUIRED);
    assertThat(reason.code()).isEqualTo(ReasonCode.EVIDENCE_REQUIRED);
    assertThat(reason.subject()).hasValue("plan-adopted-by-council");
  }

  @Test
  void refusesResumingAnActiveProcess() {
    Rejected rejected =
        rejected(started().fire(Command.of(Trigger.RESUME, LEAD).withNote("Go"), day(1)));
    Reason reason = only(rejected, ReasonCode.NOT_PAUSED);
    assertThat(reason.code()).isEqualTo(ReasonCode.NOT_PAUSED);
    assertThat(reason.subject()).hasValue("active");
  }

  @Test
  void collectsEveryReasonNotOnlyTheFirst() {
    ProcessInstance paused = accept(started(), Command.of(Trigger.PAUSE, LEAD).withNote("x"), 1);
    Rejected rejected =
        rejected(
            paused.fire(
                Command.of(Trigger.BEGIN_PLANNING, RESOURCE).withExpectedVersion(7), day(2)));
    assertThat(rejected.codes())
        .containsExactly(
            ReasonCode.STALE_VERSION,
            ReasonCode.PROCESS_NOT_ACTIVE,
            ReasonCode.NOT_ALLOWED_FROM_PHASE,
            ReasonCode.ROLE_NOT_PERMITTED);
  }

  @Test
  void everyReasonMessageStartsWithItsCode() {
    ProcessInstance paused = accept(started(), Command.of(Trigger.PAUSE, LEAD).withNote("x"), 1);
    Rejected rejected =
        rejected(
            paused.fire(
                Command.of(Trigger.BEGIN_PLANNING, RESOURCE).withExpectedVersion(7), day(2)));
    assertThat(rejected.reasons())
        .allSatisfy(reason -> assertThat(reason.message()).startsWith(reason.code().code() + ": "));
  }

  @Test
  void refusesAClockEarlierThanTheLastEntryNamingBothTimes() {
    ProcessInstance instance = accept(started(), Command.of(Trigger.PAUSE, LEAD).withNote("x"), 5);
    Rejected rejected =
        rejected(instance.fire(Command.of(Trigger.RESUME, LEAD).withNote("y"), day(4)));
    Reason reason = only(rejected, ReasonCode.CLOCK_BEHIND);
    assertThat(reason.subject()).hasValue(day(4).instant().toString());
    assertThat(reason.accepted()).containsExactly(day(5).instant().toString());
    assertThat(rejected.instance()).isSameAs(instance);
    Rejected beforeStart =
        rejected(started().fire(Command.recordCriterion("political-anchoring", ADMIN), day(-1)));
    assertThat(only(beforeStart, ReasonCode.CLOCK_BEHIND).trigger()).isEqualTo("record-criterion");
  }

  @Test
  void refusesRecordingACriterionOfAPhaseNotYetReachedNamingItsPhase() {
    Rejected rejected =
        rejected(
            started()
                .fire(Command.recordCriterion("plan-adopted-by-council", LEAD, "2026/44"), day(1)));
    Reason reason = only(rejected, ReasonCode.PHASE_NOT_REACHED);
    assertThat(reason.subject()).hasValue("plan-adopted-by-council");
    assertThat(reason.accepted()).containsExactly("plan-and-decide");
    ProcessInstance planning = inPhase("plan-and-decide");
    accept(planning, Command.recordCriterion("plan-adopted-by-council", LEAD, "2026/44"), 60);
  }

  @Test
  void letsADefinitionAllowRecordingACriterionEarlyExplicitly() {
    ProcessDefinition standard = ProcessDefinition.standard();
    ProcessDefinition early =
        ProcessDefinition.builder()
            .from(standard)
            .id("early-adoption")
            .criteria(
                standard.criteria().stream()
                    .map(
                        criterion ->
                            criterion.code().equals("plan-adopted-by-council")
                                ? criterion.withRecordableEarly(true)
                                : criterion)
                    .toList())
            .build();
    assertThat(early.criterion("plan-adopted-by-council").isRecordableEarly()).isTrue();
    assertThat(standard.criterion("plan-adopted-by-council").isRecordableEarly()).isFalse();
    assertThat(early.digest()).isNotEqualTo(standard.digest());
    ProcessInstance instance =
        ProcessInstance.start(early, "early-1", Fixtures.VEFSN, LEAD, day(0));
    ProcessInstance recorded =
        accept(instance, Command.recordCriterion("plan-adopted-by-council", LEAD, "2026/44"), 1);
    assertThat(recorded.isMet("plan-adopted-by-council")).isTrue();
    Rejected other =
        rejected(instance.fire(Command.recordCriterion("actors-mobilised", LEAD), day(1)));
    assertThat(other.codes()).containsExactly(ReasonCode.PHASE_NOT_REACHED);
  }

  @Test
  void refusesAnsweringAQuestionOfAnotherPhaseNamingTheCurrentPhasesQuestions() {
    Rejected rejected =
        rejected(started().fire(Command.answer("who-can-help", LEAD, "The volunteers"), day(1)));
    Reason reason = only(rejected, ReasonCode.QUESTION_NOT_IN_PHASE);
    assertThat(reason.subject()).hasValue("who-can-help");
    assertThat(reason.accepted())
        .containsExactly(
            "what-do-you-think-of-the-reform",
            "what-is-useful-for-you",
            "which-structures-support-the-process",
            "which-kind-of-change");
    assertThat(rejected.codes()).containsExactly(ReasonCode.QUESTION_NOT_IN_PHASE);
  }
}
