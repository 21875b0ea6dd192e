package no.levehelelivet.process;

import no.levehelelivet.process.internal.TupleValue;
import org.immutables.value.Value;

/**
 * One problem found when validating a process definition (<i>feil i definisjonen</i>): a stable
 * {@link DefinitionCode}, the phase, transition or code it concerns, and a message saying what to
 * fix.
 *
 * <p>Immutable and thread-safe.
 */
@Value.Immutable
@TupleValue
public abstract class DefinitionProblem {

  DefinitionProblem() {}

  /** The stable code, for example {@link DefinitionCode#UNREACHABLE_PHASE}. */
  public abstract DefinitionCode code();

  /**
   * What the problem concerns: a phase code, a trigger code or another code; the definition's id
   * for a problem of the whole definition.
   */
  public abstract String subject();

  /** An explanation in English, starting with the code. */
  public abstract String message();

  static DefinitionProblem of(DefinitionCode code, String subject, String message) {
    return ImmutableDefinitionProblem.of(code, subject, message);
  }

  @Override
  public String toString() {
    return message();
  }
}
