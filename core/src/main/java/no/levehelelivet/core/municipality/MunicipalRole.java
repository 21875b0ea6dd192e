package no.levehelelivet.core.municipality;

import com.google.common.collect.ImmutableMap;
import no.levehelelivet.core.Labelled;
import no.levehelelivet.core.Language;
import no.levehelelivet.core.UnknownCodeException;
import no.levehelelivet.core.internal.Codes;
import no.levehelelivet.core.internal.Labels;

/**
 * A role the municipality takes towards its citizens (<i>kommunerolle</i>), from the slide "På vei
 * mot en ny kommunerolle": the municipality moves from deciding for people, through serving them,
 * towards creating solutions together with them.
 */
public enum MunicipalRole implements Labelled {
  /** <i>Formynderkommunen</i>, the guardian municipality: "Kommunen bestemmer". */
  GUARDIAN_MUNICIPALITY("guardian-municipality", GovernanceParadigm.PUBLIC_ADMINISTRATION),
  /** <i>Servicekommunen</i>, the service municipality: "Brukeren bestiller". */
  SERVICE_MUNICIPALITY("service-municipality", GovernanceParadigm.NEW_PUBLIC_MANAGEMENT),
  /** <i>Samskapingskommunen</i>, the co-creating municipality: "Vi lager løsninger sammen". */
  CO_CREATING_MUNICIPALITY("co-creating-municipality", GovernanceParadigm.NEW_PUBLIC_GOVERNANCE);

  private static final ImmutableMap<String, MunicipalRole> BY_CODE = Codes.index(values());

  private final String code;
  private final GovernanceParadigm paradigm;

  MunicipalRole(String code, GovernanceParadigm paradigm) {
    this.code = code;
    this.paradigm = paradigm;
  }

  @Override
  public String code() {
    return code;
  }

  /** The role's name, for example "Samskapingskommunen". */
  @Override
  public String label(Language language) {
    return Labels.get("municipal-role." + code, language);
  }

  /**
   * {@return the role's one-line motto, for example "Vi lager løsninger sammen"}
   *
   * @param language the language of the motto; bokmål where there is no translation
   */
  public String motto(Language language) {
    return Labels.get("municipal-role." + code + ".motto", language);
  }

  /**
   * {@return the slogan that explains the motto, for example "Hva kan vi få til i fellesskap"}
   *
   * @param language the language of the slogan; bokmål where there is no translation
   */
  public String slogan(Language language) {
    return Labels.get("municipal-role." + code + ".slogan", language);
  }

  /** {@return the governance paradigm the role belongs to} */
  public GovernanceParadigm paradigm() {
    return paradigm;
  }

  /**
   * {@return the role with the given code}
   *
   * @param code the role's stable code
   * @throws UnknownCodeException if no role has that code
   */
  public static MunicipalRole fromCode(String code) {
    return Codes.lookup(BY_CODE, "municipal role", code);
  }
}
