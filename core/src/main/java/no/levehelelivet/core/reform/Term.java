package no.levehelelivet.core.reform;

import static no.levehelelivet.core.EntryStatus.CONFIRMED;
import static no.levehelelivet.core.internal.ConceptSources.deck;
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
 * A term (<i>begrep</i>) the course material defines or relies on, with the source of its
 * definition.
 */
public enum Term implements Concept {
  /** <i>Sølvøkonomien</i>: the silver economy, as the European Commission defined it in 2015. */
  SILVER_ECONOMY(
      "silver-economy",
      CONFIRMED,
      ConceptSources.EC_SILVER_ECONOMY,
      quote(
          "«The Silver Economy» blir definert som de økonomiske mulighetene som oppstår ved offentlig og privat forbruk som er relatert til aldringen av befolkningen og de spesifikke behovene til personer over 50 år.",
          deck("Næringsliv og «Sølvøkonomien»"))),
  /** <i>MMMM-alternativet</i>: Statistics Norway's main projection alternative. */
  MMMM_PROJECTION(
      "mmmm-projection",
      CONFIRMED,
      ConceptSources.RESSURSPORTAL_CARE_COEFFICIENT,
      quote(
          "Blant SSBs ulike framskrivingsalternativer er MMMM-alternativet (mellomalternativet, eller hovedalternativet) det som betegnes som den mest trolige utviklingen gitt situasjonen ved framskrivningstidspunktet",
          ConceptSources.RESSURSPORTAL_CARE_COEFFICIENT)),
  /** <i>Samarbeid for å nå målene</i>: the UN's Sustainable Development Goal 17. */
  SUSTAINABLE_DEVELOPMENT_GOAL_17(
      "sustainable-development-goal-17", CONFIRMED, deck("På vei mot en ny kommunerolle"), null);

  private static final ImmutableMap<String, Term> BY_CODE = Codes.index(values());

  private final String code;
  private final EntryStatus status;

  // Source and Quotation are immutable values (Immutables), though not annotated for Error Prone.
  @SuppressWarnings("ImmutableEnumChecker")
  private final Source source;

  @SuppressWarnings("ImmutableEnumChecker")
  private final @Nullable Quotation quotation;

  Term(String code, EntryStatus status, Source source, @Nullable Quotation quotation) {
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
    return Labels.get("term." + code, language);
  }

  @Override
  public LocalizedText description() {
    return Labels.text("term." + code + ".description");
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
   * {@return the term with the given code}
   *
   * @param code the term's stable code
   * @throws UnknownCodeException if no term has that code
   */
  public static Term fromCode(String code) {
    return Codes.lookup(BY_CODE, "term", code);
  }
}
