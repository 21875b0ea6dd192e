package no.levehelelivet.core.guide;

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
import no.levehelelivet.core.internal.Labels;
import org.jspecify.annotations.Nullable;

/**
 * An element of the course's method (<i>metode</i>): how the seminars work, in the course deck's
 * order.
 */
public enum SeminarMethod implements Concept {
  /** <i>Kombinasjon mellom fysiske og digitale seminarer</i>. */
  PHYSICAL_AND_DIGITAL_SEMINARS(
      "physical-and-digital-seminars",
      CONFIRMED,
      deck("Metode"),
      quote("Kombinasjon mellom fysisk og digitale seminarer", deck("Metode"))),
  /** <i>Presentasjon og refleksjon over kunnskapsgrunnlag</i>. */
  PRESENTATION_AND_REFLECTION(
      "presentation-and-reflection",
      CONFIRMED,
      deck("Metode"),
      quote("Presentasjon og refleksjon over kunnskapsgrunnlag", deck("Metode"))),
  /** <i>Deling av refleksjoner og erfaringer med kollegaer</i>. */
  SHARING_WITH_COLLEAGUES(
      "sharing-with-colleagues",
      CONFIRMED,
      deck("Metode"),
      quote("Deling av refleksjoner og erfaringer med kollegaer", deck("Metode"))),
  /** <i>Trening i bruk av verktøy og metoder</i>. */
  TRAINING_IN_TOOLS_AND_METHODS(
      "training-in-tools-and-methods",
      CONFIRMED,
      deck("Metode"),
      quote("Trening i bruk av verktøy og metoder som introduseres i samlingene", deck("Metode")));

  private static final ImmutableMap<String, SeminarMethod> BY_CODE = Codes.index(values());

  private final String code;
  private final EntryStatus status;

  // Source and Quotation are immutable values (Immutables), though not annotated for Error Prone.
  @SuppressWarnings("ImmutableEnumChecker")
  private final Source source;

  @SuppressWarnings("ImmutableEnumChecker")
  private final @Nullable Quotation quotation;

  SeminarMethod(String code, EntryStatus status, Source source, @Nullable Quotation quotation) {
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
    return Labels.get("seminar-method." + code, language);
  }

  @Override
  public LocalizedText description() {
    return Labels.text("seminar-method." + code + ".description");
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
   * {@return the seminar method with the given code}
   *
   * @param code the seminar method's stable code
   * @throws UnknownCodeException if no seminar method has that code
   */
  public static SeminarMethod fromCode(String code) {
    return Codes.lookup(BY_CODE, "seminar method", code);
  }
}
