package no.levehelelivet.examples.web;

import com.google.common.collect.ImmutableList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import no.levehelelivet.core.CoreCode;
import no.levehelelivet.core.Language;
import no.levehelelivet.examples.web.PageRoutes.Choice;
import no.levehelelivet.examples.web.ProcessView.Line;
import no.levehelelivet.process.NoRoute;
import no.levehelelivet.process.Obstacle;
import no.levehelelivet.process.ProcessDefinition;
import no.levehelelivet.process.ProcessInstance;
import no.levehelelivet.process.Role;
import no.levehelelivet.process.Route;
import no.levehelelivet.process.RouteResult;
import no.levehelelivet.process.RouteStep;
import no.levehelelivet.process.Routes;
import no.levehelelivet.process.StepKind;
import org.jspecify.annotations.Nullable;

/**
 * What is left (<i>det som står att</i>) between a process and a phase the user picks, for the
 * roles at hand: the steps the engine would accept, one after the other, with who may take each and
 * what it must carry; or why no way leads there. Planned by {@link Routes#plan}.
 *
 * @param phases the phases to choose from
 * @param target the code of the phase picked, or empty if none is
 * @param roles the definition's roles, those at hand checked
 * @param asked whether a phase was picked, so that the plan below answers it
 * @param found whether a way was found
 * @param steps the way, in order; empty if the process is in the phase already
 * @param obstacles why no way leads there, in the page's words
 * @param problem a coded problem with the question itself, such as an unknown phase
 */
record RoutePlan(
    ImmutableList<Choice> phases,
    String target,
    ImmutableList<RoleChoice> roles,
    boolean asked,
    boolean found,
    ImmutableList<StepView> steps,
    ImmutableList<String> obstacles,
    @Nullable Line problem) {

  /** A role of the definition, checked if it is one of those at hand. */
  record RoleChoice(String code, String label, boolean checked) {}

  /**
   * A step of the way.
   *
   * @param record whether it records a criterion (else it fires a trigger)
   * @param action the criterion's or the trigger's label
   * @param phase the label of the phase the process is in when the step is taken
   * @param target the label of the phase a revisit goes back to, if it is one
   * @param roles the labels of the roles that may take it
   */
  record StepView(
      boolean record,
      String action,
      String phase,
      @Nullable String target,
      String roles,
      boolean noteRequired,
      boolean evidenceRequired) {}

  /**
   * The plan for {@code instance}, to the phase {@code target} (none if blank), for the roles with
   * the codes {@code roleCodes}, or all the definition's roles if none is given.
   */
  static RoutePlan of(
      ProcessInstance instance, String target, List<String> roleCodes, Language language) {
    ProcessDefinition definition = instance.definition();
    ImmutableList<Choice> phases =
        definition.phases().stream()
            .map(phase -> new Choice(phase.code(), phase.label(language)))
            .collect(ImmutableList.toImmutableList());
    Set<Role> atHand = new LinkedHashSet<>();
    for (Role role : definition.roles()) {
      if (roleCodes.isEmpty() || roleCodes.contains(role.code())) {
        atHand.add(role);
      }
    }
    ImmutableList<RoleChoice> roles =
        definition.roles().stream()
            .map(role -> new RoleChoice(role.code(), role.label(language), atHand.contains(role)))
            .collect(ImmutableList.toImmutableList());
    if (target.isEmpty()) {
      return new RoutePlan(
          phases, "", roles, false, false, ImmutableList.of(), ImmutableList.of(), null);
    }
    if (definition.findPhase(target).isEmpty()) {
      return new RoutePlan(
          phases,
          target,
          roles,
          true,
          false,
          ImmutableList.of(),
          ImmutableList.of(),
          new Line(
              CoreCode.UNKNOWN_CODE.code(),
              WebTexts.of(language).format("process.left-unknown-phase", target)));
    }
    RouteResult result = Routes.plan(instance, target, atHand);
    if (result instanceof Route route) {
      return new RoutePlan(
          phases,
          target,
          roles,
          true,
          true,
          route.steps().stream()
              .map(step -> step(definition, step, language))
              .collect(ImmutableList.toImmutableList()),
          ImmutableList.of(),
          null);
    }
    NoRoute none = (NoRoute) result;
    return new RoutePlan(
        phases,
        target,
        roles,
        true,
        false,
        ImmutableList.of(),
        none.obstacles().stream()
            .map(obstacle -> obstacle(definition, obstacle, language))
            .collect(ImmutableList.toImmutableList()),
        null);
  }

  /** The label of the phase picked. */
  String targetLabel() {
    for (Choice phase : phases) {
      if (phase.code().equals(target)) {
        return phase.label();
      }
    }
    return target;
  }

  private static StepView step(ProcessDefinition definition, RouteStep step, Language language) {
    boolean record = step.kind() == StepKind.RECORD;
    String action =
        record
            ? DefinitionLabels.criterion(definition, step.criterion().orElse(""), language)
            : step.trigger().label(language);
    return new StepView(
        record,
        action,
        DefinitionLabels.phase(definition, step.phase(), language),
        step.target().map(code -> DefinitionLabels.phase(definition, code, language)).orElse(null),
        DefinitionLabels.roles(step.roles(), language),
        step.isNoteRequired(),
        step.isEvidenceRequired());
  }

  /** The obstacle's explanation, the codes it quotes shown by their labels. */
  private static String obstacle(
      ProcessDefinition definition, Obstacle obstacle, Language language) {
    Set<String> quoted = new LinkedHashSet<>();
    quoted.add(obstacle.subject());
    for (Role role : obstacle.roles()) {
      quoted.add(role.code());
    }
    String message =
        DefinitionLabels.labelQuoted(definition, obstacle.message(language), quoted, language);
    return message;
  }
}
