package no.levehelelivet.process.journal;

import no.levehelelivet.process.internal.ProcessMessages;

/**
 * Thrown when stored journal bytes cannot be read (error {@code LHL-J-004}). It names the position
 * of the entry being read (counting from 1; 0 for the header) and the byte offset where reading
 * failed.
 */
public final class MalformedJournalException extends IllegalArgumentException {

  private static final long serialVersionUID = 1L;

  /** The stable error code of this exception. */
  public static final String ERROR_CODE = ProcessMessages.J004;

  private final long position;
  private final int offset;

  MalformedJournalException(long position, int offset, String detail, Throwable cause) {
    super(
        ProcessMessages.format(
            ERROR_CODE,
            "stored journal is malformed at entry %d (byte offset %d): %s",
            position,
            offset,
            detail),
        cause);
    this.position = position;
    this.offset = offset;
  }

  /** The position of the entry that could not be read, counting from 1; 0 for the header. */
  public long position() {
    return position;
  }

  /** The byte offset where the entry (or the header) that could not be read starts. */
  public int offset() {
    return offset;
  }
}
