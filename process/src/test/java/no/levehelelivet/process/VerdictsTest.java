package no.levehelelivet.process;

import static no.levehelelivet.process.Fixtures.ADMIN;
import static no.levehelelivet.process.Fixtures.ELDERS;
import static no.levehelelivet.process.Fixtures.LEAD;
import static no.levehelelivet.process.Fixtures.REGIONAL;
import static no.levehelelivet.process.Fixtures.RESOURCE;
import static no.levehelelivet.process.Fixtures.inPhase;
import static no.levehelelivet.process.Fixtures.started;
import static org.assertj.core.api.Assertions.assertThat;

import com.google.common.collect.ImmutableList;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** Asking before acting: every trigger with its verdict, nothing fired. */
class VerdictsTest {

  private static Function<String, Verdict> byTrigger(ImmutableList<Verdict> verdicts) {
    Map<String, Verdict> map =
        verdicts.stream().collect(Collectors.toMap(v -> v.trigger().code(), v -> v));
    return code -> Objects.requireNonNull(map.get(code), code);
  }

  @Test
  void listsEveryTriggerOfTheDefinitionInOrder() {
    assertThat(started().verdicts(LEAD))
        .extracting(v -> v.trigger().code())
        .containsExactly(
            "begin-mapping",
            "begin-planning",
            "adopt-plan",
            "begin-implementation",
            "start-new-cycle",
            "revisit",
            "pause",
            "resume",
            "complete",
            "abandon",
            "record-criterion",
            "answer-question");
  }

  @Test
  void explainsWhyBeginMappingIsDisabledAndEnablesPauseForTheProcessLead() {
    Function<String, Verdict> verdicts = byTrigger(started().verdicts(LEAD));
    assertThat(verdicts.apply("begin-mapping").isAllowed()).isFalse();
    assertThat(verdicts.apply("begin-mapping").reasons())
        .extracting(r -> r.subject().orElseThrow())
        .containsExactly(
            "administrative-anchoring", "political-anchoring", "process-team-appointed");
    assertThat(verdicts.apply("pause").isAllowed()).isTrue();
    assertThat(verdicts.apply("resume").reasons())
        .extracting(r -> r.code())
        .containsExactly(ReasonCode.NOT_PAUSED);
    assertThat(verdicts.apply("abandon").reasons())
        .extracting(r -> r.code())
        .containsExactly(ReasonCode.ROLE_NOT_PERMITTED);
  }

  @Test
  void offersTheEarlierPhasesForARevisit() {
    Verdict revisit = byTrigger(inPhase("plan-and-decide").verdicts(LEAD)).apply("revisit");
    assertThat(revisit.isAllowed()).isTrue();
    assertThat(revisit.options()).containsExactly("mapping", "start-up");
  }

  @Test
  void offersTheCriteriaTheActorMayStillRecord() {
    Verdict record = byTrigger(started().verdicts(ADMIN)).apply("record-criterion");
    assertThat(record.isAllowed()).isTrue();
    assertThat(record.options())
        .contains("administrative-anchoring")
        .doesNotContain("plan-adopted-by-council");
  }

  @Test
  void letsRegionalSupportAnswerQuestionsButNeverMoveOrRecord() {
    Function<String, Verdict> verdicts = byTrigger(inPhase("mapping").verdicts(REGIONAL));
    assertThat(verdicts.apply("answer-question").isAllowed()).isTrue();
    assertThat(verdicts.apply("answer-question").options())
        .containsExactly(
            "what-does-it-take",
            "insight-into-challenge-picture",
            "what-more-insight-is-needed",
            "how-to-gain-insight-into-what-must-change",
            "which-behaviours-are-challenged",
            "what-do-older-consumers-want");
    assertThat(
            started().verdicts(REGIONAL).stream()
                .filter(Verdict::isAllowed)
                .map(v -> v.trigger().code()))
        .containsExactly("answer-question");
  }

  @Test
  void letsTheCouncilForOlderPeopleAnswerQuestions() {
    assertThat(byTrigger(started().verdicts(ELDERS)).apply("answer-question").isAllowed()).isTrue();
  }

  @Test
  void offersNoCriterionOfAPhaseNotYetReached() {
    Verdict record = byTrigger(started().verdicts(LEAD)).apply("record-criterion");
    assertThat(record.options())
        .containsExactly(
            "administrative-anchoring", "political-anchoring", "process-team-appointed");
    Verdict inPlanning =
        byTrigger(inPhase("plan-and-decide").verdicts(LEAD)).apply("record-criterion");
    assertThat(inPlanning.options())
        .containsExactly("actors-mobilised", "plan-covers-focus-areas", "plan-adopted-by-council");
  }

  @Test
  void refusesRecordingToARoleWhoseCriteriaAllWaitForALaterPhase() {
    Verdict resource = byTrigger(started().verdicts(RESOURCE)).apply("record-criterion");
    assertThat(resource.isAllowed()).isFalse();
    assertThat(resource.options()).isEmpty();
    assertThat(resource.reasons())
        .extracting(Reason::code)
        .containsExactly(ReasonCode.PHASE_NOT_REACHED);
    assertThat(resource.reasons().get(0).accepted()).containsExactly("mapping");
    assertThat(byTrigger(inPhase("mapping").verdicts(RESOURCE)).apply("record-criterion").options())
        .containsExactly(
            "challenge-picture-described", "citizen-dialogue-held", "focus-areas-assessed");
  }

  @Test
  void agreesWithFiringForEveryTriggerOfAFreshProcess() {
    ProcessInstance instance = started();
    for (Verdict verdict : instance.verdicts(LEAD)) {
      Command command =
          Command.builder()
              .trigger(verdict.trigger().code())
              .actor(LEAD)
              .note("because")
              .addEvidence("2026/1")
              .criterion("process-team-appointed")
              .question("what-is-useful-for-you")
              .build();
      Outcome outcome = instance.fire(command, Fixtures.day(1));
      assertThat(outcome.isAccepted()).as(verdict.trigger().code()).isEqualTo(verdict.isAllowed());
      assertThat(outcome.reasons()).containsAll(verdict.reasons());
    }
  }
}
