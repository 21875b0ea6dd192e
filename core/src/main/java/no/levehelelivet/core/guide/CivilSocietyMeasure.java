package no.levehelelivet.core.guide;

import static no.levehelelivet.core.EntryStatus.CONFIRMED;
import static no.levehelelivet.core.internal.ConceptSources.quote;

import com.google.common.collect.ImmutableMap;
import java.util.Optional;
import no.levehelelivet.core.Concept;
import no.levehelelivet.core.EntryStatus;
import no.levehelelivet.core.Language;
import no.levehelelivet.core.LocalizedText;
import no.levehelelivet.core.Quotation;
import no.levehelelivet.core.Source;
import no.levehelelivet.core.UnknownCodeException;
import no.levehelelivet.core.internal.Codes;
import no.levehelelivet.core.internal.ConceptSources;
import no.levehelelivet.core.internal.Labels;
import org.jspecify.annotations.Nullable;

/**
 * A bridge to build to the voluntary sector (<i>bygge broer</i>): one of the three measures by
 * which public actors can mobilise a joint effort with civil society, as the course deck gives them
 * after NIBR's report 2019:11.
 */
public enum CivilSocietyMeasure implements Concept {
  /** <i>Utarbeidelse av lokal frivillighetspolitikk</i>: a local volunteering policy. */
  LOCAL_VOLUNTEERING_POLICY(
      "local-volunteering-policy",
      CONFIRMED,
      ConceptSources.deck("Sivilsamfunn og frivillighet")
          .withCitation(
              ConceptSources.DECK + "Sivilsamfunn og frivillighet», etter NIBR-rapport 2019:11"),
      quote(
          "Utarbeidelse av lokal frivillighetspolitikk med tydelig mandat og konkrete satsningsområder",
          ConceptSources.deck("Sivilsamfunn og frivillighet")
              .withCitation(
                  ConceptSources.DECK
                      + "Sivilsamfunn og frivillighet», etter NIBR-rapport 2019:11"))),
  /** <i>Forankring og synliggjøring av mandat i strategiske planer og delplaner</i>. */
  MANDATE_IN_STRATEGIC_PLANS(
      "mandate-in-strategic-plans",
      CONFIRMED,
      ConceptSources.deck("Sivilsamfunn og frivillighet")
          .withCitation(
              ConceptSources.DECK + "Sivilsamfunn og frivillighet», etter NIBR-rapport 2019:11"),
      quote(
          "Forankring og synliggjøring av mandat i strategiske planer og delplaner",
          ConceptSources.deck("Sivilsamfunn og frivillighet")
              .withCitation(
                  ConceptSources.DECK
                      + "Sivilsamfunn og frivillighet», etter NIBR-rapport 2019:11"))),
  /** <i>Drive aktiv involvering av innbyggerne</i>: active involvement of citizens. */
  ACTIVE_CITIZEN_INVOLVEMENT(
      "active-citizen-involvement",
      CONFIRMED,
      ConceptSources.deck("Sivilsamfunn og frivillighet")
          .withCitation(
              ConceptSources.DECK + "Sivilsamfunn og frivillighet», etter NIBR-rapport 2019:11"),
      quote(
          "Drive aktiv involvering av innbyggerne, anerkjenne deres kompetanse og rette fokus på varige løsninger",
          ConceptSources.deck("Sivilsamfunn og frivillighet")
              .withCitation(
                  ConceptSources.DECK
                      + "Sivilsamfunn og frivillighet», etter NIBR-rapport 2019:11")));

  private static final ImmutableMap<String, CivilSocietyMeasure> BY_CODE = Codes.index(values());

  private final String code;
  private final EntryStatus status;

  // Source and Quotation are immutable values (Immutables), though not annotated for Error Prone.
  @SuppressWarnings("ImmutableEnumChecker")
  private final Source source;

  @SuppressWarnings("ImmutableEnumChecker")
  private final @Nullable Quotation quotation;

  CivilSocietyMeasure(
      String code, EntryStatus status, Source source, @Nullable Quotation quotation) {
    this.code = code;
    this.status = status;
    this.source = source;
    this.quotation = quotation;
  }

  @Override
  public String code() {
    return code;
  }

  @Override
  public String label(Language language) {
    return Labels.get("civil-society-measure." + code, language);
  }

  @Override
  public LocalizedText description() {
    return Labels.text("civil-society-measure." + code + ".description");
  }

  @Override
  public Optional<Quotation> quotation() {
    return Optional.ofNullable(quotation);
  }

  @Override
  public Source source() {
    return source;
  }

  @Override
  public EntryStatus status() {
    return status;
  }

  /**
   * {@return the civil society measure with the given code}
   *
   * @param code the civil society measure's stable code
   * @throws UnknownCodeException if no civil society measure has that code
   */
  public static CivilSocietyMeasure fromCode(String code) {
    return Codes.lookup(BY_CODE, "civil society measure", code);
  }
}
