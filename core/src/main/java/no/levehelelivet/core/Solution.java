package no.levehelelivet.core;

import static no.levehelelivet.core.EntryStatus.CONFIRMED;
import static no.levehelelivet.core.EntryStatus.PROVISIONAL;
import static no.levehelelivet.core.FocusArea.ACTIVITY_AND_COMMUNITY;
import static no.levehelelivet.core.FocusArea.AGE_FRIENDLY_NORWAY;
import static no.levehelelivet.core.FocusArea.CONTINUITY_OF_SERVICES;
import static no.levehelelivet.core.FocusArea.FOOD_AND_MEALS;
import static no.levehelelivet.core.FocusArea.HEALTH_CARE;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableListMultimap;
import com.google.common.collect.ImmutableMap;
import com.google.common.collect.Multimaps;
import java.util.Arrays;
import no.levehelelivet.core.internal.Codes;
import no.levehelelivet.core.internal.Labels;
import no.levehelelivet.core.internal.Sources;

/**
 * A solution (<i>løsning</i>) of the reform: one of the 25 concrete, tried solutions that Meld. St.
 * 15 (2017–2018) proposes, five under each {@link FocusArea}.
 *
 * <p>Codes are fixed. A solution whose exact Norwegian name could not be confirmed against a public
 * source has {@link EntryStatus#PROVISIONAL} status: its code stays, its label may be corrected.
 */
public enum Solution implements Labelled {
  /** <i>Planlegg egen alderdom</i>: a campaign to plan one's own old age. */
  PLAN_YOUR_OWN_OLD_AGE(
      "plan-your-own-old-age", AGE_FRIENDLY_NORWAY, CONFIRMED, Sources.AGE_FRIENDLY_PROGRAMME),
  /** <i>Eldrestyrt planlegging</i>: older people steer the planning of age-friendly communities. */
  SENIOR_LED_PLANNING(
      "senior-led-planning", AGE_FRIENDLY_NORWAY, CONFIRMED, Sources.AGE_FRIENDLY_PROGRAMME),
  /** <i>Nasjonalt nettverk for aldersvennlige kommuner</i>. */
  AGE_FRIENDLY_MUNICIPALITIES_NETWORK(
      "age-friendly-municipalities-network",
      AGE_FRIENDLY_NORWAY,
      CONFIRMED,
      Sources.AGE_FRIENDLY_PROGRAMME),
  /** <i>Partnerskapsordning</i>: partnerships with age-friendly organisations and businesses. */
  PARTNERSHIP_SCHEME(
      "partnership-scheme", AGE_FRIENDLY_NORWAY, CONFIRMED, Sources.AGE_FRIENDLY_PROGRAMME),
  /** <i>Seniorressursen</i>: older people as a resource in working life and voluntary work. */
  SENIOR_RESOURCE(
      "senior-resource", AGE_FRIENDLY_NORWAY, CONFIRMED, Sources.AGE_FRIENDLY_PROGRAMME),

  /** <i>Gode øyeblikk</i>: meaningful activity from one's own interests every day. */
  GOOD_MOMENTS("good-moments", ACTIVITY_AND_COMMUNITY, CONFIRMED, Sources.MELD_CH5),
  /** <i>Tro og liv</i>: existential, spiritual and religious needs are met. */
  FAITH_AND_LIFE("faith-and-life", ACTIVITY_AND_COMMUNITY, CONFIRMED, Sources.MELD_CH5),
  /** <i>Generasjonsmøter</i>: planned meetings between generations. */
  INTERGENERATIONAL_MEETINGS(
      "intergenerational-meetings", ACTIVITY_AND_COMMUNITY, PROVISIONAL, Sources.MELD_CH5),
  /** <i>Samfunnskontakt</i>: a function in the care services that mobilises volunteers. */
  COMMUNITY_CONTACT("community-contact", ACTIVITY_AND_COMMUNITY, PROVISIONAL, Sources.MELD_CH5),
  /** <i>Sambruk og samlokalisering</i>: shared use and co-location of buildings and services. */
  SHARED_USE_AND_CO_LOCATION(
      "shared-use-and-co-location", ACTIVITY_AND_COMMUNITY, PROVISIONAL, Sources.MELD_CH5),

  /** <i>Det gode måltid</i>: food that looks, smells and tastes good, in good surroundings. */
  THE_GOOD_MEAL("the-good-meal", FOOD_AND_MEALS, CONFIRMED, Sources.HOYANGER_MEALS),
  /** <i>Miljøarbeid og måltid</i>: the meal as interdisciplinary social and milieu work. */
  MILIEU_WORK_AND_MEALS("milieu-work-and-meals", FOOD_AND_MEALS, CONFIRMED, Sources.HOYANGER_MEALS),
  /** <i>Valgfrihet og variasjon</i>: choice and variety in what and when one eats. */
  CHOICE_AND_VARIETY("choice-and-variety", FOOD_AND_MEALS, CONFIRMED, Sources.HOYANGER_MEALS),
  /** <i>Systematisk ernæringsarbeid</i>: systematic screening and follow-up of nutrition. */
  SYSTEMATIC_NUTRITION_WORK(
      "systematic-nutrition-work", FOOD_AND_MEALS, CONFIRMED, Sources.HOYANGER_MEALS),
  /** Food and meals for older people living at home; name provisional (<i>Mat i hjemmet</i>). */
  FOOD_AT_HOME("food-at-home", FOOD_AND_MEALS, PROVISIONAL, Sources.MELD_CH6),

