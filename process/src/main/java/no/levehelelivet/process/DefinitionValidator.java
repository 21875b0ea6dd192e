package no.levehelelivet.process;

import static no.levehelelivet.process.internal.ProcessMessages.format;

import com.google.common.collect.ImmutableList;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import no.levehelelivet.core.reflection.ReflectionQuestion;
import no.levehelelivet.process.internal.ProcessMessages;

/** Finds every problem of a process definition; see {@link DefinitionCode} for the codes. */
final class DefinitionValidator {

  private final ProcessDefinition definition;
  private final List<DefinitionProblem> problems = new ArrayList<>();
  private final Map<String, Integer> phaseIndex = new LinkedHashMap<>();

  private DefinitionValidator(ProcessDefinition definition) {
    this.definition = definition;
  }

  static ImmutableList<DefinitionProblem> problems(ProcessDefinition definition) {
    DefinitionValidator validator = new DefinitionValidator(definition);
    validator.validate();
    return ImmutableList.copyOf(validator.problems);
  }

  private void problem(DefinitionCode code, String subject, String template, Object... arguments) {
    problems.add(DefinitionProblem.of(code, subject, format(code, template, arguments)));
  }

  private void validate() {
    List<Phase> phases = definition.phases();
    if (phases.isEmpty()) {
      problem(
          DefinitionCode.NO_PHASES,
          definition.id(),
          "the definition has no phases; add at least one");
    }
    for (int i = 0; i < phases.size(); i++) {
      if (phaseIndex.putIfAbsent(phases.get(i).code(), i) != null) {
        problem(
            DefinitionCode.DUPLICATE_CODE,
            phases.get(i).code(),
            "phase code \"%s\" is used twice",
            phases.get(i).code());
      }
    }
    checkInitial(phases);
    Set<String> roles = checkRoles();
    Set<String> criteria = checkCriteria(roles);
    checkQuestions(phases);
    checkTransitions(roles, criteria);
    problems.addAll(
        PhaseGraph.of(definition.transitions(), phases, phaseIndex).problems(definition));
  }

  private void checkInitial(List<Phase> phases) {
    List<String> initial = new ArrayList<>();
    for (Phase phase : phases) {
      if (phase.isInitial()) {
        initial.add(phase.code());
      }
    }
    if (initial.isEmpty() && !phases.isEmpty()) {
      problem(
          DefinitionCode.NO_INITIAL_PHASE,
          definition.id(),
          "no phase is marked initial; mark exactly one phase as the one the process starts in");
    } else if (initial.size() > 1) {
      problem(
          DefinitionCode.SEVERAL_INITIAL_PHASES,
          initial.get(1),
          "more than one phase is marked initial (%s); keep exactly one",
          ProcessMessages.list(initial));
    }
  }

  private Set<String> checkRoles() {
    Set<String> roles = new HashSet<>();
    for (Role role : definition.roles()) {
      if (!roles.add(role.code())) {
        problem(
            DefinitionCode.DUPLICATE_CODE,
            role.code(),
            "role code \"%s\" is used twice",
            role.code());
      }
    }
    for (Role role : definition.answeringRoles()) {
      requireRole(roles, role, "the answering roles", "");
    }
    return roles;
  }

  /**
   * Requires a role to be listed; {@code where} names the referring part and {@code owner}, unless
   * empty, the criterion or transition it belongs to. The message is built only for a problem, as
   * validation runs on every build of a definition.
   */
  private void requireRole(Set<String> roles, Role role, String where, String owner) {
    if (!roles.contains(role.code())) {
      problem(
          DefinitionCode.UNKNOWN_ROLE,
          role.code(),
          "%s refer to role \"%s\", which the definition does not list; add it to roles()",
          owner.isEmpty() ? where : where + " \"" + owner + "\"",
          role.code());
    }
  }

  private Set<String> checkCriteria(Set<String> roles) {
    Set<String> criteria = new HashSet<>();
    for (Criterion criterion : definition.criteria()) {
      if (!criteria.add(criterion.code())) {
        problem(
            DefinitionCode.DUPLICATE_CODE,
            criterion.code(),
            "criterion code \"%s\" is used twice",
            criterion.code());
      }
      if (criterion.recordedBy().isEmpty()) {
        problem(
            DefinitionCode.NO_PERMITTED_ROLE,
            criterion.code(),
            "criterion \"%s\" may be recorded by no role; name at least one",
            criterion.code());
      }
      for (Role role : criterion.recordedBy()) {
        requireRole(roles, role, "the recording roles of criterion", criterion.code());
      }
    }
    return criteria;
  }

