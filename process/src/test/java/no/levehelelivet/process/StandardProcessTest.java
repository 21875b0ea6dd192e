package no.levehelelivet.process;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import no.levehelelivet.core.Language;
import no.levehelelivet.core.UnknownCodeException;
import no.levehelelivet.core.reflection.ReflectionQuestion;
import org.junit.jupiter.api.Test;

/** The standard definition carries exactly the codes of reference section 5. */
class StandardProcessTest {

  private final ProcessDefinition standard = ProcessDefinition.standard();

  @Test
  void hasTheFivePhasesInOrderStartingInStartUp() {
    assertThat(standard.phases())
        .extracting(Phase::code)
        .containsExactly(
            "start-up",
            "mapping",
            "plan-and-decide",
            "integrate-into-plans",
            "implement-and-evaluate");
    assertThat(standard.initialPhase().code()).isEqualTo("start-up");
    assertThat(standard.id()).isEqualTo("leve-hele-livet-standard");
    assertThat(standard.version()).isEqualTo(1);
  }

  @Test
  void hasTheReferenceTransitionsWithTheirCriteriaAndRoles() {
    assertThat(standard.transitionsFrom("start-up"))
        .filteredOn(t -> t.kind() == TransitionKind.MOVE)
        .singleElement()
        .satisfies(
            t -> {
              assertThat(t.trigger().code()).isEqualTo("begin-mapping");
              assertThat(t.to()).hasValue("mapping");
              assertThat(t.criteria())
                  .containsExactly(
                      "administrative-anchoring", "political-anchoring", "process-team-appointed");
              assertThat(t.roles())
                  .extracting(Role::code)
                  .containsExactly("process-lead", "administrative-leadership");
            });
    Transition adopt = move("plan-and-decide");
    assertThat(adopt.trigger().code()).isEqualTo("adopt-plan");
    assertThat(adopt.to()).hasValue("integrate-into-plans");
    assertThat(adopt.criteria())
        .containsExactly("actors-mobilised", "plan-covers-focus-areas", "plan-adopted-by-council");
    assertThat(adopt.roles()).extracting(Role::code).containsExactly("municipal-council");
    Transition planning = move("mapping");
    assertThat(planning.criteria())
        .containsExactly(
            "challenge-picture-described", "citizen-dialogue-held", "focus-areas-assessed");
    assertThat(planning.roles()).extracting(Role::code).containsExactly("process-lead");
    Transition implementation = move("integrate-into-plans");
    assertThat(implementation.trigger().code()).isEqualTo("begin-implementation");
    assertThat(implementation.criteria())
        .containsExactly(
            "linked-to-community-plan", "linked-to-economy-plan", "goal-reporting-defined");
    assertThat(implementation.roles())
        .extracting(Role::code)
        .containsExactly("administrative-leadership");
    Transition cycle = move("implement-and-evaluate");
    assertThat(cycle.trigger().code()).isEqualTo("start-new-cycle");
    assertThat(cycle.to()).hasValue("mapping");
    assertThat(cycle.criteria()).containsExactly("evaluation-recorded");
  }

  private Transition move(String from) {
    return standard.transitionsFrom(from).stream()
        .filter(t -> t.kind() == TransitionKind.MOVE)
        .findFirst()
        .orElseThrow();
  }

  @Test
  void canBeCompletedOnlyFromImplementAndEvaluate() {
    assertThat(standard.phases())
        .filteredOn(p -> standard.isCompletableFrom(p.code()))
        .extracting(Phase::code)
        .containsExactly("implement-and-evaluate");
  }

  @Test
  void namesTheSixRolesAndTheirLabels() {
    assertThat(standard.roles())
        .extracting(Role::code)
        .containsExactly(
            "process-lead",
            "administrative-leadership",
            "municipal-council",
            "resource-person",
            "regional-support",
            "council-for-older-people");
    assertThat(Role.PROCESS_LEAD.label(Language.BOKMAL)).isEqualTo("Prosessleder");
    assertThat(Role.PROCESS_LEAD.label(Language.NYNORSK)).isEqualTo("Prosessleiar");
    assertThat(Role.COUNCIL_FOR_OLDER_PEOPLE.label(Language.BOKMAL)).isEqualTo("Eldrerådet");
    assertThat(Role.standard("municipal-council")).isSameAs(Role.MUNICIPAL_COUNCIL);
    assertThatThrownBy(() -> Role.standard("mayor"))
        .isInstanceOf(UnknownCodeException.class)
        .hasMessageContaining("mayor");
  }

