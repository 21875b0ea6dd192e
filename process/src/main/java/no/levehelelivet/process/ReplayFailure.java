package no.levehelelivet.process;

import com.google.common.collect.ImmutableList;
import java.util.Optional;
import no.levehelelivet.core.Language;
import no.levehelelivet.process.internal.TupleValue;
import no.levehelelivet.process.journal.Digest;
import org.immutables.value.Value;

/**
 * A journal that does not replay on a definition (<i>avvist gjenoppbygging</i>): its {@linkplain
 * #code() code}, the sequence number of the entry at fault, a message, and — where the definition
 * rejected the entry — the engine's reasons, or — where the definitions differ — both digests.
 *
 * <p>Immutable and thread-safe.
 */
@Value.Immutable
@TupleValue
public abstract non-sealed class ReplayFailure implements ReplayResult {

  ReplayFailure() {}

  /**
   * The two definition digests of a journal recorded under another definition than the one it is
   * replayed on (<i>ulike definisjoner</i>).
   *
   * <p>Immutable and thread-safe.
   */
  @Value.Immutable
  @TupleValue
  public abstract static class Digests {

    Digests() {}

    /**
     * {@return the digest of the definition the journal was recorded under, from its start entry}
     */
    public abstract Digest recorded();

    /** {@return the digest of the definition the journal was replayed on} */
    public abstract Digest replayedOn();
  }

  /** {@return what went wrong, for example {@link ReplayCode#DEFINITION_MISMATCH}} */
  public abstract ReplayCode code();

  /** {@return the sequence number (position) of the entry at fault} */
  public abstract long sequence();

  /** {@return an explanation in English, starting with the code once} */
  public abstract String message();

  /** {@return the engine's reasons, for {@link ReplayCode#ENTRY_REJECTED}; otherwise empty} */
  public abstract ImmutableList<Reason> reasons();

  /**
   * {@return both definition digests, for {@link ReplayCode#DEFINITION_MISMATCH} and {@link
   * ReplayCode#MIGRATION_MISMATCH}; otherwise empty}
   */
  public abstract Optional<Digests> digests();

  /**
   * {@return the failure in {@code language}, starting with the code: in English {@link
   * #message()}; in bokmål and nynorsk the code followed by what it means and what to do about it,
   * then each of the {@linkplain #reasons() reasons} in the language on a line of its own}
   *
   * @param language the language to write the text in
   * @throws IllegalStateException with {@code LHL-C-900} if a bundle lacks a text (a packaging
   *     error)
   */
  public String message(Language language) {
    if (language == Language.ENGLISH) {
      return message();
    }
    StringBuilder text =
        new StringBuilder(code().code())
            .append(": ")
            .append(code().meaning(language))
            .append("; ")
            .append(code().remedy(language));
    for (Reason reason : reasons()) {
      text.append("\n  ").append(reason.message(language));
    }
    return text.toString();
  }

  @Override
  public boolean isReplayed() {
    return false;
  }

  /**
   * Never returns: the journal did not replay.
   *
   * @throws ReplayException always, carrying this failure
   */
  @Override
  public ProcessInstance orElseThrow() {
    throw new ReplayException(this);
  }

  /** A failure whose message is the code, a colon and {@code detail}. */
  static ReplayFailure of(ReplayCode code, long sequence, String detail) {
    return of(code, sequence, detail, ImmutableList.of());
  }

  static ReplayFailure of(
      ReplayCode code, long sequence, String detail, ImmutableList<Reason> reasons) {
    return ImmutableReplayFailure.of(
        code, sequence, code.code() + ": " + detail, reasons, Optional.empty());
  }

  static ReplayFailure mismatch(
      ReplayCode code, String detail, Digest recordedDigest, Digest definitionDigest) {
    return ImmutableReplayFailure.of(
        code,
        1,
        code.code() + ": " + detail,
        ImmutableList.of(),
        Optional.of(ImmutableDigests.of(recordedDigest, definitionDigest)));
  }

  @Override
  public String toString() {
    return message();
  }
}
