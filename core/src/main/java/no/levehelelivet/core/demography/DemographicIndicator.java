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
 * A demographic indicator (<i>demografisk indikator</i>) the course deck uses to describe the
 * challenges a municipality faces.
 */
public enum DemographicIndicator implements Concept {
  /** <i>Familieomsorgskoeffisienten</i>: people aged 50–66 per person aged 85 or over. */
  FAMILY_CARE_COEFFICIENT(
      "family-care-coefficient",
      CONFIRMED,
      ConceptSources.RESSURSPORTAL_CARE_COEFFICIENT,
      quote(
          "Familieomsorgskoeffisienten slår sterkt ut i Norge, men kan gi et noe forenklet bilde av utviklingen framover, fordi det er flere utviklingstrekk enn alderssammensetningen som har betydning for potensiell omsorgsyting i familien, og fordi kulturelle endringer også påvirker omsorgsyting.",
          deck("Familieomsorgskoeffisienten"))),
  /** <i>Utvikling i folketall per 1.1</i>: the population as an index, 2018 = 100. */
  POPULATION_INDEX(
      "population-index",
      CONFIRMED,
      deck("Utvikling i folketall per 1.1"),
      quote(
          "Utvikling i folketall per 1.1 (2018 = 100, SSB MMMM -alternativet / kommunens egen fremskriving)",
          deck("Utvikling i folketall per 1.1")));

  private static final ImmutableMap<String, DemographicIndicator> BY_CODE = Codes.index(values());

  private final String code;
  private final EntryStatus status;

  // Source and Quotation are immutable values (Immutables), though not annotated for Error Prone.
  @SuppressWarnings("ImmutableEnumChecker")
  private final Source source;

  @SuppressWarnings("ImmutableEnumChecker")
  private final @Nullable Quotation quotation;

  DemographicIndicator(
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
    return Labels.get("demographic-indicator." + code, language);
  }

  @Override
  public LocalizedText description() {
    return Labels.text("demographic-indicator." + code + ".description");
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
   * {@return the demographic indicator with the given code}
   *
   * @param code the demographic indicator's stable code
   * @throws UnknownCodeException if no demographic indicator has that code
   */
  public static DemographicIndicator fromCode(String code) {
    return Codes.lookup(BY_CODE, "demographic indicator", code);
  }
}
