package no.levehelelivet.core.municipality;

import com.google.common.collect.ImmutableMap;
import no.levehelelivet.core.Labelled;
import no.levehelelivet.core.Language;
import no.levehelelivet.core.UnknownCodeException;
import no.levehelelivet.core.internal.Codes;
import no.levehelelivet.core.internal.Labels;

/**
 * A governance paradigm (<i>styringsparadigme</i>) of public administration, each with its way of
 * steering (<i>styringsform</i>).
 */
public enum GovernanceParadigm implements Labelled {
  /** Public Administration (PA), steering by hierarchy (<i>hierarki</i>). */
  PUBLIC_ADMINISTRATION("public-administration", "PA"),
  /** New Public Management (NPM), steering by the market (<i>marked</i>). */
  NEW_PUBLIC_MANAGEMENT("new-public-management", "NPM"),
  /**
   * New Public Governance (NPG), co-creation and co-governance (<i>samskaping og samstyring</i>).
   */
  NEW_PUBLIC_GOVERNANCE("new-public-governance", "NPG");

  private static final ImmutableMap<String, GovernanceParadigm> BY_CODE = Codes.index(values());

  private final String code;
  private final String abbreviation;

  GovernanceParadigm(String code, String abbreviation) {
    this.code = code;
    this.abbreviation = abbreviation;
  }

  @Override
  public String code() {
    return code;
  }

  /** The paradigm's name, for example "New Public Governance" (the same in every language). */
  @Override
  public String label(Language language) {
    return Labels.get("governance-paradigm." + code, language);
  }

  /** {@return the usual abbreviation: PA, NPM or NPG} */
  public String abbreviation() {
    return abbreviation;
  }

  /**
   * {@return how the paradigm steers: hierarchy, market, or co-creation and co-governance}
   *
   * @param language the language of the text; bokmål where there is no translation
   */
  public String steering(Language language) {
    return Labels.get("governance-paradigm." + code + ".steering", language);
  }

  /**
   * {@return the paradigm with the given code}
   *
   * @param code the paradigm's stable code
   * @throws UnknownCodeException if no paradigm has that code
   */
  public static GovernanceParadigm fromCode(String code) {
    return Codes.lookup(BY_CODE, "governance paradigm", code);
  }
}
