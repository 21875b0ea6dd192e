package no.levehelelivet.process;

import com.google.common.collect.ImmutableList;
import java.time.LocalDate;
import java.util.Optional;
import no.levehelelivet.core.timeline.Milestone;
import no.levehelelivet.process.internal.TupleValue;
import org.immutables.value.Value;

/**
 * A phase or milestone past due (<i>forfalt frist</i>). A phase is past due when the process has
 * not yet left it (it is the current phase or a later one) and its target date has passed; a
 * milestone attached to such a phase is past due when its last date has passed. A completed or
 * abandoned process has nothing past due.
 *
 * <p>Immutable and thread-safe.
 */
@Value.Immutable
@TupleValue
public abstract class Overdue {

  Overdue() {}

  /** Whether a phase's target date or a milestone is past due. */
  public abstract DeadlineKind kind();

  /** The code of the phase or milestone. */
  public abstract String code();

  /** The code of the phase it belongs to. */
  public abstract String phase();

  /** The date it was due. */
  public abstract LocalDate due();

  static ImmutableList<Overdue> of(ProcessInstance instance, LocalDate today) {
    if (instance.status().isFinal()) {
      return ImmutableList.of();
    }
    ProcessDefinition definition = instance.definition();
    int current = instance.node().index();
    ImmutableList.Builder<Overdue> overdue = ImmutableList.builder();
    for (int i = current; i < definition.phases().size(); i++) {
      Phase phase = definition.phases().get(i);
      Optional<LocalDate> target = instance.targetDate(phase.code());
      if (target.isPresent() && target.get().isBefore(today)) {
        overdue.add(
            ImmutableOverdue.of(
                DeadlineKind.PHASE_TARGET, phase.code(), phase.code(), target.get()));
      }
      for (Milestone milestone : phase.milestones()) {
        if (milestone.lastDate().isBefore(today)) {
          overdue.add(
              ImmutableOverdue.of(
                  DeadlineKind.MILESTONE, milestone.code(), phase.code(), milestone.lastDate()));
        }
      }
    }
    return overdue.build();
  }
}
