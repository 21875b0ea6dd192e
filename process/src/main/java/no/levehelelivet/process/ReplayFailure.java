package no.levehelelivet.process;

import com.google.common.collect.ImmutableList;
import java.util.Optional;
import no.levehelelivet.core.Coded;
import no.levehelelivet.process.internal.ProcessMessages;
import no.levehelelivet.process.internal.TupleValue;
import no.levehelelivet.process.journal.Digest;
import org.immutables.value.Value;

/**
 * Why a journal could not be replayed on a definition (<i>avvist gjenoppbygging</i>): its kind, the
 * sequence number of the entry at fault, a message, and — where the definition rejected the entry —
 * the engine's reasons, or — where the definitions differ — both digests.
 *
 * <p>Immutable and thread-safe.
 */
@Value.Immutable
@TupleValue
public abstract class ReplayFailure {

  ReplayFailure() {}

  /** The kinds of replay failure, each with a stable code. */
  public enum Kind implements Coded {
    /** {@code LHL-R-001}: the journal is empty or does not begin with a start entry. */
    NOT_STARTED(ProcessMessages.R001),
    /** {@code LHL-R-002}: the journal was recorded under another definition; pass a migration. */
    DEFINITION_MISMATCH(ProcessMessages.R002),
    /** {@code LHL-R-003}: the definition rejects an entry; see {@link #reasons()}. */
    ENTRY_REJECTED(ProcessMessages.R003),
    /** {@code LHL-R-004}: an entry differs from what the definition produces for its command. */
    ENTRY_MISMATCH(ProcessMessages.R004),
    /** {@code LHL-R-005}: the sequence numbers are not 1, 2, 3, ... */
    SEQUENCE_BREAK(ProcessMessages.R005),
    /** {@code LHL-R-006}: the start entry lacks an attribute or has a bad one. */
    MALFORMED_START(ProcessMessages.R006),
    /** {@code LHL-R-007}: the migration was written for another definition digest. */
    MIGRATION_MISMATCH(ProcessMessages.R007);

    private final String code;

    Kind(String code) {
      this.code = code;
    }

    /** The stable code, for example {@code LHL-R-002}. */
    @Override
    public String code() {
      return code;
    }
  }

  /** What went wrong. */
  public abstract Kind kind();

  /** The sequence number (position) of the entry at fault. */
  public abstract long sequence();

  /** An explanation in English, starting with the code. */
  public abstract String message();

  /** The engine's reasons, for {@link Kind#ENTRY_REJECTED}. */
  public abstract ImmutableList<Reason> reasons();

  /** The definition digest the journal was recorded under, where the definitions differ. */
  public abstract Optional<Digest> recordedDigest();

  /** The digest of the definition replayed on, where the definitions differ. */
  public abstract Optional<Digest> definitionDigest();

  /** The stable code, for example {@code LHL-R-003}. */
  public String code() {
    return kind().code();
  }

  static ReplayFailure of(Kind kind, long sequence, String message) {
    return ImmutableReplayFailure.of(
        kind, sequence, message, ImmutableList.of(), Optional.empty(), Optional.empty());
  }

  static ReplayFailure of(Kind kind, long sequence, String message, ImmutableList<Reason> reasons) {
    return ImmutableReplayFailure.of(
        kind, sequence, message, reasons, Optional.empty(), Optional.empty());
  }

  static ReplayFailure mismatch(
      Kind kind, String message, Digest recordedDigest, Digest definitionDigest) {
    return ImmutableReplayFailure.of(
        kind,
        1,
        message,
        ImmutableList.of(),
        Optional.of(recordedDigest),
        Optional.of(definitionDigest));
  }

  @Override
  public String toString() {
    return message();
  }
}
