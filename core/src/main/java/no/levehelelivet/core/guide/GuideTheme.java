package no.levehelelivet.core.guide;

import com.google.common.collect.ImmutableMap;
import no.levehelelivet.core.Labelled;
import no.levehelelivet.core.Language;
import no.levehelelivet.core.UnknownCodeException;
import no.levehelelivet.core.internal.Codes;
import no.levehelelivet.core.internal.Labels;

/** A theme (<i>tema</i>) of the reform's guide material, in the guide's order. */
public enum GuideTheme implements Labelled {
  /** <i>Utfordringsbildet</i>: an overview of the challenges. */
  CHALLENGE_PICTURE("challenge-picture"),
  /** <i>Mobilisering</i>: mobilising the resources of the whole community. */
  MOBILISATION("mobilisation"),
  /** <i>Innovasjon og nytenkning</i>: innovation and new thinking. */
  INNOVATION("innovation"),
  /** <i>Samskaping</i>: co-creation. */
  CO_CREATION("co-creation"),
  /** <i>Kommunal planlegging</i>: municipal planning. */
  MUNICIPAL_PLANNING("municipal-planning"),
  /** <i>Næringsliv og sølvøkonomien</i>: business and the silver economy. */
  BUSINESS_AND_SILVER_ECONOMY("business-and-silver-economy"),
  /** <i>Sivilsamfunn og frivillighet</i>: civil society and volunteering. */
  CIVIL_SOCIETY_AND_VOLUNTEERING("civil-society-and-volunteering"),
  /** <i>Fra ord til handling</i>: from words to action. */
  FROM_WORDS_TO_ACTION("from-words-to-action");

  private static final ImmutableMap<String, GuideTheme> BY_CODE = Codes.index(values());

  private final String code;

  GuideTheme(String code) {
    this.code = code;
  }

  @Override
  public String code() {
    return code;
  }

  @Override
  public String label(Language language) {
    return Labels.get("guide-theme." + code, language);
  }

  /**
   * {@return the theme with the given code}
   *
   * @param code the theme's stable code
   * @throws UnknownCodeException if no theme has that code
   */
  public static GuideTheme fromCode(String code) {
    return Codes.lookup(BY_CODE, "guide theme", code);
  }
}
