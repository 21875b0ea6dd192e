package no.levehelelivet.process;

import no.levehelelivet.core.Labelled;
import no.levehelelivet.core.Language;
import no.levehelelivet.core.LocalizedText;
import no.levehelelivet.core.UnknownCodeException;

/**
 * The status of a process beside its phase (<i>status</i>): active, paused, completed or abandoned.
 * Completed and abandoned are final.
 */
public enum ProcessStatus implements Labelled {
  /** The process is running (<i>aktiv</i>). */
  ACTIVE("active", "Aktiv", "Aktiv", "Active"),
  /** The process is paused (<i>på pause</i>); only resuming or abandoning it is possible. */
  PAUSED("paused", "På pause", "På pause", "Paused"),
  /** The process is completed (<i>fullført</i>). */
  COMPLETED("completed", "Fullført", "Fullført", "Completed"),
  /** The process is abandoned (<i>avbrutt</i>). */
  ABANDONED("abandoned", "Avbrutt", "Avbroten", "Abandoned");

  private final String code;
  private final String bokmal;
  private final String nynorsk;
  private final String english;

  ProcessStatus(String code, String bokmal, String nynorsk, String english) {
    this.code = code;
    this.bokmal = bokmal;
    this.nynorsk = nynorsk;
    this.english = english;
  }

  @Override
  public String code() {
    return code;
  }

  /** {@return the status's name in bokmål, nynorsk and English} */
  public LocalizedText label() {
    return LocalizedText.of(bokmal, nynorsk, english);
  }

  @Override
  public String label(Language language) {
    return label().in(language);
  }

  /** {@return whether the status is final: completed or abandoned} */
  public boolean isFinal() {
    return this == COMPLETED || this == ABANDONED;
  }

  /**
   * {@return the status with the given code}
   *
   * @param code the stable code to look up
   * @throws UnknownCodeException if no status has that code
   */
  public static ProcessStatus fromCode(String code) {
    // a switch, not a loop over values(): reading a stored journal looks up every entry's status
    return switch (code) {
      case "active" -> ACTIVE;
      case "paused" -> PAUSED;
      case "completed" -> COMPLETED;
      case "abandoned" -> ABANDONED;
      default ->
          throw new UnknownCodeException(
              "process status", code, java.util.Arrays.stream(values()).map(s -> s.code).toList());
    };
  }
}
