package no.levehelelivet.process.journal;

import no.levehelelivet.core.LeveHeleLivetException;
import no.levehelelivet.process.internal.ProcessMessages;

/**
 * Thrown when stored journal bytes cannot be read ({@link JournalCode#MALFORMED}, {@code
 * LHL-J-004}). It names the position of the entry being read (counting from 1; 0 for the header)
 * and the byte offset where reading failed.
 */
public final class MalformedJournalException extends LeveHeleLivetException {

  private static final long serialVersionUID = 1L;

  /** The position of the entry that could not be read, counting from 1; 0 for the header. */
  private final long position;

  /** The byte offset where the entry (or the header) that could not be read starts. */
  private final int offset;

  MalformedJournalException(long position, int offset, String detail, Throwable cause) {
    super(
        ProcessMessages.format(
            JournalCode.MALFORMED,
            "stored journal is malformed at entry %d (byte offset %d): %s",
            position,
            offset,
            detail));
    initCause(cause);
    this.position = position;
    this.offset = offset;
  }

  /** Always {@link JournalCode#MALFORMED}. */
  @Override
  public JournalCode code() {
    return JournalCode.MALFORMED;
  }

  /**
   * {@return the position of the entry that could not be read, counting from 1; 0 for the header}
   */
  public long position() {
    return position;
  }

  /** {@return the byte offset where the entry (or the header) that could not be read starts} */
  public int offset() {
    return offset;
  }
}