  /** <i>Hverdagsmestring</i>: everyday coping before compensating services. */
  EVERYDAY_COPING("everyday-coping", HEALTH_CARE, CONFIRMED, Sources.HEMNES_HEALTH),
  /** <i>Proaktive tjenester</i>: services that reach out early. */
  PROACTIVE_SERVICES("proactive-services", HEALTH_CARE, CONFIRMED, Sources.HEMNES_HEALTH),
  /** Interdisciplinary health care; name provisional (<i>Tverrfaglig helsehjelp</i>). */
  INTERDISCIPLINARY_CARE("interdisciplinary-care", HEALTH_CARE, PROVISIONAL, Sources.HEMNES_HEALTH),
  /** Milieu therapy, treatment without drugs; name provisional (<i>Miljøbehandling</i>). */
  MILIEU_THERAPY("milieu-therapy", HEALTH_CARE, PROVISIONAL, Sources.HEMNES_HEALTH),
  /** Systematic assessment and follow-up; name provisional. */
  SYSTEMATIC_ASSESSMENT_AND_FOLLOW_UP(
      "systematic-assessment-and-follow-up", HEALTH_CARE, PROVISIONAL, Sources.HEMNES_HEALTH),

  /** <i>Den enkeltes behov</i>: services start from what matters to the person. */
  INDIVIDUAL_NEEDS(
      "individual-needs", CONTINUITY_OF_SERVICES, CONFIRMED, Sources.HEMNES_CONTINUITY),
  /** <i>Avlastning og støtte til pårørende</i>: respite and support for next of kin. */
  RESPITE_AND_SUPPORT_FOR_NEXT_OF_KIN(
      "respite-and-support-for-next-of-kin",
      CONTINUITY_OF_SERVICES,
      CONFIRMED,
      Sources.HEMNES_CONTINUITY),
  /** Continuity of staff, fewer people to deal with; name provisional. */
  FEWER_PEOPLE_TO_DEAL_WITH(
      "fewer-people-to-deal-with", CONTINUITY_OF_SERVICES, PROVISIONAL, Sources.HEMNES_CONTINUITY),
  /** Safe transitions between the municipality's own services; name provisional. */
  SAFE_TRANSITIONS_WITHIN_MUNICIPALITY(
      "safe-transitions-within-municipality",
      CONTINUITY_OF_SERVICES,
      PROVISIONAL,
      Sources.HEMNES_CONTINUITY),
  /** Safe transitions between hospital and home; name provisional. */
  SAFE_TRANSITIONS_HOSPITAL_AND_HOME(
      "safe-transitions-hospital-and-home",
      CONTINUITY_OF_SERVICES,
      PROVISIONAL,
      Sources.HEMNES_CONTINUITY);

  private static final ImmutableMap<String, Solution> BY_CODE = Codes.index(values());

  private static final ImmutableListMultimap<FocusArea, Solution> BY_FOCUS_AREA =
      Multimaps.index(Arrays.asList(values()), Solution::focusArea);

  private final String code;
  private final FocusArea focusArea;
  private final EntryStatus status;

  // Source is an immutable value (Immutables), though not annotated for Error Prone.
  @SuppressWarnings("ImmutableEnumChecker")
  private final Source source;

  Solution(String code, FocusArea focusArea, EntryStatus status, Source source) {
    this.code = code;
    this.focusArea = focusArea;
    this.status = status;
    this.source = source;
  }

  @Override
  public String code() {
    return code;
  }

  /** The name in the given language; for a provisional solution, the best known candidate. */
  @Override
  public String label(Language language) {
    return Labels.get("solution." + code, language);
  }

  /**
   * {@return a one-sentence explanation of what the solution is, in the given language}
   *
   * @param language the language of the explanation; bokmål where there is no translation
   */
  public String description(Language language) {
    return Labels.get("solution." + code + ".description", language);
  }

  /** {@return the focus area this solution belongs to} */
  public FocusArea focusArea() {
    return focusArea;
  }

  /** {@return whether the name is confirmed by {@link #source()} or still provisional} */
  public EntryStatus status() {
    return status;
  }

  /** {@return the public source of the name (for a provisional one, of the concept)} */
  public Source source() {
    return source;
  }

  /** The five solutions of a focus area, in the white paper's order. */
  static ImmutableList<Solution> inFocusArea(FocusArea focusArea) {
    return BY_FOCUS_AREA.get(focusArea);
  }

  /**
   * {@return the solution with the given code}
   *
   * @param code the solution's stable code
   * @throws UnknownCodeException if no solution has that code
   */
  public static Solution fromCode(String code) {
    return Codes.lookup(BY_CODE, "solution", code);
  }
}
