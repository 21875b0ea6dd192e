package no.levehelelivet.benchmarks.rivals;

/** The standard process's triggers, as the rivals' events. */
public enum Trigger {
  START,
  BEGIN_MAPPING,
  BEGIN_PLANNING,
  ADOPT_PLAN,
  BEGIN_IMPLEMENTATION,
  START_NEW_CYCLE,
  REVISIT,
  PAUSE,
  RESUME,
  COMPLETE,
  ABANDON,
  RECORD_CRITERION
}
