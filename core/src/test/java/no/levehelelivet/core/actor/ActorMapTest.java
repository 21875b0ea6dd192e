package no.levehelelivet.core.actor;

import static no.levehelelivet.core.Refusals.assertInconsistent;
import static org.assertj.core.api.Assertions.assertThat;

import com.google.common.collect.ImmutableSet;
import no.levehelelivet.core.Catalogue;
import no.levehelelivet.core.InvalidValueException;
import no.levehelelivet.core.Language;
import no.levehelelivet.core.Source;
import org.junit.jupiter.api.Test;

class ActorMapTest {

  private final ActorMap map = Catalogue.leveHeleLivet().actorMap();

  @Test
  void showsTheSameMapInFourViews() {
    assertThat(map.views().keySet()).containsExactlyInAnyOrder(ActorMapView.values());
  }

  @Test
  void everyActorInAViewIsOnTheMap() {
    for (ActorMapView view : ActorMapView.values()) {
      assertThat(map.actors()).as(view.code()).containsAll(map.actors(view));
      assertThat(map.actors(view)).as(view.code()).isNotEmpty();
    }
  }

  @Test
  void theWholeMapShowsEveryActor() {
    assertThat(map.actors(ActorMapView.WHOLE_MAP)).containsExactlyInAnyOrder(Actor.values());
  }

  @Test
  void theCareServicesViewHoldsTheHealthAndCareServicesAndThePeopleAroundThem() {
    assertThat(map.actors(ActorMapView.CARE_SERVICES_AND_SURROUNDINGS))
        .contains(Actor.HOME_CARE, Actor.INSTITUTION, Actor.USERS_AND_NEXT_OF_KIN)
        .doesNotContain(Actor.SPECIALIST_HEALTH_SERVICE, Actor.TECHNICAL);
  }

  @Test
  void theCrossSectionViewHoldsOnlyMunicipalActors() {
    assertThat(map.actors(ActorMapView.MUNICIPAL_CROSS_SECTION))
        .allSatisfy(actor -> assertThat(actor.level()).isEqualTo(ActorLevel.MUNICIPAL));
  }

  @Test
  void refusesAViewShowingAnActorNotOnTheMap() {
    InvalidValueException e =
        assertInconsistent(
            () ->
                ActorMap.builder()
                    .actors(ImmutableSet.of(Actor.CITIZENS))
                    .putView(
                        ActorMapView.COLLABORATORS_BY_INDIVIDUAL_NEEDS,
                        ImmutableSet.of(Actor.BUSINESS))
                    .source(Source.of("test"))
                    .build(),
            "actors, views");
    assertThat(e.getMessage()).contains("collaborators-by-individual-needs", "BUSINESS");
  }

  @Test
  void municipalServicesArePartOfTheirSector() {
    assertThat(Actor.HOME_CARE.parent()).contains(Actor.HEALTH_AND_CARE);
    assertThat(Actor.HEALTH_AND_CARE.parent()).contains(Actor.MUNICIPALITY);
    assertThat(Actor.KS.parent()).isEmpty();
    assertThat(Actor.HEALTH_AND_CARE.children())
        .containsExactly(
            Actor.DOCTOR_SERVICE,
            Actor.REHABILITATION_SERVICE,
            Actor.SOCIAL_SERVICES,
            Actor.INSTITUTION,
            Actor.HOME_CARE,
            Actor.HEALTH_PROMOTION_AND_PREVENTION);
  }

  @Test
  void publicBodiesCarryTheirOfficialNames() {
    assertThat(Actor.MINISTRY_OF_HEALTH_AND_CARE_SERVICES.label(Language.BOKMAL))
        .isEqualTo("Helse- og omsorgsdepartementet");
    assertThat(Actor.DIRECTORATE_OF_HEALTH.label(Language.NYNORSK)).isEqualTo("Helsedirektoratet");
    assertThat(Actor.COUNTY_GOVERNOR.label(Language.BOKMAL)).isEqualTo("Statsforvalteren");
    assertThat(Actor.COUNTY_GOVERNOR.label(Language.NYNORSK)).isEqualTo("Statsforvaltaren");
    assertThat(Actor.CENTRE_FOR_AN_AGE_FRIENDLY_NORWAY.label(Language.BOKMAL))
        .isEqualTo("Senteret for et aldersvennlig Norge");
  }

  @Test
  void coversEveryLevelTheReformNames() {
    assertThat(Actor.values())
        .extracting(Actor::level)
        .contains(
            ActorLevel.NATIONAL, ActorLevel.REGIONAL, ActorLevel.MUNICIPAL, ActorLevel.SOCIETY);
    assertThat(Actor.values())
        .contains(
            Actor.CITIZENS,
            Actor.USERS_AND_NEXT_OF_KIN,
            Actor.VOLUNTARY_ORGANISATIONS,
            Actor.BUSINESS,
            Actor.RESEARCH_AND_EDUCATION,
            Actor.SPECIALIST_HEALTH_SERVICE,
            Actor.COUNTY_AUTHORITY);
  }
}
