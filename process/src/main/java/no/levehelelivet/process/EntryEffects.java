package no.levehelelivet.process;

import com.google.common.collect.ImmutableList;
import java.time.LocalDate;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import no.levehelelivet.core.timeline.Milestone;
import org.jspecify.annotations.Nullable;

/**
 * What the host should do when the process enters a phase: notify the roles responsible for it and
 * schedule its deadlines (its target date and its milestones). Computed once per phase with the
 * definition's target date, and on entering with an instance's own planned one. Stateless.
 */
final class EntryEffects {

  private EntryEffects() {}

  /** The effects of entering {@code phase}; {@code plannedTarget} wins over the phase's own. */
  static ImmutableList<Effect> of(
      Phase phase, ImmutableList<Role> responsible, @Nullable LocalDate plannedTarget) {
    ImmutableList.Builder<Effect> effects = ImmutableList.builder();
    effects.add(NotifyRoles.of(phase.code(), responsible));
    LocalDate target = plannedTarget != null ? plannedTarget : phase.targetDate().orElse(null);
    if (target != null) {
      effects.add(
          ScheduleDeadline.of(
              Deadline.of(DeadlineKind.PHASE_TARGET, phase.code(), phase.code(), target)));
    }
    for (Milestone milestone : phase.milestones()) {
      effects.add(
          ScheduleDeadline.of(
              Deadline.of(
                  DeadlineKind.MILESTONE, milestone.code(), phase.code(), milestone.lastDate())));
    }
    return effects.build();
  }

  /** The effects of pausing in {@code phase}: notify its roles, cancel its deadlines. */
  static ImmutableList<Effect> onPause(Phase phase, ImmutableList<Role> responsible) {
    return ImmutableList.of(
        NotifyRoles.of(phase.code(), responsible), CancelDeadlines.of(ProcessStatus.PAUSED));
  }

  /** The roles permitted to move the process on (or complete it) from a phase. */
  static ImmutableList<Role> responsible(List<Transition> from) {
    Set<Role> roles = new LinkedHashSet<>();
    for (Transition transition : from) {
      if (transition.kind() == TransitionKind.MOVE
          || transition.kind() == TransitionKind.COMPLETE) {
        roles.addAll(transition.roles());
      }
    }
    if (roles.isEmpty()) {
      for (Transition transition : from) {
        roles.addAll(transition.roles());
      }
    }
    return ImmutableList.copyOf(roles);
  }
}
