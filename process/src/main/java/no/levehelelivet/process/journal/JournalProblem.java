package no.levehelelivet.process.journal;

import no.levehelelivet.core.Coded;
import no.levehelelivet.process.internal.ProcessMessages;
import no.levehelelivet.process.internal.TupleValue;
import org.immutables.value.Value;

/**
 * What {@link Journal#verify()} found wrong with a journal (<i>feil i loggen</i>): its kind, the
 * position of the first entry at fault (counting from 1) and a message.
 *
 * <p>Immutable and thread-safe.
 */
@Value.Immutable
@TupleValue
public abstract class JournalProblem {

  JournalProblem() {}

  /** The kinds of problem, each with a stable code. */
  public enum Kind implements Coded {
    /**
     * {@code LHL-J-001}: sequence numbers break, so an entry was removed, inserted or reordered.
     */
    SEQUENCE_BREAK(ProcessMessages.J001),
    /** {@code LHL-J-002}: an entry's computed digest differs from the recorded one: it changed. */
    DIGEST_MISMATCH(ProcessMessages.J002),
    /** {@code LHL-J-003}: the head digest differs from the stored one: truncated or rewritten. */
    HEAD_MISMATCH(ProcessMessages.J003);

    private final String code;

    Kind(String code) {
      this.code = code;
    }

    /** The stable error code, for example {@code LHL-J-001}. */
    @Override
    public String code() {
      return code;
    }
  }

  /** What kind of problem it is. */
  public abstract Kind kind();

  /** The position (counting from 1) of the first entry at fault. */
  public abstract long position();

  /** An explanation in English, starting with the code. */
  public abstract String message();

  /** The stable error code of the problem, for example {@code LHL-J-002}. */
  public String code() {
    return kind().code();
  }

  static JournalProblem of(Kind kind, long position, String message) {
    return ImmutableJournalProblem.of(kind, position, message);
  }
}
