package no.levehelelivet.process;

import com.google.common.collect.ImmutableList;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import no.levehelelivet.core.timeline.Milestone;
import org.jspecify.annotations.Nullable;

/**
 * What the host should do when the process enters a phase: notify the roles responsible for it and
 * schedule its deadlines (its target date and its milestones), reporting those already past
 * instead. The deadlines are computed once per phase with the definition's target date, and on
 * entering with an instance's own planned one; the effects are made per step, naming the step.
 * Stateless.
 */
final class EntryEffects {

  /**
   * The time zone in which the day of a step is taken, to tell a deadline already past; in a class
   * of its own, so that the zone's rules are read when a deadline is first compared, not when a
   * definition is built.
   */
  static final class Norway {
    static final ZoneId ZONE = ZoneId.of("Europe/Oslo");

    private Norway() {}
  }

  private EntryEffects() {}

  /** The deadlines of entering {@code phase}; {@code plannedTarget} wins over the phase's own. */
  static ImmutableList<Deadline> deadlines(Phase phase, @Nullable LocalDate plannedTarget) {
    ImmutableList.Builder<Deadline> deadlines = ImmutableList.builder();
    LocalDate target = plannedTarget != null ? plannedTarget : phase.targetDate().orElse(null);
    if (target != null) {
      deadlines.add(Deadline.of(DeadlineKind.PHASE_TARGET, phase.code(), phase.code(), target));
    }
    for (Milestone milestone : phase.milestones()) {
      deadlines.add(
          Deadline.of(
              DeadlineKind.MILESTONE, milestone.code(), phase.code(), milestone.lastDate()));
    }
    return deadlines.build();
  }

  /**
   * The effects of entering (or resuming in) a phase at {@code time}: notify its roles, then each
   * deadline, scheduled if due on or after the day of the step (in Norway) and reported as overdue
   * if not.
   */
  static ImmutableList<Effect> onEnter(
      Cause cause, String phase, ImmutableList<Role> responsible, DueDeadlines due, Instant time) {
    ImmutableList<Deadline> deadlines = due.deadlines();
    ImmutableList.Builder<Effect> effects =
        ImmutableList.builderWithExpectedSize(1 + deadlines.size());
    effects.add(NotifyRoles.of(cause, 0, phase, responsible));
    for (int i = 0; i < deadlines.size(); i++) {
      Deadline deadline = deadlines.get(i);
      effects.add(
          due.isPastDue(i, time)
              ? ReportOverdue.of(cause, i + 1, deadline)
              : ScheduleDeadline.of(cause, i + 1, deadline));
    }
    return effects.build();
  }

  /**
   * The effects of pausing, completing or abandoning: cancel the deadlines. Pausing notifies no
   * one: nobody's turn begins.
   */
  static ImmutableList<Effect> onStop(Cause cause, ProcessStatus status) {
    return ImmutableList.of(CancelDeadlines.of(cause, status));
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
