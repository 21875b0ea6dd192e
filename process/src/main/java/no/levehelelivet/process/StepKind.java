package no.levehelelivet.process;

import com.google.common.collect.ImmutableMap;
import no.levehelelivet.core.Coded;
import no.levehelelivet.core.UnknownCodeException;
import no.levehelelivet.core.internal.Codes;

/** What a step of a route does (<i>type steg</i>): record a criterion as met, or fire a trigger. */
public enum StepKind implements Coded {
  /** Records a criterion as met (<i>registrer et kriterium</i>). */
  RECORD("record"),
  /** Fires a trigger: a move, a revisit or a resume (<i>utløs en overgang</i>). */
  FIRE("fire");

  private static final ImmutableMap<String, StepKind> BY_CODE = Codes.index(values());

  private final String code;

  StepKind(String code) {
    this.code = code;
  }

  @Override
  public String code() {
    return code;
  }

  /**
   * {@return the step kind with the given code, such as {@code "record"}}
   *
   * @param code the stable code to look up
   * @throws UnknownCodeException naming the code and the valid ones if there is none
   */
  public static StepKind fromCode(String code) {
    return Codes.lookup(BY_CODE, "step kind", code);
  }
}
