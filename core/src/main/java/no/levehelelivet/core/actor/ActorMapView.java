package no.levehelelivet.core.actor;

import com.google.common.collect.ImmutableMap;
import no.levehelelivet.core.Labelled;
import no.levehelelivet.core.Language;
import no.levehelelivet.core.UnknownCodeException;
import no.levehelelivet.core.internal.Codes;
import no.levehelelivet.core.internal.Labels;

/**
 * A view (<i>visning</i>) of the actor map: the course material shows one map of collaborating
 * actors four times, each time highlighting a different part of it.
 */
public enum ActorMapView implements Labelled {
  /** The whole map (<i>hele kartet</i>). */
  WHOLE_MAP("whole-map"),
  /**
   * The cross-section of municipal services affected (<i>tverrsnitt av kommunens tjenester som blir
   * berørt</i>).
   */
  MUNICIPAL_CROSS_SECTION("municipal-cross-section"),
  /**
   * The care services with the surroundings they cannot do without (<i>omsorgstjenestene med
   * omgivelser som vi ikke kan greie oss uten</i>).
   */
  CARE_SERVICES_AND_SURROUNDINGS("care-services-and-surroundings"),
  /**
   * Other actors who collaborate depending on the individual's needs (<i>andre aktører som har en
   * rolle som samarbeidsaktører ut fra behovet til den enkelte</i>).
   */
  COLLABORATORS_BY_INDIVIDUAL_NEEDS("collaborators-by-individual-needs");

  private static final ImmutableMap<String, ActorMapView> BY_CODE = Codes.index(values());

  private final String code;

  ActorMapView(String code) {
    this.code = code;
  }

  @Override
  public String code() {
    return code;
  }

  /** The view's caption as the course material words it (bokmål), or its translation. */
  @Override
  public String label(Language language) {
    return Labels.get("actor-map-view." + code, language);
  }

  /**
   * {@return the view with the given code}
   *
   * @param code the view's stable code
   * @throws UnknownCodeException if no view has that code
   */
  public static ActorMapView fromCode(String code) {
    return Codes.lookup(BY_CODE, "actor map view", code);
  }
}
