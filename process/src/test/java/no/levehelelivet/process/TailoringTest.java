package no.levehelelivet.process;

import static no.levehelelivet.process.Fixtures.ADMIN;
import static no.levehelelivet.process.Fixtures.LEAD;
import static no.levehelelivet.process.Fixtures.VEFSN;
import static no.levehelelivet.process.Fixtures.accept;
import static no.levehelelivet.process.Fixtures.day;
import static no.levehelelivet.process.Fixtures.inPhase;
import static no.levehelelivet.process.Fixtures.record;
import static no.levehelelivet.process.Fixtures.rejected;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import no.levehelelivet.core.Language;
import no.levehelelivet.core.LocalizedText;
import no.levehelelivet.core.Source;
import no.levehelelivet.core.UnknownCodeException;
import no.levehelelivet.core.reflection.QuestionTopic;
import no.levehelelivet.core.reflection.ReflectionQuestion;
import org.junit.jupiter.api.Test;

/** A municipality derives its own definition; the standard one never changes. */
class TailoringTest {

  private static final ProcessDefinition STANDARD = ProcessDefinition.standard();
  private static final Trigger PANEL_DONE =
      Trigger.of(
          "panel-done", LocalizedText.of("Panelet er ferdig", "Panelet er ferdig", "Panel done"));
  private static final Role ELDER_OMBUD =
      Role.of(
          "elder-ombud",
          LocalizedText.of("Eldreombud", "Eldreombod", "Ombudsman for older people"));

  static ProcessDefinition vefsn() {
    return STANDARD
        .tailor("vefsn-leve-hele-livet", 1)
        .name(LocalizedText.of("Leve hele livet i Vefsn"))
        .addPhase(
            Phase.of(
                "citizen-panel",
                LocalizedText.of("Innbyggerpanel", "Innbyggjarpanel", "Citizen panel")),
            "mapping")
        .redirect("begin-planning", "citizen-panel")
        .addTransition(
            Transition.move(PANEL_DONE, "citizen-panel", "plan-and-decide")
                .addRole(Role.PROCESS_LEAD)
                .build())
        .renamePhase("start-up", LocalizedText.of("Kick-off", "Kick-off", "Kick-off"))
        .addCriterion(
            Criterion.of(
                "elder-council-consulted",
                LocalizedText.of(
                    "Eldrerådet rådført",
                    "Eldrerådet rådspurt",
                    "Council for older people consulted"),
                Role.COUNCIL_FOR_OLDER_PEOPLE),
            "adopt-plan")
        .addQuestion(
            "mapping",
            ReflectionQuestion.builder()
                .code("what-about-mosjoen")
                .topic(QuestionTopic.TASK_AND_REFLECTION)
                .text(LocalizedText.of("Hva med Mosjøen sentrum?", "What about central Mosjøen?"))
                .usedIn(Source.of("Vefsn kommune, prosessteamet"))
                .build())
        .permit("begin-mapping", Role.ADMINISTRATIVE_LEADERSHIP)
        .permit("abandon", Role.MUNICIPAL_COUNCIL, ELDER_OMBUD)
        .targetDate("plan-and-decide", LocalDate.of(2026, 12, 31))
        .build();
  }

  @Test
  void givesANewValidatedDefinitionWithItsOwnIdVersionAndOrigin() {
    ProcessDefinition vefsn = vefsn();
    assertThat(vefsn.id()).isEqualTo("vefsn-leve-hele-livet");
    assertThat(vefsn.version()).isEqualTo(1);
    assertThat(vefsn.basedOn()).hasValue("leve-hele-livet-standard@1");
    assertThat(vefsn.digest()).isNotEqualTo(STANDARD.digest());
    assertThat(vefsn.phases())
        .extracting(Phase::code)
        .containsExactly(
            "start-up",
            "mapping",
            "citizen-panel",
            "plan-and-decide",
            "integrate-into-plans",
            "implement-and-evaluate");
  }

  @Test
  void neverChangesTheStandardDefinition() {
    byte[] before = DefinitionEncoding.encode(STANDARD);
    vefsn();
    assertThat(DefinitionEncoding.encode(ProcessDefinition.standard())).isEqualTo(before);
    assertThat(STANDARD.phases()).hasSize(5);
    assertThat(STANDARD.phase("start-up").label(Language.BOKMAL)).isEqualTo("Oppstart");
  }

  @Test
  void runsThroughTheAddedPhase() {
    ProcessDefinition vefsn = vefsn();
    ProcessInstance instance = ProcessInstance.start(vefsn, "v-1", VEFSN, ADMIN, day(0));
    instance = record(instance, ADMIN, "administrative-anchoring", 1);
    instance = record(instance, ADMIN, "political-anchoring", 2);
    instance = record(instance, LEAD, "process-team-appointed", 3);
    assertThat(rejected(instance.fire(Command.of(Trigger.BEGIN_MAPPING, LEAD), day(4))).codes())
        .containsExactly(ReasonCode.ROLE_NOT_PERMITTED);
    instance = accept(instance, Command.of(Trigger.BEGIN_MAPPING, ADMIN), 4);
    instance = record(instance, LEAD, "challenge-picture-described", 5);
    instance = record(instance, LEAD, "citizen-dialogue-held", 6);
    instance = record(instance, LEAD, "focus-areas-assessed", 7);
    instance = accept(instance, Command.of(Trigger.BEGIN_PLANNING, LEAD), 8);
    assertThat(instance.phase()).isEqualTo("citizen-panel");
    instance = accept(instance, Command.of(PANEL_DONE, LEAD), 9);
    assertThat(instance.phase()).isEqualTo("plan-and-decide");
    assertThat(instance.currentPhase().targetDate()).hasValue(LocalDate.of(2026, 12, 31));
  }

