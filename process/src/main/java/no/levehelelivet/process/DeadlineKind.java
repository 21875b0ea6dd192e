package no.levehelelivet.process;

import com.google.common.collect.ImmutableMap;
import no.levehelelivet.core.Coded;
import no.levehelelivet.core.UnknownCodeException;
import no.levehelelivet.core.internal.Codes;

/** What a deadline (<i>frist</i>) belongs to: a phase's target date or a milestone. */
public enum DeadlineKind implements Coded {
  /** The date by which the process should have left a phase. */
  PHASE_TARGET("phase-target"),
  /** A milestone attached to a phase, due on its last date. */
  MILESTONE("milestone");

  private static final ImmutableMap<String, DeadlineKind> BY_CODE = Codes.index(values());

  private final String code;

  DeadlineKind(String code) {
    this.code = code;
  }

  @Override
  public String code() {
    return code;
  }

  /**
   * {@return the deadline kind with the given code, such as {@code "milestone"}}
   *
   * @param code the stable code to look up
   * @throws UnknownCodeException naming the code and the valid ones if there is none
   */
  public static DeadlineKind fromCode(String code) {
    return Codes.lookup(BY_CODE, "deadline kind", code);
  }
}
