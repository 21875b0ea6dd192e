package no.levehelelivet.core.guide;

import static no.levehelelivet.core.EntryStatus.CONFIRMED;
import static no.levehelelivet.core.internal.ConceptSources.deck;
import static no.levehelelivet.core.internal.ConceptSources.guide;
import static no.levehelelivet.core.internal.ConceptSources.quote;

import com.google.common.collect.ImmutableMap;
import com.google.common.collect.ImmutableSet;
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
 * A section (<i>kapittel</i>) of the reform's guide «Metode- og veiledningsmateriell», in the order
 * of its table of contents (<i>innhold</i>), with the {@link GuideTheme} it treats, where it treats
 * one, and the phases of the standard change process that use it.
 *
 * <p>The table of contents is the course deck's; which phases use a section is this library's
 * reading of the guide, not the guide's own words, and {@link #standardPhases()} says so by being
 * separate from the section's source.
 */
public enum GuideSection implements Concept {
  /** <i>Introduksjon</i>: what the guide is for. */
  INTRODUCTION(
      "introduction",
      CONFIRMED,
      guide("Introduksjon"),
      quote(
          "Denne veilederen retter fokus på hvordan kommuner kan mobilisere ressurser og være en pådriver i prosessarbeidet med reformen Leve hele livet.",
          ConceptSources.guide("Introduksjon")),
      1,
      null,
      ImmutableSet.of("start-up")),
  /** <i>Bakgrunn</i>: the reform and its aims. */
  BACKGROUND(
      "background", CONFIRMED, guide("Bakgrunn"), null, 2, null, ImmutableSet.of("start-up")),
  /** <i>Utfordringsbildet</i>: the challenges. */
  CHALLENGE_PICTURE(
      "challenge-picture",
      CONFIRMED,
      deck("Utfordringsbildet"),
      quote(
          "For å imøtekomme utfordringsbildet kreves det mobilisering av alle samfunnets ressurser, statlige og kommunale aktører, frivillige lag og organisasjoner og næringsliv.",
          ConceptSources.deck("Utfordringsbildet")),
      3,
      GuideTheme.CHALLENGE_PICTURE,
      ImmutableSet.of("mapping")),
  /** <i>Mobilisering</i>: mobilising the whole community. */
  MOBILISATION(
      "mobilisation",
      CONFIRMED,
      deck("Om veilederen"),
      null,
      4,
      GuideTheme.MOBILISATION,
      ImmutableSet.of("mapping", "plan-and-decide")),
  /** <i>Innovasjon og nytenkning</i>: innovation and new thinking. */
  INNOVATION(
      "innovation",
      CONFIRMED,
      deck("Om veilederen"),
      null,
      5,
      GuideTheme.INNOVATION,
      ImmutableSet.of("plan-and-decide")),
  /** <i>Samskaping</i>: co-creation. */
  CO_CREATION(
      "co-creation",
      CONFIRMED,
      deck("Om veilederen"),
      quote(
          "Arbeidet med Leve hele livet kan betegnes som samskaping, der flere aktører i samfunnet går sammen om å utvikle felles løsninger til både kommunens og samfunnets utfordringer.",
          ConceptSources.deck("Utfordringsbildet")),
      6,
      GuideTheme.CO_CREATION,
      ImmutableSet.of("plan-and-decide")),
  /** <i>Helsedirektoratets modell</i>: the phased model of the change work. */
  DIRECTORATE_MODEL(
      "directorate-model",
      CONFIRMED,
      deck("Om veilederen"),
      quote(
          "I veilederen presenteres en modell for planlegging og gjennomføring av endringsarbeidet. Modellen har hentet inspirasjon fra tjenestedesign som illustreres og beskrives i faser med tips og råd som kan være hensiktsmessig å følge.",
          ConceptSources.guide("Introduksjon")),
      7,
      null,
      ImmutableSet.of("start-up")),
  /** <i>Kommunal planlegging</i>: municipal planning. */
  MUNICIPAL_PLANNING(
      "municipal-planning",
      CONFIRMED,
      guide("Kommunal planlegging"),
      quote(
          "Kommunal planlegging blir et sentralt virkemiddel i arbeidet, og det skal derfor legges til rette med veiledere og verktøy for kommunal samfunnsplanlegging.",
          ConceptSources.guide("Kommunal planlegging")),
      8,
      GuideTheme.MUNICIPAL_PLANNING,
      ImmutableSet.of("integrate-into-plans")),
  /** <i>Næringsliv – sølvøkonomien</i>: business and the silver economy. */
  BUSINESS_AND_SILVER_ECONOMY(
      "business-and-silver-economy",
      CONFIRMED,
      deck("Næringsliv og «Sølvøkonomien»"),
      quote(
          "Utover sentrale aktører vil også næringslivet påvirkes av endringene i samfunnet og være en viktig aktør i utviklingen av et aldersvennlig samfunn",
          ConceptSources.deck("Næringsliv og «Sølvøkonomien»")
              .withCitation(
                  ConceptSources.DECK
                      + "Næringsliv og «Sølvøkonomien»», sitat fra Helsedirektoratet")),
      9,
      GuideTheme.BUSINESS_AND_SILVER_ECONOMY,
      ImmutableSet.of("plan-and-decide")),
  /** <i>Sivilsamfunn – frivillighet</i>: civil society and volunteering. */
  CIVIL_SOCIETY_AND_VOLUNTEERING(
      "civil-society-and-volunteering",
      CONFIRMED,
      deck("Sivilsamfunn og frivillighet"),
      quote(
          "Frivillig sektor har en viktig rolle som aktør og pådriver i et lokalsamfunn. Innsats som skjer i regi av frivillig sektor både forsterker og supplerer bidrag til aktiviteter som drives i næringsliv- og i kommunale tjenester",
          ConceptSources.deck("Sivilsamfunn og frivillighet")
              .withCitation(
                  ConceptSources.DECK
                      + "Sivilsamfunn og frivillighet», sitat fra Helsedirektoratet")),
      10,
      GuideTheme.CIVIL_SOCIETY_AND_VOLUNTEERING,
      ImmutableSet.of("plan-and-decide")),
  /** <i>Fra ord til handling – anbefalinger</i>: from words to action. */
  FROM_WORDS_TO_ACTION(
      "from-words-to-action",
      CONFIRMED,
      deck("Om veilederen"),
      null,
      11,
      GuideTheme.FROM_WORDS_TO_ACTION,
      ImmutableSet.of("implement-and-evaluate")),
  /** <i>Gode spørsmål for å komme i gang</i>: questions to get started. */
  GOOD_QUESTIONS_TO_GET_STARTED(
      "good-questions-to-get-started",
      CONFIRMED,
      deck("Om veilederen"),
      null,
      12,
      null,
      ImmutableSet.of("start-up")),
  /** <i>Trinnene på veien</i>: the steps of the change work. */
  STEPS_ON_THE_WAY(
      "steps-on-the-way",
      CONFIRMED,
      deck("Om veilederen"),
      null,
      13,
      null,
      ImmutableSet.of(
          "start-up",
          "mapping",
          "plan-and-decide",
          "integrate-into-plans",
          "implement-and-evaluate")),
  /** <i>Prosessverktøy</i>: process tools. */
  PROCESS_TOOLS(
      "process-tools",
      CONFIRMED,
      deck("Om veilederen"),
      quote(
          "Veilederen presenterer videre visuelt støttemateriell som kan benyttes i prosessen.",
          ConceptSources.guide("Introduksjon")),
      14,
      null,
      ImmutableSet.of(
          "start-up",
          "mapping",
          "plan-and-decide",
          "integrate-into-plans",
          "implement-and-evaluate")),
  /** <i>Anbefalte lenker</i>: recommended links. */
  RECOMMENDED_LINKS(
      "recommended-links", CONFIRMED, deck("Om veilederen"), null, 15, null, ImmutableSet.of()),
  /** <i>Andre nyttige lenker</i>: other useful links. */
  OTHER_USEFUL_LINKS(
      "other-useful-links", CONFIRMED, deck("Om veilederen"), null, 16, null, ImmutableSet.of()),
  /** <i>Tidslinje for gjennomføring av fase to</i>: the timeline for phase two. */
  TIMELINE_FOR_PHASE_TWO(
      "timeline-for-phase-two",
      CONFIRMED,
      deck("Om veilederen"),
      quote(
          "Sist i dokumentet ligger en tidslinje for gjennomføring av Leve hele livet med fokus på fase to.",
          ConceptSources.guide("Introduksjon")),
      17,
      null,
      ImmutableSet.of("mapping", "plan-and-decide"));