  private void checkQuestions(List<Phase> phases) {
    for (Phase phase : phases) {
      Set<String> seen = new HashSet<>();
      for (ReflectionQuestion question : phase.questions()) {
        if (!seen.add(question.code())) {
          problem(
              DefinitionCode.DUPLICATE_CODE,
              question.code(),
              "reflection question \"%s\" is attached twice to phase \"%s\"",
              question.code(),
              phase.code());
        }
      }
    }
  }

  private void checkTransitions(Set<String> roles, Set<String> criteria) {
    Map<String, TransitionKind> kinds = new HashMap<>();
    Map<String, Set<String>> triggersFrom = new HashMap<>();
    for (Transition transition : definition.transitions()) {
      String trigger = transition.trigger().code();
      if (transition.trigger().isReserved()) {
        problem(
            DefinitionCode.RESERVED_TRIGGER,
            trigger,
            "trigger \"%s\" is reserved for the engine; give the transition another trigger",
            trigger);
      }
      TransitionKind known = kinds.putIfAbsent(trigger, transition.kind());
      if (known != null && known != transition.kind()) {
        problem(
            DefinitionCode.MIXED_TRIGGER_KINDS,
            trigger,
            "trigger \"%s\" is used for a %s and a %s; use one kind per trigger",
            trigger,
            known.code(),
            transition.kind().code());
      }
      checkShape(transition);
      for (String phase : transition.fromPhases()) {
        requirePhase(phase, transition, "from");
      }
      if (transition.to().isPresent()) {
        requirePhase(transition.to().get(), transition, "to");
      }
      if (transition.roles().isEmpty()) {
        problem(
            DefinitionCode.NO_PERMITTED_ROLE,
            trigger,
            "transition \"%s\" may be fired by no role; name at least one",
            trigger);
      }
      for (Role role : transition.roles()) {
        requireRole(roles, role, "the roles of transition", trigger);
      }
      for (String criterion : transition.criteria()) {
        requireCriterion(criteria, criterion, trigger);
      }
      for (String criterion : transition.resetsCriteria()) {
        requireCriterion(criteria, criterion, trigger);
      }
      for (String phase : knownSources(transition)) {
        Set<String> triggers = triggersFrom.get(phase);
        if (triggers == null) {
          triggers = new HashSet<>();
          triggersFrom.put(phase, triggers);
        }
        if (!triggers.add(trigger)) {
          problem(
              DefinitionCode.DUPLICATE_TRIGGER,
              trigger,
              "trigger \"%s\" appears more than once from phase \"%s\"; keep one transition",
              trigger,
              phase);
        }
      }
    }
  }

  private void checkShape(Transition transition) {
    String trigger = transition.trigger().code();
    boolean everyPhase = transition.isFromEveryPhase();
    if (everyPhase == !transition.fromPhases().isEmpty()) {
      problem(
          DefinitionCode.SHAPE_DOES_NOT_FIT_KIND,
          trigger,
          "transition \"%s\" must either name the phases it is allowed from or be allowed from"
              + " every phase",
          trigger);
    }
    boolean move = transition.kind() == TransitionKind.MOVE;
    if (move != transition.to().isPresent()) {
      problem(
          DefinitionCode.SHAPE_DOES_NOT_FIT_KIND,
          trigger,
          move
              ? "move \"%s\" has no target phase; name one with to()"
              : "transition \"%s\" is not a move and must not name a target phase",
          trigger);
    }
  }

  private void requirePhase(String phase, Transition transition, String end) {
    if (!phaseIndex.containsKey(phase)) {
      problem(
          DefinitionCode.UNKNOWN_PHASE,
          phase,
          "transition \"%s\" goes %s unknown phase \"%s\"; known phases are %s",
          transition.trigger().code(),
          end,
          phase,
          ProcessMessages.list(phaseIndex.keySet()));
    }
  }

  private void requireCriterion(Set<String> criteria, String criterion, String trigger) {
    if (!criteria.contains(criterion)) {
      problem(
          DefinitionCode.UNKNOWN_CRITERION,
          criterion,
          "transition \"%s\" refers to unknown criterion \"%s\"; add it to criteria()",
          trigger,
          criterion);
    }
  }

  /** The known phases a transition applies to; a revisit never applies to the first phase. */
  static List<String> sources(Transition transition, List<Phase> phases) {
    List<String> sources = new ArrayList<>();
    if (transition.isFromEveryPhase()) {
      int first = transition.kind() == TransitionKind.REVISIT ? 1 : 0;
      for (int i = first; i < phases.size(); i++) {
        sources.add(phases.get(i).code());
      }
    } else {
      sources.addAll(transition.fromPhases());
    }
    return sources;
  }

  private List<String> knownSources(Transition transition) {
    List<String> sources = new ArrayList<>();
    for (String phase : sources(transition, definition.phases())) {
      if (phaseIndex.containsKey(phase)) {
        sources.add(phase);
      }
    }
    return sources;
  }
}
