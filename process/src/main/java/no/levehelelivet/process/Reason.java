package no.levehelelivet.process;

import com.google.common.collect.ImmutableList;
import java.util.Optional;
import no.levehelelivet.process.internal.TupleValue;
import org.immutables.value.Value;

/**
 * One reason a command is, or would be, rejected (<i>grunn</i>): a stable {@link ReasonCode}, the
 * trigger, what the reason is about and what would have been accepted instead, so that a screen can
 * explain it in its own words without parsing the English {@link #message()}.
 *
 * <p>Immutable and thread-safe.
 */
@Value.Immutable
@TupleValue
public abstract class Reason {

  Reason() {}

  /** The reason's code. */
  public abstract ReasonCode code();

  /** The code of the trigger the reason concerns. */
  public abstract String trigger();

  /** What the reason is about: a phase, criterion, role, status, version or code; see the code. */
  public abstract Optional<String> subject();

  /** What would have been accepted instead, for example the permitted roles; see the code. */
  public abstract ImmutableList<String> accepted();

  /** An explanation in English, starting with the code, saying what to do about it. */
  public abstract String message();

  static Reason create(
      ReasonCode code,
      String trigger,
      Optional<String> subject,
      ImmutableList<String> accepted,
      String message) {
    return ImmutableReason.of(code, trigger, subject, accepted, message);
  }

  @Override
  public String toString() {
    return message();
  }
}