  @Test
  void labelsEveryPhaseCriterionAndTriggerInBokmalNynorskAndEnglish() {
    for (Phase phase : standard.phases()) {
      for (Language language : Language.values()) {
        assertThat(phase.label().isWrittenIn(language)).as(phase.code() + " " + language).isTrue();
      }
    }
    for (Criterion criterion : standard.criteria()) {
      for (Language language : Language.values()) {
        assertThat(criterion.label().isWrittenIn(language)).as(criterion.code()).isTrue();
      }
    }
    for (Trigger trigger : standard.triggers()) {
      for (Language language : Language.values()) {
        assertThat(trigger.label().isWrittenIn(language)).as(trigger.code()).isTrue();
      }
    }
    assertThat(standard.phase("plan-and-decide").label(Language.BOKMAL))
        .isEqualTo("Planlegge og beslutte");
    assertThat(standard.phase("integrate-into-plans").label(Language.ENGLISH))
        .isEqualTo("Integrate into the municipal plans");
  }

  @Test
  void attachesEveryCatalogueQuestionToAPhaseAndTheLocalPlansMilestoneToPlanAndDecide() {
    assertThat(standard.questions())
        .extracting(ReflectionQuestion::code)
        .containsExactlyInAnyOrderElementsOf(
            no.levehelelivet.core.Catalogue.leveHeleLivet().reflectionQuestions().stream()
                .map(ReflectionQuestion::code)
                .toList());
    assertThat(standard.phase("plan-and-decide").milestones())
        .extracting(m -> m.code())
        .containsExactly("local-plans-adopted");
    assertThat(standard.phase("start-up").questions())
        .extracting(ReflectionQuestion::code)
        .contains("what-do-you-think-of-the-reform");
  }

  @Test
  void requiresTheCouncilsCaseNumberOnlyForPlanAdoption() {
    assertThat(standard.criteria())
        .filteredOn(Criterion::isEvidenceRequired)
        .extracting(Criterion::code)
        .containsExactly("plan-adopted-by-council");
  }

  @Test
  void isTheSameDefinitionEveryTimeWithAStableDigest() {
    assertThat(ProcessDefinition.standard()).isSameAs(standard);
    assertThat(standard.digest().hex()).hasSize(64);
    assertThat(standard.withVersion(2).digest()).isNotEqualTo(standard.digest());
    assertThat(standard.withVersion(1)).isEqualTo(standard);
    assertThat(standard.withVersion(1).digest()).isEqualTo(standard.digest());
  }

  @Test
  void failsLookingUpAnUnknownPhaseNamingTheValidOnes() {
    assertThatThrownBy(() -> standard.phase("evaluation"))
        .isInstanceOf(UnknownCodeException.class)
        .hasMessageContaining("evaluation")
        .hasMessageContaining("implement-and-evaluate");
  }

  @Test
  void findsPhasesCriteriaAndRolesByCodeOrSaysThereIsNone() {
    ProcessDefinition standard = ProcessDefinition.standard();
    assertThat(standard.findPhase("mapping")).contains(standard.phase("mapping"));
    assertThat(standard.findCriterion("administrative-anchoring"))
        .contains(standard.criterion("administrative-anchoring"));
    assertThat(standard.findRole(Role.PROCESS_LEAD.code())).contains(Role.PROCESS_LEAD);
    assertThat(standard.findPhase("no-such-phase")).isEmpty();
    assertThat(standard.findCriterion("no-such-criterion")).isEmpty();
    assertThat(standard.findRole("no-such-role")).isEmpty();
    assertThatThrownBy(() -> standard.criterion("no-such-criterion"))
        .isInstanceOf(UnknownCodeException.class);
    assertThatThrownBy(() -> standard.role("no-such-role"))
        .isInstanceOf(UnknownCodeException.class);
  }
}
