package no.levehelelivet.process.journal;

import java.util.Optional;
import no.levehelelivet.process.internal.TupleValue;
import org.immutables.value.Value;

/**
 * The result of verifying a journal (<i>verifisering</i>): intact, or the first problem found.
 *
 * <p>Immutable and thread-safe.
 */
@Value.Immutable
@TupleValue
public abstract class Verification {

  Verification() {}

  /** The first problem found, or empty if the journal is intact. */
  public abstract Optional<JournalProblem> problem();

  /** Whether no problem was found. */
  public boolean isIntact() {
    return problem().isEmpty();
  }

  static Verification intact() {
    return ImmutableVerification.of(Optional.empty());
  }

  static Verification failed(JournalProblem.Kind kind, long position, String message) {
    return ImmutableVerification.of(Optional.of(JournalProblem.of(kind, position, message)));
  }
}
