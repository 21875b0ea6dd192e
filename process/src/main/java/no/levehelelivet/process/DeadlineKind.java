package no.levehelelivet.process;

import no.levehelelivet.core.Coded;

/** What a deadline (<i>frist</i>) belongs to: a phase's target date or a milestone. */
public enum DeadlineKind implements Coded {
  /** The date by which the process should have left a phase. */
  PHASE_TARGET("phase-target"),
  /** A milestone attached to a phase, due on its last date. */
  MILESTONE("milestone");

  private final String code;

  DeadlineKind(String code) {
    this.code = code;
  }

  @Override
  public String code() {
    return code;
  }
}
