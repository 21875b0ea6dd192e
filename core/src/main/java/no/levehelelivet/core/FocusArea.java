package no.levehelelivet.core;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import no.levehelelivet.core.internal.Codes;
import no.levehelelivet.core.internal.Labels;

/**
 * A focus area (<i>innsatsområde</i>) of the reform <i>Leve hele livet</i>: one of the five areas
 * in which the white paper proposes five solutions each (Meld. St. 15 (2017–2018), ch. 1).
 *
 * <p>The codes are fixed and never change; the labels are the official names: in bokmål as the
 * white paper gives them, with their nynorsk forms, and in English as the ministry's English
 * edition, "A full life – all your life", titles its chapters 5 to 8.
 */
public enum FocusArea implements Labelled {
  /** <i>Et aldersvennlig Norge</i>, the national programme for an age-friendly Norway. */
  AGE_FRIENDLY_NORWAY("age-friendly-norway", "ch. 4"),
  /** <i>Aktivitet og fellesskap</i>: activity and socialisation. */
  ACTIVITY_AND_COMMUNITY("activity-and-community", "ch. 5"),
  /** <i>Mat og måltider</i>: food and meals. */
  FOOD_AND_MEALS("food-and-meals", "ch. 6"),
  /** <i>Helsehjelp</i>: healthcare. */
  HEALTH_CARE("health-care", "ch. 7"),
  /** <i>Sammenheng i tjenestene</i>: coherence (in and between the services). */
  CONTINUITY_OF_SERVICES("continuity-of-services", "ch. 8");

  private static final ImmutableMap<String, FocusArea> BY_CODE = Codes.index(values());

  private final String code;

  // Source is an immutable value (Immutables), though not annotated for Error Prone.
  @SuppressWarnings("ImmutableEnumChecker")
  private final Source source;

  FocusArea(String code, String chapter) {
    this.code = code;
    this.source =
        Source.of(
            "Meld. St. 15 (2017–2018) Leve hele livet, " + chapter,
            "https://www.regjeringen.no/no/dokumenter/meld.-st.-15-20172018/id2599850/");
  }

  @Override
  public String code() {
    return code;
  }

  /** The official name in the given language, for example "Mat og måltider" in bokmål. */
  @Override
  public String label(Language language) {
    return Labels.get("focus-area." + code, language);
  }

  /** {@return the chapter of the white paper that describes this focus area} */
  public Source source() {
    return source;
  }

  /** {@return the status of the name; every focus area's name is confirmed} */
  public EntryStatus status() {
    return EntryStatus.CONFIRMED;
  }

  /** {@return the five solutions of this focus area, in the white paper's order} */
  public ImmutableList<Solution> solutions() {
    return Solution.inFocusArea(this);
  }

  /**
   * {@return the focus area with the given code}
   *
   * @param code the focus area's stable code
   * @throws UnknownCodeException if no focus area has that code
   */
  public static FocusArea fromCode(String code) {
    return Codes.lookup(BY_CODE, "focus area", code);
  }
}