  @Test
  void guardsTheAdoptionWithTheAddedCriterionRecordedByTheCouncilForOlderPeople() {
    ProcessDefinition vefsn = vefsn();
    assertThat(vefsn.transitionsFrom("plan-and-decide").get(0).criteria())
        .endsWith("elder-council-consulted");
    assertThat(vefsn.criterion("elder-council-consulted").recordedBy())
        .containsExactly(Role.COUNCIL_FOR_OLDER_PEOPLE);
  }

  @Test
  void renamesAPhaseAndKeepsItsCode() {
    assertThat(vefsn().phase("start-up").label(Language.ENGLISH)).isEqualTo("Kick-off");
  }

  @Test
  void addsOwnQuestionsAndRoles() {
    ProcessDefinition vefsn = vefsn();
    assertThat(vefsn.phase("mapping").questions())
        .extracting(ReflectionQuestion::code)
        .endsWith("what-about-mosjoen");
    assertThat(vefsn.roles()).extracting(Role::code).endsWith("elder-ombud");
    assertThat(
            vefsn.transitionsFrom("mapping").stream()
                .filter(t -> t.trigger().equals(Trigger.ABANDON))
                .findFirst()
                .orElseThrow()
                .roles())
        .containsExactly(Role.MUNICIPAL_COUNCIL, ELDER_OMBUD);
  }

  @Test
  void revisitsTheAddedPhaseFromALaterOne() {
    ProcessDefinition vefsn = vefsn();
    assertThat(vefsn.isEarlier("citizen-panel", "plan-and-decide")).isTrue();
  }

  @Test
  void everyTailoredDefinitionHasAllItsTransitionsFiredByItsCoveragePaths() {
    ProcessDefinition withoutRevisits =
        STANDARD.tailor("no-way-back", 1).removeTransitions("revisit").build();
    ProcessDefinition councilBegins =
        STANDARD
            .tailor("council-begins", 1)
            .permit("begin-mapping", Role.MUNICIPAL_COUNCIL)
            .addCriterion(
                Criterion.of(
                    "elder-council-heard",
                    LocalizedText.of("Eldrerådet hørt", "Eldrerådet høyrt", "Elder council heard"),
                    ELDER_OMBUD),
                "begin-mapping",
                "complete")
            .build();
    for (ProcessDefinition tailored : java.util.List.of(vefsn(), withoutRevisits, councilBegins)) {
      TransitionCoverage coverage = TransitionCoverage.of(tailored);

      assertThat(coverage.uncovered()).as(tailored.id()).isEmpty();
      assertThat(TransitionCoverageTest.fired(tailored, coverage))
          .as(tailored.id())
          .isEqualTo(TransitionCoverageTest.named(coverage.edges()));
    }
  }

  @Test
  void coversTheAddedPhaseAndItsTransition() {
    TransitionCoverage coverage = TransitionCoverage.of(vefsn());

    // six phases: 6 moves (panel-done among them), 1 + 2 + 3 + 4 + 5 revisits, 6 pauses, 6
    // resumes, 1 completion and 6 abandonments
    assertThat(coverage.edges()).hasSize(6 + 15 + 6 + 6 + 1 + 6);
    assertThat(coverage.edges())
        .extracting(TransitionEdge::toString)
        .contains(
            "begin-planning from mapping to citizen-panel",
            "panel-done from citizen-panel to plan-and-decide",
            "revisit from plan-and-decide to citizen-panel",
            "abandon from citizen-panel");
    // the council for older people records its consultation before the plan is adopted
    assertThat(coverage.paths())
        .anySatisfy(
            path ->
                assertThat(path)
                    .anySatisfy(
                        step -> {
                          assertThat(step.criterion()).hasValue("elder-council-consulted");
                          assertThat(step.roles()).containsExactly(Role.COUNCIL_FOR_OLDER_PEOPLE);
                        }));
  }

  @Test
  void refusesATailoringThatBreaksTheDefinitionNamingEveryProblem() {
    Tailoring broken =
        STANDARD
            .tailor("broken", 1)
            // after the last phase: nothing moves there, and a revisit only goes back
            .addPhase(Phase.of("limbo", LocalizedText.of("Limbo")), "implement-and-evaluate")
            .removeTransitions("complete");
    assertThatThrownBy(broken::build)
        .isInstanceOf(InvalidDefinitionException.class)
        .satisfies(
            e ->
                assertThat(((InvalidDefinitionException) e).codes())
                    .containsExactly(
                        DefinitionCode.UNREACHABLE_PHASE, DefinitionCode.NO_COMPLETION));
  }

  @Test
  void failsAtOnceOnAnUnknownPhaseOrTrigger() {
    assertThatThrownBy(() -> STANDARD.tailor("x", 1).renamePhase("nope", LocalizedText.of("N")))
        .isInstanceOf(UnknownCodeException.class);
    assertThatThrownBy(() -> STANDARD.tailor("x", 1).permit("nope", Role.PROCESS_LEAD))
        .isInstanceOf(UnknownCodeException.class);
  }

  @Test
  void isUsedByInstancesInProgressOnlyThroughReplayWithAMigration() {
    ProcessInstance onStandard = inPhase("mapping");
    ReplayResult refused = ProcessInstance.replay(vefsn(), onStandard.journal());
    assertThat(((ReplayFailure) refused).code()).isEqualTo(ReplayCode.DEFINITION_MISMATCH);
    ReplayResult migrated =
        ProcessInstance.replay(
            vefsn(), onStandard.journal(), DefinitionMigration.of(STANDARD.digest()));
    assertThat(migrated.isReplayed()).isFalse();
    assertThat(((ReplayFailure) migrated).code()).isEqualTo(ReplayCode.ENTRY_REJECTED);
  }
}
