package no.levehelelivet.process;

import com.google.common.collect.ImmutableMap;
import no.levehelelivet.core.Coded;
import no.levehelelivet.core.UnknownCodeException;
import no.levehelelivet.core.internal.Codes;

/**
 * What a transition does (<i>type overgang</i>): move to a named phase, go back to an earlier phase
 * named in the command, or change the status.
 */
public enum TransitionKind implements Coded {
  /** Moves the process to the transition's target phase. */
  MOVE("move"),
  /** Moves the process back to an earlier phase named in the command. */
  REVISIT("revisit"),
  /** Pauses an active process; the phase stays. */
  PAUSE("pause"),
  /** Resumes a paused process; the phase stays. */
  RESUME("resume"),
  /** Completes an active process; the phase stays. */
  COMPLETE("complete"),
  /** Abandons an active or paused process; the phase stays. */
  ABANDON("abandon");

  private static final ImmutableMap<String, TransitionKind> BY_CODE = Codes.index(values());

  private final String code;

  TransitionKind(String code) {
    this.code = code;
  }

  @Override
  public String code() {
    return code;
  }

  /**
   * {@return the transition kind with the given code, such as {@code "move"}}
   *
   * @param code the stable code to look up
   * @throws UnknownCodeException naming the code and the valid ones if there is none
   */
  public static TransitionKind fromCode(String code) {
    return Codes.lookup(BY_CODE, "transition kind", code);
  }
}
