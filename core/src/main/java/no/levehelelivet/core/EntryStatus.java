package no.levehelelivet.core;

import com.google.common.collect.ImmutableMap;
import no.levehelelivet.core.internal.Codes;
import no.levehelelivet.core.internal.Labels;

/**
 * How well a catalogue entry's name is established (<i>status</i>): confirmed against a public
 * source, or provisional until it can be. A vendor can show provisional names with a caveat.
 */
public enum EntryStatus implements Labelled {
  /** The name is seen in a cited public source. */
  CONFIRMED("confirmed"),
  /** The concept is in the reform, but its exact name is not yet confirmed by a public source. */
  PROVISIONAL("provisional");

  private static final ImmutableMap<String, EntryStatus> BY_CODE = Codes.index(values());

  private final String code;

  EntryStatus(String code) {
    this.code = code;
  }

  @Override
  public String code() {
    return code;
  }

  @Override
  public String label(Language language) {
    return Labels.get("entry-status." + code, language);
  }

  /**
   * {@return the status with the given code}
   *
   * @param code the status' stable code
   * @throws UnknownCodeException if no status has that code
   */
  public static EntryStatus fromCode(String code) {
    return Codes.lookup(BY_CODE, "entry status", code);
  }
}
