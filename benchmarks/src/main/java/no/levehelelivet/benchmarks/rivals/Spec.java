package no.levehelelivet.benchmarks.rivals;

import java.util.EnumSet;
import java.util.Set;

/**
 * One transition of the standard process as the rivals configure it: the trigger, the phase it
 * leaves and the phase it enters (the same phase for triggers that only change the ledger, such as
 * recording a criterion or pausing), and what its guard checks.
 */
public record Spec(
    Trigger trigger,
    Phase from,
    Phase to,
    Set<Criterion> criteria,
    Set<Role> roles,
    boolean noteRequired) {

  /** Whether the transition stays in its phase (an internal transition). */
  public boolean isInternal() {
    return from == to;
  }

  static Spec of(Trigger trigger, Phase from, Phase to, Set<Role> roles, Criterion... criteria) {
    return new Spec(
        trigger,
        from,
        to,
        criteria.length == 0 ? EnumSet.noneOf(Criterion.class) : EnumSet.of(criteria[0], criteria),
        roles,
        false);
  }

  Spec withNoteRequired() {
    return new Spec(trigger, from, to, criteria, roles, true);
  }
}
