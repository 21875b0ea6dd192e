package no.levehelelivet.store;

import java.util.Optional;
import java.util.OptionalLong;
import no.levehelelivet.core.Language;
import no.levehelelivet.core.LeveHeleLivetException;
import org.jspecify.annotations.Nullable;

/**
 * A store that cannot do what it was asked (<i>lagringsfeil</i>), with a {@link StoreCode}: the
 * process is not stored, its stored rows were changed behind the store's back, a definition is
 * unknown, or the database failed. The message names the process and the sequence number of the
 * entry where that applies. Whatever the failure, nothing already stored was changed.
 */
public final class StoreException extends LeveHeleLivetException {

  private static final long serialVersionUID = 1L;

  /** What failed. */
  private final StoreCode code;

  /** The id of the process the failure concerns, or {@code null} if none. */
  private final @Nullable String processId;

  /** The sequence number of the entry the failure concerns, or 0 if none. */
  private final long sequence;

  /** What exactly failed, in English, as the message gives it after the place. */
  private final String detail;

  private StoreException(
      StoreCode code,
      @Nullable String processId,
      long sequence,
      String detail,
      @Nullable Throwable cause) {
    super(english(code, processId, sequence, detail));
    this.code = code;
    this.processId = processId;
    this.sequence = sequence;
    this.detail = detail;
    if (cause != null) {
      initCause(cause);
    }
  }

  /**
   * {@return a failure of the store}
   *
   * @param code what failed
   * @param processId the process it concerns, or {@code null} if none
   * @param sequence the sequence number of the entry it concerns, or 0 if none
   * @param detail what exactly failed, in English, for the message
   * @param cause the exception that caused it, or {@code null}
   */
  public static StoreException of(
      StoreCode code,
      @Nullable String processId,
      long sequence,
      String detail,
      @Nullable Throwable cause) {
    return new StoreException(code, processId, sequence, detail, cause);
  }

  @Override
  public StoreCode code() {
    return code;
  }

  /** {@return the id of the process the failure concerns, if any} */
  public Optional<String> processId() {
    return Optional.ofNullable(processId);
  }

  /** {@return the sequence number of the entry the failure concerns, if any} */
  public OptionalLong sequence() {
    return sequence > 0 ? OptionalLong.of(sequence) : OptionalLong.empty();
  }

  /** {@return what exactly failed, in English, as the message gives it after the place} */
  public String detail() {
    return detail;
  }

  /**
   * The message in {@code language}: the code, the process and entry it concerns, what the code
   * means and what to do; in English also what exactly failed.
   */
  @Override
  public String message(Language language) {
    if (language == Language.ENGLISH) {
      return String.valueOf(getMessage());
    }
    return code.code()
        + place(processId, sequence)
        + ": "
        + code.meaning(language)
        + "; "
        + code.remedy(language);
  }

  private static String english(
      StoreCode code, @Nullable String processId, long sequence, String detail) {
    return code.code()
        + place(processId, sequence)
        + ": "
        + code.meaning()
        + (detail.isEmpty() ? "" : " (" + detail + ")")
        + "; "
        + code.remedy();
  }

  /** The process and entry, as {@code [process "x", entry 5]}, in no language's words. */
  private static String place(@Nullable String processId, long sequence) {
    if (processId == null) {
      return "";
    }
    return " [" + quoted(processId) + (sequence > 0 ? " #" + sequence : "") + "]";
  }

  private static String quoted(String id) {
    String shown = id.length() > 80 ? id.substring(0, 80) + "…" : id;
    return '"' + shown.replace("\"", "\\\"") + '"';
  }
}