  private static final ImmutableMap<String, GuideSection> BY_CODE = Codes.index(values());

  private final String code;
  private final EntryStatus status;

  // Source and Quotation are immutable values (Immutables), though not annotated for Error Prone.
  @SuppressWarnings("ImmutableEnumChecker")
  private final Source source;

  @SuppressWarnings("ImmutableEnumChecker")
  private final @Nullable Quotation quotation;

  private final int number;
  private final @Nullable GuideTheme theme;
  private final ImmutableSet<String> standardPhases;

  GuideSection(
      String code,
      EntryStatus status,
      Source source,
      @Nullable Quotation quotation,
      int number,
      @Nullable GuideTheme theme,
      ImmutableSet<String> standardPhases) {
    this.code = code;
    this.status = status;
    this.source = source;
    this.quotation = quotation;
    this.number = number;
    this.theme = theme;
    this.standardPhases = standardPhases;
  }

  @Override
  public String code() {
    return code;
  }

  @Override
  public String label(Language language) {
    return Labels.get("guide-section." + code, language);
  }

  @Override
  public LocalizedText description() {
    return Labels.text("guide-section." + code + ".description");
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

  /** {@return the section's number in the table of contents, from 1} */
  public int number() {
    return number;
  }

  /** {@return the theme of the guide material the section treats, where it treats one} */
  public Optional<GuideTheme> theme() {
    return Optional.ofNullable(theme);
  }

  /**
   * {@return the codes of the phases of the standard change process (<i>endringsprosess</i>) that
   * use the section, for example {@code "mapping"}; empty for a section of links} This is the
   * library's reading of the guide: the guide does not tie its sections to phases.
   */
  public ImmutableSet<String> standardPhases() {
    return standardPhases;
  }

  /**
   * {@return the guide section with the given code}
   *
   * @param code the guide section's stable code
   * @throws UnknownCodeException if no guide section has that code
   */
  public static GuideSection fromCode(String code) {
    return Codes.lookup(BY_CODE, "guide section", code);
  }
}
