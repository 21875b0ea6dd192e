package no.levehelelivet.core.reform;

import static no.levehelelivet.core.EntryStatus.CONFIRMED;
import static no.levehelelivet.core.internal.ConceptSources.deck;
import static no.levehelelivet.core.internal.ConceptSources.guide;
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
import no.levehelelivet.core.internal.Labels;
import org.jspecify.annotations.Nullable;

/**
 * A principle (<i>prinsipp</i>) the course deck and the web guide give for how a municipality is to
 * work with the reform.
 */
public enum ReformPrinciple implements Concept {
  /** <i>Ingen firkantet pakke … en verktøykasse</i>: a toolbox, not a package. */
  TOOLBOX_NOT_A_PACKAGE(
      "toolbox-not-a-package",
      CONFIRMED,
      guide("Bakgrunn"),
      quote(
          "Meldingen er ingen firkantet pakke som skal skrus sammen og brukes likt alle steder. Leve hele livet skal være en verktøykasse.",
          guide("Bakgrunn"))),
  /** <i>Lokale løsninger og behov</i>: local solutions for local needs. */
  LOCAL_SOLUTIONS_FOR_LOCAL_NEEDS(
      "local-solutions-for-local-needs",
      CONFIRMED,
      deck("Lokale løsninger og behov"),
      quote(
          "Selv om utfordringsbildet er gjenkjennbart for de fleste kommuner og lokalsamfunn, er det nødvendig at det utarbeides løsninger som samsvarer med lokale behov.",
          deck("Lokale løsninger og behov"))),
  /** <i>Mobilisere samfunnet</i>: the care services cannot do it alone. */
  MOBILISE_THE_WHOLE_COMMUNITY(
      "mobilise-the-whole-community",
      CONFIRMED,
      deck("Utfordringsbildet"),
      quote(
          "Det demografiske utfordringsbildet peker i retning av at omsorgstjenestene ikke kan klare satsningen alene, man må se utover eget tjenesteområde og mobilisere samfunnet.",
          deck("Utfordringsbildet")));

  private static final ImmutableMap<String, ReformPrinciple> BY_CODE = Codes.index(values());

  private final String code;
  private final EntryStatus status;

  // Source and Quotation are immutable values (Immutables), though not annotated for Error Prone.
  @SuppressWarnings("ImmutableEnumChecker")
  private final Source source;

  @SuppressWarnings("ImmutableEnumChecker")
  private final @Nullable Quotation quotation;

  ReformPrinciple(String code, EntryStatus status, Source source, @Nullable Quotation quotation) {
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
    return Labels.get("reform-principle." + code, language);
  }

  @Override
  public LocalizedText description() {
    return Labels.text("reform-principle." + code + ".description");
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
   * {@return the reform principle with the given code}
   *
   * @param code the reform principle's stable code
   * @throws UnknownCodeException if no reform principle has that code
   */
  public static ReformPrinciple fromCode(String code) {
    return Codes.lookup(BY_CODE, "reform principle", code);
  }
}
