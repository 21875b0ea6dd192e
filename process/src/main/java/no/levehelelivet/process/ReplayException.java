package no.levehelelivet.process;

import no.levehelelivet.core.Language;
import no.levehelelivet.core.LeveHeleLivetException;

/**
 * Thrown by {@link ReplayResult#orElseThrow()} when a journal does not replay on its definition
 * (<i>avvist gjenoppbygging</i>). It carries the {@linkplain #failure() failure}; its message is
 * the failure's, starting with the replay code once.
 */
public final class ReplayException extends LeveHeleLivetException {

  private static final long serialVersionUID = 1L;

  /** The failure that made the replay refuse the journal. */
  @SuppressWarnings("serial") // a value, not meant to be serialised with the exception
  private final ReplayFailure failure;

  ReplayException(ReplayFailure failure) {
    super(failure.message());
    this.failure = failure;
  }

  /** The failure's {@linkplain ReplayFailure#message(Language) message} in {@code language}. */
  @Override
  public String message(Language language) {
    return failure.message(language);
  }

  /** The replay code, for example {@link ReplayCode#DEFINITION_MISMATCH}. */
  @Override
  public ReplayCode code() {
    return failure.code();
  }

  /** {@return why the journal did not replay: the entry at fault, the reasons, the digests} */
  public ReplayFailure failure() {
    return failure;
  }
}
