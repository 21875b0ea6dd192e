package no.levehelelivet.process.journal;

import java.util.Optional;
import no.levehelelivet.process.internal.TupleValue;
import org.immutables.value.Value;

/**
 * The result of verifying a journal (<i>verifisering</i>): {@linkplain #isIntact() intact}, or
 * broken with the first {@linkplain #problem() problem} found, as a {@code Verdict} is allowed or
 * has its reasons.
 *
 * <p>Immutable and thread-safe.
 */
@Value.Immutable
@TupleValue
public abstract class Verification {

  Verification() {}

  /**
   * {@return whether the journal is intact: no entry was removed, inserted, reordered or changed}
   */
  public boolean isIntact() {
    return problem().isEmpty();
  }

  /**
   * {@return the first problem found; empty if and only if the journal {@linkplain #isIntact() is
   * intact}}
   */
  public abstract Optional<JournalProblem> problem();

  static Verification intact() {
    return ImmutableVerification.of(Optional.empty());
  }

  static Verification failed(JournalCode code, long position, String message) {
    return ImmutableVerification.of(Optional.of(JournalProblem.of(code, position, message)));
  }

  @Override
  public String toString() {
    return problem().map(JournalProblem::message).orElse("intact");
  }
}
