package no.levehelelivet.core.guide;

import static no.levehelelivet.core.EntryStatus.CONFIRMED;
import static no.levehelelivet.core.internal.ConceptSources.deck;

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
 * A theme of mobilisation (<i>mobilisering</i>): what the course deck sets around the age-friendly
 * society (<i>aldersvennlig samfunn</i>) as the ends the whole community can be mobilised for, in
 * the deck's order.
 */
public enum MobilisationTheme implements Concept {
  /** <i>Forebygge ensomhet</i>: preventing loneliness. */
  PREVENTING_LONELINESS("preventing-loneliness", CONFIRMED, deck("Mobilisering"), null),
  /** <i>Egenmestring</i>: self-reliance. */
  SELF_RELIANCE("self-reliance", CONFIRMED, deck("Mobilisering"), null),
  /** <i>Bedre ressursutnyttelse</i>: better use of resources. */
  BETTER_USE_OF_RESOURCES("better-use-of-resources", CONFIRMED, deck("Mobilisering"), null),
  /** <i>Folkehelse</i>: public health. */
  PUBLIC_HEALTH("public-health", CONFIRMED, deck("Mobilisering"), null),
  /** <i>Silonedbryting</i>: breaking down silos. */
  BREAKING_DOWN_SILOS("breaking-down-silos", CONFIRMED, deck("Mobilisering"), null),
  /** <i>Generasjonsmøter</i>: meetings between generations. */
  INTERGENERATIONAL_MEETINGS("intergenerational-meetings", CONFIRMED, deck("Mobilisering"), null),
  /** <i>Innbyggerdialog</i>: dialogue with citizens. */
  CITIZEN_DIALOGUE("citizen-dialogue", CONFIRMED, deck("Mobilisering"), null),
  /** <i>Brukerbehov</i>: user needs. */
  USER_NEEDS("user-needs", CONFIRMED, deck("Mobilisering"), null);

  private static final ImmutableMap<String, MobilisationTheme> BY_CODE = Codes.index(values());

  private final String code;
  private final EntryStatus status;

  // Source and Quotation are immutable values (Immutables), though not annotated for Error Prone.
  @SuppressWarnings("ImmutableEnumChecker")
  private final Source source;

  @SuppressWarnings("ImmutableEnumChecker")
  private final @Nullable Quotation quotation;

  MobilisationTheme(String code, EntryStatus status, Source source, @Nullable Quotation quotation) {
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
    return Labels.get("mobilisation-theme." + code, language);
  }

  @Override
  public LocalizedText description() {
    return Labels.text("mobilisation-theme." + code + ".description");
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
   * {@return the mobilisation theme with the given code}
   *
   * @param code the mobilisation theme's stable code
   * @throws UnknownCodeException if no mobilisation theme has that code
   */
  public static MobilisationTheme fromCode(String code) {
    return Codes.lookup(BY_CODE, "mobilisation theme", code);
  }
}
