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
import no.levehelelivet.core.Municipality;
import no.levehelelivet.core.Quotation;
import no.levehelelivet.core.Source;
import no.levehelelivet.core.UnknownCodeException;
import no.levehelelivet.core.actor.CollaboratingActor;
import no.levehelelivet.core.internal.Codes;
import no.levehelelivet.core.internal.Labels;
import org.jspecify.annotations.Nullable;

/**
 * An example (<i>eksempel</i>) of a municipality or region at work on the reform, as the course
 * deck shows them.
 *
 * <p>The deck spells Solund «Sollund»; the catalogue gives the municipality its own name and number
 * and keeps the deck's spelling in {@link #spellingInSource()}.
 */
public enum ReformExample implements Concept {
  /** <i>Vefsn og naboene</i>: Vefsn (1824) and its neighbours. */
  VEFSN_AND_NEIGHBOURS(
      "vefsn-and-neighbours",
      CONFIRMED,
      deck("Vefsn og naboene"),
      quote(
          "Forankring av kommunenes team-arbeid basert på kommunens kjerneverdier, verdisyn, planarbeid.",
          deck("Forankring")),
      Municipality.of("Vefsn", "1824"),
      "18",
      CollaboratingActor.REGIONAL_COMPETENCE_OFFICE,
      null),
  /** <i>USHT-ene i Viken</i>: the development centres in Viken, county 30 from 2020 to 2023. */
  USHT_VIKEN("usht-viken", CONFIRMED, deck("USHT-ene i Viken"), null, null, "30", null, null),
  /**
   * <i>Middels stor kommune i Innlandet</i>: a medium-sized municipality in Innlandet (county 34).
   */
  MEDIUM_SIZED_MUNICIPALITY_IN_INNLANDET(
      "medium-sized-municipality-in-innlandet",
      CONFIRMED,
      deck("Middels stor kommune | Innlandet"),
      quote(
          "En annen inngang: Strategisk planarbeid i Helse- og omsorg med fokus på aktivitet",
          deck("Middels stor kommune | Innlandet")),
      null,
      "34",
      null,
      null),
  /** <i>Solund</i> (4636, Vestland), which the deck spells «Sollund». */
  SOLUND(
      "solund",
      CONFIRMED,
      deck("Et spennende eksempel – helhet"),
      quote("Et spennende eksempel- helhet", deck("Et spennende eksempel – helhet")),
      Municipality.of("Solund", "4636"),
      "46",
      null,
      "Sollund");

  private static final ImmutableMap<String, ReformExample> BY_CODE = Codes.index(values());

  private final String code;
  private final EntryStatus status;

  // Source and Quotation are immutable values (Immutables), though not annotated for Error Prone.
  @SuppressWarnings("ImmutableEnumChecker")
  private final Source source;

  @SuppressWarnings("ImmutableEnumChecker")
  private final @Nullable Quotation quotation;

  // Municipality is an immutable value (Immutables), though not annotated for Error Prone.
  @SuppressWarnings("ImmutableEnumChecker")
  private final @Nullable Municipality municipality;

  private final String countyNumber;
  private final @Nullable CollaboratingActor initiator;
  private final @Nullable String spellingInSource;

  ReformExample(
      String code,
      EntryStatus status,
      Source source,
      @Nullable Quotation quotation,
      @Nullable Municipality municipality,
      String countyNumber,
      @Nullable CollaboratingActor initiator,
      @Nullable String spellingInSource) {
    this.code = code;
    this.status = status;
    this.source = source;
    this.quotation = quotation;
    this.municipality = municipality;
    this.countyNumber = countyNumber;
    this.initiator = initiator;
    this.spellingInSource = spellingInSource;
  }

  @Override
  public String code() {
    return code;
  }

  @Override
  public String label(Language language) {
    return Labels.get("reform-example." + code, language);
  }

  @Override
  public LocalizedText description() {
    return Labels.text("reform-example." + code + ".description");
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

  /** {@return the municipality of the example, where it is one municipality} */
  public Optional<Municipality> municipality() {
    return Optional.ofNullable(municipality);
  }

  /**
   * {@return the two-digit county number (<i>fylkesnummer</i>) the example belonged to when the
   * deck showed it, for example {@code "34"} for Innlandet}
   */
  public String countyNumber() {
    return countyNumber;
  }

  /** {@return the actor that started the work, where the deck names one} */
  public Optional<CollaboratingActor> initiator() {
    return Optional.ofNullable(initiator);
  }

  /** {@return how the source spells the name, where it differs from the official name} */
  public Optional<String> spellingInSource() {
    return Optional.ofNullable(spellingInSource);
  }

  /**
   * {@return the reform example with the given code}
   *
   * @param code the reform example's stable code
   * @throws UnknownCodeException if no reform example has that code
   */
  public static ReformExample fromCode(String code) {
    return Codes.lookup(BY_CODE, "reform example", code);
  }
}
