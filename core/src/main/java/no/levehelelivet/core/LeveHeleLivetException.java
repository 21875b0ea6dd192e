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

  /** {@return the stable code of this error} */
  public abstract ErrorCode code();

  /**
   * {@return the message (<i>feilmelding</i>) in {@code language}, starting with the code} In
   * English it is {@link #getMessage()}, which stays English whatever the language; in bokmål and
   * nynorsk it is the code followed by what the code means and what to do about it, from the
   * family's message bundle. Subclasses that carry problems or reasons list each in the language.
   *
   * @param language the language of the message
   * @throws IllegalStateException with {@link CoreCode#MISSING_RESOURCE} if a text is missing (a
   *     packaging error)
   */
  public String message(Language language) {
    String english = getMessage();
    if (language == Language.ENGLISH && english != null) {
      return english;
    }
    return summary(code(), language);
  }

  /**
   * {@return one line in {@code language}: the code, what it means and what to do about it, for
   * example {@code LHL-A-001: et felt i en verdi bryter regelen sin; ...}}
   *
   * @param language the language of the line
   * @param code the error code to summarise
   */
  protected static String summary(ErrorCode code, Language language) {
    return code.code() + ": " + code.meaning(language) + "; " + code.remedy(language);
  }
}
