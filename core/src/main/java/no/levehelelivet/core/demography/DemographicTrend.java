package no.levehelelivet.core.demography;

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
 * A demographic trend (<i>utviklingstrekk</i>) the course deck describes beside the family care
 * coefficient and the number of children, with the research it cites.
 */
public enum DemographicTrend implements Concept {
  /** <i>Familieomsorgen har vist seg å være stabil</i>: stable family care. */
  STABLE_FAMILY_CARE(
      "stable-family-care",
      CONFIRMED,
      deck("Familieomsorgskoeffisienten"),
      quote(
          "I Norge har familieomsorgen vist seg å være stabil i omfang de siste 20 – 30 år hvor man har fulgt utviklingen (Daatland og Solem 2000, Rønning 2009).",
          deck("Familieomsorgskoeffisienten"))),
  /** <i>Et slags partnerskapsforhold</i>: family and public care as partners. */
  FAMILY_AND_PUBLIC_CARE_AS_PARTNERS(
      "family-and-public-care-as-partners",
      CONFIRMED,
      deck("Familieomsorgskoeffisienten"),
      quote(
          "Familien kan stille opp uten å måtte ta hele ansvaret og det utvikles et slags partnerskapsforhold (NOU 2011: 11).",
          deck("Familieomsorgskoeffisienten"))),
  /** <i>Urbanisering</i>: more people live in cities, further from their families. */
  URBANISATION(
      "urbanisation",
      CONFIRMED,
      deck("Familieomsorgskoeffisienten"),
      quote(
          "Det vil trolig bli større grad av urbanisering — folk foretrekker i større grad å bo i byer.",
          deck("Familieomsorgskoeffisienten"))),
  /** <i>Nettoutflytting</i>: more people moving out than in. */
  NET_OUT_MIGRATION(
      "net-out-migration",
      CONFIRMED,
      deck("Familieomsorgskoeffisienten"),
      quote(
          "De fleste kommunene i Nord-Norge, Vestlandet nord for Bergen og innlandet i Sør-Norge opplever nettoutflytting.",
          deck("Familieomsorgskoeffisienten"))),
  /** <i>Stadig færre barn i Bygde-Norge</i>: ever fewer children in rural Norway. */
  FEWER_CHILDREN_IN_RURAL_NORWAY(
      "fewer-children-in-rural-norway",
      CONFIRMED,
      ConceptSources.KOMMUNAL_RAPPORT_CHILDREN,
      quote(
          "Tre av fire av norske kommuner har færre ettåringer enn for 30 år siden.",
          ConceptSources.KOMMUNAL_RAPPORT_CHILDREN));

  private static final ImmutableMap<String, DemographicTrend> BY_CODE = Codes.index(values());

  private final String code;
  private final EntryStatus status;

  // Source and Quotation are immutable values (Immutables), though not annotated for Error Prone.
  @SuppressWarnings("ImmutableEnumChecker")
  private final Source source;

  @SuppressWarnings("ImmutableEnumChecker")
  private final @Nullable Quotation quotation;

  DemographicTrend(String code, EntryStatus status, Source source, @Nullable Quotation quotation) {
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
    return Labels.get("demographic-trend." + code, language);
  }

  @Override
  public LocalizedText description() {
    return Labels.text("demographic-trend." + code + ".description");
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
   * {@return the demographic trend with the given code}
   *
   * @param code the demographic trend's stable code
   * @throws UnknownCodeException if no demographic trend has that code
   */
  public static DemographicTrend fromCode(String code) {
    return Codes.lookup(BY_CODE, "demographic trend", code);
  }
}
