package no.levehelelivet.core.demography;

import com.google.common.collect.ImmutableMap;
import no.levehelelivet.core.Labelled;
import no.levehelelivet.core.Language;
import no.levehelelivet.core.UnknownCodeException;
import no.levehelelivet.core.internal.Codes;
import no.levehelelivet.core.internal.Labels;

/** What a {@link KeyFigure} counts (<i>enhet</i>). */
public enum FigureUnit implements Labelled {
  /** <i>Kommuner</i>: a number of municipalities. */
  MUNICIPALITIES("municipalities"),
  /** <i>Personer</i>: a number of people. */
  PERSONS("persons"),
  /** <i>Prosent</i>: a share in per cent. */
  PERCENT("percent");

  private static final ImmutableMap<String, FigureUnit> BY_CODE = Codes.index(values());

  private final String code;

  FigureUnit(String code) {
    this.code = code;
  }

  @Override
  public String code() {
    return code;
  }

  @Override
  public String label(Language language) {
    return Labels.get("figure-unit." + code, language);
  }

  /**
   * {@return the unit with the given code}
   *
   * @param code the unit's stable code
   * @throws UnknownCodeException if no unit has that code
   */
  public static FigureUnit fromCode(String code) {
    return Codes.lookup(BY_CODE, "figure unit", code);
  }
}
