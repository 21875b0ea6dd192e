package no.levehelelivet.process;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import org.jspecify.annotations.Nullable;

/**
 * The guard of a transition (move, revisit, pause, resume, complete, abandon): status, phase, role,
 * guarding criteria, and what the command must carry — a note, a revisit target. Stateless.
 */
final class TransitionGuard {

  private TransitionGuard() {}

  /**
   * Checks a transition, adding a reason for every check that fails; {@code command} is null for a
   * verdict, which skips what only a command carries.
   *
   * @return the compiled transition from the current phase, or null if there is none
   */
  static @Nullable CompiledTransition check(
      ProcessInstance instance,
      DefinitionIndex index,
      PhaseNode node,
      String trigger,
      String role,
      @Nullable Command command,
      Reasons reasons) {
    StatusGuard.check(instance.status(), index.kind(trigger), trigger, reasons);
    CompiledTransition transition = node.byTrigger().get(trigger);
    if (transition == null) {
      ImmutableList<String> allowed = index.allowedFrom(trigger);
      reasons.add(ReasonCode.NOT_ALLOWED_FROM_PHASE, trigger, instance.phase(), allowed);
      ImmutableList<String> roles = index.rolesFor(trigger);
      if (!roles.contains(role)) {
        reasons.notPermitted(trigger, role, roles, "", ImmutableList.of());
      }
      return null;
    }
    if (!transition.roleCodes().contains(role)) {
      reasons.notPermitted(trigger, role, transition.roleList(), "", ImmutableList.of());
    }
    ImmutableMap<String, CriterionRecord> met = instance.criteria();
    ImmutableList<String> criteria = transition.criteria();
    for (int i = 0; i < criteria.size(); i++) {
      String criterion = criteria.get(i);
      if (!met.containsKey(criterion)) {
        reasons.add(ReasonCode.CRITERION_NOT_MET, trigger, criterion, ImmutableList.of());
      }
    }
    if (command != null) {
      if (transition.noteRequired() && !command.hasNote()) {
        reasons.add(ReasonCode.NOTE_REQUIRED, trigger, trigger, ImmutableList.of());
      }
      if (transition.kind() == TransitionKind.REVISIT) {
        checkTarget(index, node, trigger, command.target().orElse(null), reasons);
      }
    }
    return transition;
  }

  /** The node of {@code target} if it is a phase before {@code node}, where a revisit may go. */
  static @Nullable PhaseNode earlierNode(
      DefinitionIndex index, PhaseNode node, @Nullable String target) {
    PhaseNode targetNode = target == null ? null : index.findNode(target);
    return targetNode != null && targetNode.index() < node.index() ? targetNode : null;
  }

  private static void checkTarget(
      DefinitionIndex index,
      PhaseNode node,
      String trigger,
      @Nullable String target,
      Reasons reasons) {
    if (earlierNode(index, node, target) != null) {
      return;
    }
    PhaseNode targetNode = target == null ? null : index.findNode(target);
    String variant = target == null ? "missing" : targetNode == null ? "" : "not-earlier";
    reasons.add(
        ReasonCode.BAD_REVISIT_TARGET,
        trigger,
        target,
        node.earlierPhases(),
        variant,
        ImmutableList.of(node.phase().code()));
  }
}
