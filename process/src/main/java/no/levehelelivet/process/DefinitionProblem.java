package no.levehelelivet.process;

import no.levehelelivet.process.internal.TupleValue;
import org.immutables.value.Value;

/**
 * One problem found when validating a process definition (<i>feil i definisjonen</i>): a stable
 * {@code LHL-D} code, the phase, transition or code it concerns, and a message saying what to fix.
 *
 * <p>Immutable and thread-safe.
 */
@Value.Immutable
@TupleValue
public abstract class DefinitionProblem {

  DefinitionProblem() {}

  /** The stable code, for example {@code LHL-D-003}. */
  public abstract String code();

  /** What the problem concerns: a phase code, a trigger code or another code. */
  public abstract String subject();

  /** An explanation in English, starting with the code. */
  public abstract String message();

  static DefinitionProblem of(String code, String subject, String message) {
    return ImmutableDefinitionProblem.of(code, subject, message);
  }

  @Override
  public String toString() {
    return message();
  }
}
