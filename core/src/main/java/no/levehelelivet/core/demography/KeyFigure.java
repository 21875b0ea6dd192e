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
 * A figure (<i>tall</i>) the course deck quotes, with its unit and its source.
 *
 * <p>The three counts of municipalities add up to 356, the number of municipalities in 2020.
 */
public enum KeyFigure implements Concept {
  /** Municipalities where the number of one-year-olds rose, 1989–2019: 90. */
  MUNICIPALITIES_WITH_MORE_ONE_YEAR_OLDS(
      "municipalities-with-more-one-year-olds",
      CONFIRMED,
      ConceptSources.KOMMUNAL_RAPPORT_CHILDREN,
      quote(
          "Antall ettåringer har økt i 90 kommuner og stått stille i 5.",
          ConceptSources.KOMMUNAL_RAPPORT_CHILDREN),
      90,
      FigureUnit.MUNICIPALITIES,
      false),
  /** Municipalities where the number of one-year-olds stayed the same, 1989–2019: 5. */
  MUNICIPALITIES_WITH_AS_MANY_ONE_YEAR_OLDS(
      "municipalities-with-as-many-one-year-olds",
      CONFIRMED,
      ConceptSources.KOMMUNAL_RAPPORT_CHILDREN,
      quote(
          "Antall ettåringer har økt i 90 kommuner og stått stille i 5.",
          ConceptSources.KOMMUNAL_RAPPORT_CHILDREN),
      5,
      FigureUnit.MUNICIPALITIES,
      false),
  /** Municipalities where the number of one-year-olds fell, 1989–2019: 261. */
  MUNICIPALITIES_WITH_FEWER_ONE_YEAR_OLDS(
      "municipalities-with-fewer-one-year-olds",
      CONFIRMED,
      ConceptSources.KOMMUNAL_RAPPORT_CHILDREN,
      quote(
          "I de resterende 261 kommunene har antallet ettåringer gått ned fra 1989 til 2019.",
          ConceptSources.KOMMUNAL_RAPPORT_CHILDREN),
      261,
      FigureUnit.MUNICIPALITIES,
      false),
  /** How many more one-year-olds Norway had in 2019 than in 1989: 3,400. */
  MORE_ONE_YEAR_OLDS_IN_NORWAY(
      "more-one-year-olds-in-norway",
      CONFIRMED,
      ConceptSources.KOMMUNAL_RAPPORT_CHILDREN,
      quote(
          "I samme periode er det blitt 3.400 flere ettåringer i Norge.",
          ConceptSources.KOMMUNAL_RAPPORT_CHILDREN),
      3400,
      FigureUnit.PERSONS,
      false),
  /** The share of teaching done by unqualified assistants: about 50 per cent. */
  TEACHING_BY_UNQUALIFIED_ASSISTANTS(
      "teaching-by-unqualified-assistants",
      CONFIRMED,
      deck("Oppvekstsektor – Helsetjenestene"),
      quote(
          "Ca 50 % av undervisningen blir gjennomført av ufaglærte assistenter.",
          deck("Oppvekstsektor – Helsetjenestene")),
      50,
      FigureUnit.PERCENT,
      true);

  private static final ImmutableMap<String, KeyFigure> BY_CODE = Codes.index(values());

  private final String code;
  private final EntryStatus status;

  // Source and Quotation are immutable values (Immutables), though not annotated for Error Prone.
  @SuppressWarnings("ImmutableEnumChecker")
  private final Source source;

  @SuppressWarnings("ImmutableEnumChecker")
  private final @Nullable Quotation quotation;

  private final int value;
  private final FigureUnit unit;
  private final boolean approximate;

  KeyFigure(
      String code,
      EntryStatus status,
      Source source,
      @Nullable Quotation quotation,
      int value,
      FigureUnit unit,
      boolean approximate) {
    this.code = code;
    this.status = status;
    this.source = source;
    this.quotation = quotation;
    this.value = value;
    this.unit = unit;
    this.approximate = approximate;
  }

  @Override
  public String code() {
    return code;
  }

  @Override
  public String label(Language language) {
    return Labels.get("key-figure." + code, language);
  }

  @Override
  public LocalizedText description() {
    return Labels.text("key-figure." + code + ".description");
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

  /** {@return the figure, in its {@link #unit()}} */
  public int value() {
    return value;
  }

  /** {@return what the figure counts} */
  public FigureUnit unit() {
    return unit;
  }

  /** {@return whether the source gives the figure as approximate («ca.»)} */
  public boolean isApproximate() {
    return approximate;
  }

  /**
   * {@return the key figure with the given code}
   *
   * @param code the key figure's stable code
   * @throws UnknownCodeException if no key figure has that code
   */
  public static KeyFigure fromCode(String code) {
    return Codes.lookup(BY_CODE, "key figure", code);
  }
}
