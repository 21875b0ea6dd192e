package no.levehelelivet.core.municipality;

import com.google.common.collect.ImmutableMap;
import no.levehelelivet.core.Labelled;
import no.levehelelivet.core.Language;
import no.levehelelivet.core.UnknownCodeException;
import no.levehelelivet.core.internal.Codes;
import no.levehelelivet.core.internal.Labels;

/**
 * A kind of change (<i>endringstype</i>) an organisation faces, after Rudi Kirkhaug: "Hvilken
 * endring står vi overfor?"
 */
public enum ChangeKind implements Labelled {
  /** <i>Nedbygging</i>: scaling down. */
  SCALING_DOWN("scaling-down"),
  /** <i>Oppbygging</i>: building up. */
  BUILDING_UP("building-up"),
  /** <i>Ombygging</i>: rebuilding. */
  REBUILDING("rebuilding");

  private static final ImmutableMap<String, ChangeKind> BY_CODE = Codes.index(values());

  private final String code;

  ChangeKind(String code) {
    this.code = code;
  }

  @Override
  public String code() {
    return code;
  }

  @Override
  public String label(Language language) {
    return Labels.get("change-kind." + code, language);
  }

  /**
   * {@return the kind of change with the given code}
   *
   * @param code the stable code of the kind of change
   * @throws UnknownCodeException if no kind of change has that code
   */
  public static ChangeKind fromCode(String code) {
    return Codes.lookup(BY_CODE, "change kind", code);
  }
}
