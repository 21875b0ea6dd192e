package no.levehelelivet.process;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import no.levehelelivet.core.ArgumentCode;
import no.levehelelivet.core.InvalidValueException;
import no.levehelelivet.core.Language;
import no.levehelelivet.core.LocalizedText;
import org.junit.jupiter.api.Test;

/** One example per definition problem, and a definition with many problems named all at once. */
class DefinitionValidationTest {

  private static final Trigger GO = Trigger.of("go", LocalizedText.of("Gå"));
  private static final Trigger FINISH = Trigger.of("finish", LocalizedText.of("Fullfør"));

  private static Phase phase(String code, boolean initial) {
    return Phase.builder().code(code).label(LocalizedText.of(code)).initial(initial).build();
  }

  private static Transition complete(String from) {
    return Transition.builder()
        .trigger(Trigger.COMPLETE)
        .kind(TransitionKind.COMPLETE)
        .addFromPhase(from)
        .addRole(Role.PROCESS_LEAD)
        .build();
  }

  private static ProcessDefinition.Builder twoPhases() {
    ProcessDefinition.Builder builder = ProcessDefinition.builder();
    builder
        .id("two-phases")
        .version(1)
        .name(LocalizedText.of("To faser"))
        .addPhases(phase("a", true), phase("b", false))
        .addTransition(Transition.move(GO, "a", "b").addRole(Role.PROCESS_LEAD).build())
        .addTransition(complete("b"))
        .addRole(Role.PROCESS_LEAD);
    return builder;
  }

  private static InvalidDefinitionException invalid(ProcessDefinition.Builder builder) {
    try {
      builder.build();
    } catch (InvalidDefinitionException e) {
      return e;
    }
    throw new AssertionError("the definition was accepted");
  }

  @Test
  void acceptsAWellFormedDefinition() {
    ProcessDefinition definition = twoPhases().build();
    assertThat(definition.phases()).hasSize(2);
  }

  @Test
  void refusesADefinitionWithoutPhases() {
    ProcessDefinition.Builder builder = ProcessDefinition.builder();
    builder.id("empty").version(1).name(LocalizedText.of("Tom"));
    assertThat(invalid(builder).codes()).containsExactly(DefinitionCode.NO_PHASES);
  }

  @Test
  void refusesADefinitionWithNoInitialPhase() {
    ProcessDefinition.Builder builder = twoPhases();
    builder.phases(java.util.List.of(phase("a", false), phase("b", false)));
    assertThat(invalid(builder).codes()).containsExactly(DefinitionCode.NO_INITIAL_PHASE);
  }

  @Test
  void refusesADefinitionWithTwoInitialPhases() {
    ProcessDefinition.Builder builder = twoPhases();
    builder.phases(java.util.List.of(phase("a", true), phase("b", true)));
    InvalidDefinitionException e = invalid(builder);
    assertThat(e.codes()).containsExactly(DefinitionCode.SEVERAL_INITIAL_PHASES);
    assertThat(e.getMessage()).contains("\"a\"", "\"b\"");
  }

  @Test
  void refusesAnUnreachablePhaseNamingIt() {
    ProcessDefinition.Builder builder = twoPhases();
    builder
        .addPhase(phase("island", false))
        .addTransition(
            Transition.move(Trigger.of("leave-island", LocalizedText.of("Dra")), "island", "b")
                .addRole(Role.PROCESS_LEAD)
                .build());
    InvalidDefinitionException e = invalid(builder);
    assertThat(e.codes()).containsExactly(DefinitionCode.UNREACHABLE_PHASE);
    assertThat(e.problems().get(0).subject()).isEqualTo("island");
  }

  @Test
  void refusesAPhaseFromWhichTheProcessCanNeverBeCompleted() {
    ProcessDefinition.Builder builder = twoPhases();
    builder
        .addPhase(phase("dead-end", false))
        .addTransition(
            Transition.move(Trigger.of("detour", LocalizedText.of("Omvei")), "a", "dead-end")
                .addRole(Role.PROCESS_LEAD)
                .build());
    InvalidDefinitionException e = invalid(builder);
    assertThat(e.codes()).containsExactly(DefinitionCode.NO_PATH_TO_COMPLETION);
    assertThat(e.problems().get(0).subject()).isEqualTo("dead-end");
  }

  @Test
  void refusesADefinitionThatCanNeverBeCompleted() {
    ProcessDefinition.Builder builder = twoPhases();
    builder.transitions(
        java.util.List.of(Transition.move(GO, "a", "b").addRole(Role.PROCESS_LEAD).build()));
    assertThat(invalid(builder).codes()).containsExactly(DefinitionCode.NO_COMPLETION);
  }

  @Test
  void refusesATransitionToAnUnknownPhase() {
    ProcessDefinition.Builder builder = twoPhases();
    builder.addTransition(
        Transition.move(Trigger.of("jump", LocalizedText.of("Hopp")), "b", "nowhere")
            .addRole(Role.PROCESS_LEAD)
            .build());
    InvalidDefinitionException e = invalid(builder);
    assertThat(e.codes()).containsExactly(DefinitionCode.UNKNOWN_PHASE);
    assertThat(e.problems().get(0).subject()).isEqualTo("nowhere");
  }

