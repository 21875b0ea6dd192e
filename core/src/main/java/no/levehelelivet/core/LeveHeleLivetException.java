package no.levehelelivet.core;

/**
 * The root of every exception the library throws on purpose (<i>feil</i>): each carries a stable
 * {@link ErrorCode}, and its message starts with that code once, followed by what is wrong, where,
 * and what to do. Catch this type to handle any of the library's errors in one place; match on
 * {@link #code()}, never on the wording.
 *
 * <p>It is unchecked and extends {@link IllegalArgumentException}: every error the library throws
 * is about an argument the caller passed, be it a value, a code or a document.
 */
public abstract class LeveHeleLivetException extends IllegalArgumentException {

  private static final long serialVersionUID = 1L;

  /**
   * Creates the exception.
   *
   * @param message the whole message, starting with the error code
   */
  protected LeveHeleLivetException(String message) {
    super(message);
  }

  /** The stable code of this error. */
  public abstract ErrorCode code();
}
