package no.levehelelivet.process;

import com.google.common.collect.ImmutableList;
import java.time.LocalDate;
import java.util.Optional;
import no.levehelelivet.core.timeline.Milestone;

/**
 * Which deadlines of an instance are past due on a date: the target date of a phase the process has
 * not yet left (the current phase or a later one), and a milestone of such a phase whose last date
 * has passed. A completed or abandoned process has nothing past due.
 */
final class Overdue {

  private Overdue() {}

  static ImmutableList<Deadline> compute(ProcessInstance instance, LocalDate today) {
    if (instance.status().isFinal()) {
      return ImmutableList.of();
    }
    ProcessDefinition definition = instance.definition();
    int current = instance.node().index();
    ImmutableList.Builder<Deadline> overdue = ImmutableList.builder();
    for (int i = current; i < definition.phases().size(); i++) {
      Phase phase = definition.phases().get(i);
      Optional<LocalDate> target = instance.targetDate(phase.code());
      if (target.isPresent() && target.get().isBefore(today)) {
        overdue.add(
            Deadline.of(DeadlineKind.PHASE_TARGET, phase.code(), phase.code(), target.get()));
      }
      for (Milestone milestone : phase.milestones()) {
        if (milestone.lastDate().isBefore(today)) {
          overdue.add(
              Deadline.of(
                  DeadlineKind.MILESTONE, milestone.code(), phase.code(), milestone.lastDate()));
        }
      }
    }
    return overdue.build();
  }
}