  @Test
  void refusesTheSameTriggerTwiceFromOnePhase() {
    ProcessDefinition.Builder builder = twoPhases();
    builder.addTransition(Transition.move(GO, "a", "a").addRole(Role.PROCESS_LEAD).build());
    assertThat(invalid(builder).codes()).containsExactly(DefinitionCode.DUPLICATE_TRIGGER);
  }

  @Test
  void refusesADuplicatePhaseCode() {
    ProcessDefinition.Builder builder = twoPhases();
    builder.addPhase(phase("b", false));
    assertThat(invalid(builder).codes()).contains(DefinitionCode.DUPLICATE_CODE);
  }

  @Test
  void refusesAnUnknownCriterionAndAnUnknownRole() {
    ProcessDefinition.Builder builder = twoPhases();
    builder.transitions(
        java.util.List.of(
            Transition.move(GO, "a", "b")
                .addRole(Role.MUNICIPAL_COUNCIL)
                .addCriteria("ghost")
                .build(),
            complete("b")));
    assertThat(invalid(builder).codes())
        .containsExactly(DefinitionCode.UNKNOWN_ROLE, DefinitionCode.UNKNOWN_CRITERION);
  }

  @Test
  void namesWhereAnUnlistedRoleIsReferredTo() {
    ProcessDefinition.Builder builder = twoPhases();
    builder
        .transitions(
            java.util.List.of(
                Transition.move(GO, "a", "b").addRole(Role.MUNICIPAL_COUNCIL).build(),
                complete("b")))
        .addCriterion(
            Criterion.builder()
                .code("anchored")
                .label(LocalizedText.of("Forankret"))
                .addRecordedBy(Role.RESOURCE_PERSON)
                .build())
        .addAnsweringRoles(Role.ADMINISTRATIVE_LEADERSHIP);
    assertThat(invalid(builder).problems())
        .extracting(DefinitionProblem::code, DefinitionProblem::subject)
        .containsExactly(
            tuple(DefinitionCode.UNKNOWN_ROLE, "administrative-leadership"),
            tuple(DefinitionCode.UNKNOWN_ROLE, "resource-person"),
            tuple(DefinitionCode.UNKNOWN_ROLE, "municipal-council"));
  }

  @Test
  void refusesATransitionWhoseShapeDoesNotFitItsKind() {
    ProcessDefinition.Builder builder = twoPhases();
    builder.addTransition(
        Transition.builder()
            .trigger(FINISH)
            .kind(TransitionKind.PAUSE)
            .addFromPhase("a")
            .to("b")
            .addRole(Role.PROCESS_LEAD)
            .build());
    builder.addTransition(
        Transition.builder()
            .trigger(Trigger.of("stray", LocalizedText.of("Vill")))
            .addRole(Role.PROCESS_LEAD)
            .to("b")
            .build());
    assertThat(invalid(builder).codes())
        .containsExactly(
            DefinitionCode.SHAPE_DOES_NOT_FIT_KIND, DefinitionCode.SHAPE_DOES_NOT_FIT_KIND);
  }

  @Test
  void refusesATransitionNoRoleMayFire() {
    ProcessDefinition.Builder builder = twoPhases();
    builder.addTransition(Transition.move(FINISH, "b", "a").build());
    assertThat(invalid(builder).codes()).containsExactly(DefinitionCode.NO_PERMITTED_ROLE);
  }

  @Test
  void refusesATransitionOnAReservedTrigger() {
    ProcessDefinition.Builder builder = twoPhases();
    builder.addTransition(
        Transition.move(Trigger.RECORD_CRITERION, "b", "a").addRole(Role.PROCESS_LEAD).build());
    assertThat(invalid(builder).codes()).containsExactly(DefinitionCode.RESERVED_TRIGGER);
  }

  @Test
  void refusesOneTriggerUsedForTwoKinds() {
    ProcessDefinition.Builder builder = twoPhases();
    builder.addTransition(
        Transition.builder()
            .trigger(GO)
            .kind(TransitionKind.PAUSE)
            .addFromPhase("b")
            .addRole(Role.PROCESS_LEAD)
            .build());
    assertThat(invalid(builder).codes()).containsExactly(DefinitionCode.MIXED_TRIGGER_KINDS);
  }

  @Test
  void namesEveryProblemInOneExceptionNotOnlyTheFirst() {
    ProcessDefinition.Builder builder = twoPhases();
    builder
        .phases(java.util.List.of(phase("a", false), phase("b", false), phase("c", false)))
        .addTransition(Transition.move(FINISH, "a", "nowhere").build());
    InvalidDefinitionException e = invalid(builder);
    assertThat(e.codes())
        .containsExactlyInAnyOrder(
            DefinitionCode.NO_INITIAL_PHASE,
            DefinitionCode.UNKNOWN_PHASE,
            DefinitionCode.NO_PERMITTED_ROLE,
            DefinitionCode.NO_PATH_TO_COMPLETION);
    assertThat(e.code()).isEqualTo(e.problems().get(0).code());
    assertThat(e.problems())
        .allSatisfy(problem -> assertThat(e.getMessage()).containsOnlyOnce(problem.message()));
    assertThat(e.getMessage()).startsWith(e.code().code() + ": ");
  }

