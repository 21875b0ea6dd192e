package no.levehelelivet.process;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import no.levehelelivet.core.LocalizedText;
import org.junit.jupiter.api.Test;

/** One example per definition problem, and a definition with many problems named all at once. */
class DefinitionValidationTest {

  private static final Trigger GO = Trigger.of("go", LocalizedText.of("Gå"));
  private static final Trigger FINISH = Trigger.of("finish", LocalizedText.of("Fullfør"));

  private static Phase phase(String code, boolean initial) {
    return Phase.builder().code(code).label(LocalizedText.of(code)).isInitial(initial).build();
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
    assertThat(invalid(builder).codes()).containsExactly("LHL-D-014");
  }

  @Test
  void refusesADefinitionWithNoInitialPhase() {
    ProcessDefinition.Builder builder = twoPhases();
    builder.phases(java.util.List.of(phase("a", false), phase("b", false)));
    assertThat(invalid(builder).codes()).containsExactly("LHL-D-001");
  }

  @Test
  void refusesADefinitionWithTwoInitialPhases() {
    ProcessDefinition.Builder builder = twoPhases();
    builder.phases(java.util.List.of(phase("a", true), phase("b", true)));
    InvalidDefinitionException e = invalid(builder);
    assertThat(e.codes()).containsExactly("LHL-D-002");
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
    assertThat(e.codes()).containsExactly("LHL-D-003");
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
    assertThat(e.codes()).containsExactly("LHL-D-004");
    assertThat(e.problems().get(0).subject()).isEqualTo("dead-end");
  }

  @Test
  void refusesADefinitionThatCanNeverBeCompleted() {
    ProcessDefinition.Builder builder = twoPhases();
    builder.transitions(
        java.util.List.of(Transition.move(GO, "a", "b").addRole(Role.PROCESS_LEAD).build()));
    assertThat(invalid(builder).codes()).containsExactly("LHL-D-005");
  }

  @Test
  void refusesATransitionToAnUnknownPhase() {
    ProcessDefinition.Builder builder = twoPhases();
    builder.addTransition(
        Transition.move(Trigger.of("jump", LocalizedText.of("Hopp")), "b", "nowhere")
            .addRole(Role.PROCESS_LEAD)
            .build());
    InvalidDefinitionException e = invalid(builder);
    assertThat(e.codes()).containsExactly("LHL-D-006");
    assertThat(e.problems().get(0).subject()).isEqualTo("nowhere");
  }

  @Test
  void refusesTheSameTriggerTwiceFromOnePhase() {
    ProcessDefinition.Builder builder = twoPhases();
    builder.addTransition(Transition.move(GO, "a", "a").addRole(Role.PROCESS_LEAD).build());
    assertThat(invalid(builder).codes()).containsExactly("LHL-D-007");
  }

  @Test
  void refusesADuplicatePhaseCode() {
    ProcessDefinition.Builder builder = twoPhases();
    builder.addPhase(phase("b", false));
    assertThat(invalid(builder).codes()).contains("LHL-D-008");
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
    assertThat(invalid(builder).codes()).containsExactly("LHL-D-010", "LHL-D-009");
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
        .extracting(DefinitionProblem::message)
        .containsExactly(
            "LHL-D-010: the answering roles refer to role \"administrative-leadership\", which the"
                + " definition does not list; add it to roles()",
            "LHL-D-010: the recording roles of criterion \"anchored\" refer to role"
                + " \"resource-person\", which the definition does not list; add it to roles()",
            "LHL-D-010: the roles of transition \"go\" refer to role \"municipal-council\", which"
                + " the definition does not list; add it to roles()");
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
    assertThat(invalid(builder).codes()).containsExactly("LHL-D-011", "LHL-D-011");
  }

  @Test
  void refusesATransitionNoRoleMayFire() {
    ProcessDefinition.Builder builder = twoPhases();
    builder.addTransition(Transition.move(FINISH, "b", "a").build());
    assertThat(invalid(builder).codes()).containsExactly("LHL-D-012");
  }

  @Test
  void refusesATransitionOnAReservedTrigger() {
    ProcessDefinition.Builder builder = twoPhases();
    builder.addTransition(
        Transition.move(Trigger.RECORD_CRITERION, "b", "a").addRole(Role.PROCESS_LEAD).build());
    assertThat(invalid(builder).codes()).containsExactly("LHL-D-013");
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
    assertThat(invalid(builder).codes()).containsExactly("LHL-D-015");
  }

  @Test
  void namesEveryProblemInOneExceptionNotOnlyTheFirst() {
    ProcessDefinition.Builder builder = twoPhases();
    builder
        .phases(java.util.List.of(phase("a", false), phase("b", false), phase("c", false)))
        .addTransition(Transition.move(FINISH, "a", "nowhere").build());
    InvalidDefinitionException e = invalid(builder);
    assertThat(e.codes())
        .containsExactlyInAnyOrder("LHL-D-001", "LHL-D-006", "LHL-D-012", "LHL-D-004");
    assertThat(e.getMessage())
        .contains("4 problems", "LHL-D-001", "LHL-D-006", "LHL-D-012", "LHL-D-004");
  }

  @Test
  void refusesABlankOrMalformedIdAsAProgrammingError() {
    ProcessDefinition.Builder builder = twoPhases();
    builder.id("Not A Code");
    assertThatThrownBy(builder::build)
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageStartingWith("LHL-P-900");
  }
}
