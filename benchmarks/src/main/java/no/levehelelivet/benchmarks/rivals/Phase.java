package no.levehelelivet.benchmarks.rivals;

/**
 * The rivals' states: the standard process's five phases in order, then the two end states that our
 * engine keeps as a status beside the phase.
 */
public enum Phase {
  START_UP,
  MAPPING,
  PLAN_AND_DECIDE,
  INTEGRATE_INTO_PLANS,
  IMPLEMENT_AND_EVALUATE,
  COMPLETED,
  ABANDONED;

  /** The five phases a process moves through, in order. */
  static final Phase[] PHASES = {
    START_UP, MAPPING, PLAN_AND_DECIDE, INTEGRATE_INTO_PLANS, IMPLEMENT_AND_EVALUATE
  };
}