  @Test
  void refusesABlankOrMalformedIdAsAProgrammingError() {
    ProcessDefinition.Builder builder = twoPhases();
    builder.id("Not A Code");
    assertThatThrownBy(builder::build)
        .isInstanceOfSatisfying(
            InvalidValueException.class,
            e -> {
              assertThat(e.code()).isEqualTo(ArgumentCode.INVALID_VALUE);
              assertThat(e.field()).isEqualTo("definition id");
              assertThat(e.value()).contains("Not A Code");
            });
  }

  @Test
  void refusesADuplicateRoleACriterionTwiceAndACriterionNoRoleMayRecord() {
    Criterion anchored =
        Criterion.builder()
            .code("anchored")
            .label(LocalizedText.of("Forankret"))
            .addRecordedBy(Role.PROCESS_LEAD)
            .build();
    ProcessDefinition.Builder builder = twoPhases();
    builder
        .addRole(Role.PROCESS_LEAD)
        .addCriteria(anchored, anchored.withRecordedBy())
        .addCriterion(
            Criterion.builder().code("orphan").label(LocalizedText.of("Foreldreløs")).build());

    assertThat(invalid(builder).problems())
        .extracting(DefinitionProblem::code, DefinitionProblem::subject)
        .containsExactly(
            tuple(DefinitionCode.DUPLICATE_CODE, "process-lead"),
            tuple(DefinitionCode.DUPLICATE_CODE, "anchored"),
            tuple(DefinitionCode.NO_PERMITTED_ROLE, "anchored"),
            tuple(DefinitionCode.NO_PERMITTED_ROLE, "orphan"));
  }

  @Test
  void refusesAQuestionAttachedTwiceToOnePhase() {
    ProcessDefinition standard = ProcessDefinition.standard();
    Phase first = standard.phases().get(0);
    java.util.List<Phase> phases = new java.util.ArrayList<>(standard.phases());
    phases.set(
        0,
        first.withQuestions(java.util.List.of(first.questions().get(0), first.questions().get(0))));
    ProcessDefinition.Builder builder = ProcessDefinition.builder().from(standard).phases(phases);

    assertThat(invalid(builder).problems())
        .extracting(DefinitionProblem::code, DefinitionProblem::subject)
        .containsExactly(tuple(DefinitionCode.DUPLICATE_CODE, first.questions().get(0).code()));
  }

  @Test
  void refusesATransitionFromAnUnknownPhaseAndOneResettingAnUnknownCriterion() {
    ProcessDefinition.Builder builder = twoPhases();
    builder.transitions(
        java.util.List.of(
            Transition.move(GO, "a", "b")
                .addRole(Role.PROCESS_LEAD)
                .addResetsCriterion("forgotten")
                .build(),
            complete("b"),
            Transition.builder()
                .trigger(Trigger.PAUSE)
                .kind(TransitionKind.PAUSE)
                .addFromPhase("nowhere")
                .addRole(Role.PROCESS_LEAD)
                .build()));

    assertThat(invalid(builder).problems())
        .extracting(DefinitionProblem::code, DefinitionProblem::subject)
        .containsExactly(
            tuple(DefinitionCode.UNKNOWN_CRITERION, "forgotten"),
            tuple(DefinitionCode.UNKNOWN_PHASE, "nowhere"));
  }

  @Test
  void namesTheAnsweringRolesAsWhereAnUnlistedRoleIsReferredTo() {
    ProcessDefinition.Builder builder = twoPhases();
    builder.addAnsweringRoles(Role.REGIONAL_SUPPORT);

    assertThat(invalid(builder).problems())
        .singleElement()
        .satisfies(
            problem -> {
              assertThat(problem.code()).isEqualTo(DefinitionCode.UNKNOWN_ROLE);
              assertThat(problem.message()).contains("the answering roles refer to");
            });
  }

  @Test
  void explainsEachProblemInNorwegianOneALineWithItsCode() {
    ProcessDefinition.Builder builder = twoPhases();
    builder.addAnsweringRoles(Role.REGIONAL_SUPPORT, Role.RESOURCE_PERSON);
    InvalidDefinitionException e = invalid(builder);

    String bokmal = e.message(Language.BOKMAL);
    String english = e.message(Language.ENGLISH);

    assertThat(english).isEqualTo(e.getMessage()).contains("has 2 problems)");
    assertThat(bokmal.split("\n  "))
        .hasSize(2)
        .allSatisfy(line -> assertThat(line).startsWith(DefinitionCode.UNKNOWN_ROLE.code() + ": "))
        .containsExactly(
            e.problems().get(0).message(Language.BOKMAL),
            e.problems().get(1).message(Language.BOKMAL));
    assertThat(bokmal).doesNotContain(e.problems().get(0).message());
    assertThat(e.problems().get(0)).hasToString(e.problems().get(0).message());
  }
}
