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
    assertThat(map.actors(ActorMapView.WHOLE_MAP))
        .containsExactlyInAnyOrder(CollaboratingActor.values());
  }

  @Test
  void theCareServicesViewHoldsTheHealthAndCareServicesAndThePeopleAroundThem() {
    assertThat(map.actors(ActorMapView.CARE_SERVICES_AND_SURROUNDINGS))
        .contains(
            CollaboratingActor.HOME_CARE,
            CollaboratingActor.INSTITUTION,
            CollaboratingActor.USERS_AND_NEXT_OF_KIN)
        .doesNotContain(CollaboratingActor.SPECIALIST_HEALTH_SERVICE, CollaboratingActor.TECHNICAL);
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
                    .actors(ImmutableSet.of(CollaboratingActor.CITIZENS))
                    .putView(
                        ActorMapView.COLLABORATORS_BY_INDIVIDUAL_NEEDS,
                        ImmutableSet.of(CollaboratingActor.BUSINESS))
                    .source(Source.of("test"))
                    .build(),
            "actors, views");
    assertThat(e.getMessage()).contains("collaborators-by-individual-needs", "BUSINESS");
  }

  @Test
  void refusesAWholeMapViewThatLeavesOutAnActorOnTheMap() {
    InvalidValueException e =
        assertInconsistent(
            () ->
                ActorMap.builder()
                    .actors(
                        ImmutableSet.of(CollaboratingActor.CITIZENS, CollaboratingActor.BUSINESS))
                    .putView(ActorMapView.WHOLE_MAP, ImmutableSet.of(CollaboratingActor.CITIZENS))
                    .source(Source.of("test"))
                    .build(),
            "actors, views");
    assertThat(e.getMessage()).contains("whole-map view must show every actor");
  }

  @Test
  void aWholeMapViewShowingEveryActorIsAccepted() {
    ImmutableSet<CollaboratingActor> actors =
        ImmutableSet.of(CollaboratingActor.CITIZENS, CollaboratingActor.BUSINESS);
    ActorMap small =
        ActorMap.builder()
            .actors(actors)
            .putView(ActorMapView.WHOLE_MAP, actors)
            .putView(
                ActorMapView.COLLABORATORS_BY_INDIVIDUAL_NEEDS,
                ImmutableSet.of(CollaboratingActor.CITIZENS))
            .source(Source.of("test"))
            .build();
    assertThat(small.actors(ActorMapView.WHOLE_MAP)).isEqualTo(actors);
    assertThat(small.actors(ActorMapView.COLLABORATORS_BY_INDIVIDUAL_NEEDS))
        .containsExactly(CollaboratingActor.CITIZENS);
  }

  @Test
  void aMapWithoutAWholeMapViewShowsNoActorsInIt() {
    ActorMap partial =
        ActorMap.builder()
            .actors(ImmutableSet.of(CollaboratingActor.CITIZENS))
            .putView(
                ActorMapView.COLLABORATORS_BY_INDIVIDUAL_NEEDS,
                ImmutableSet.of(CollaboratingActor.CITIZENS))
            .source(Source.of("test"))
            .build();
    assertThat(partial.actors(ActorMapView.WHOLE_MAP)).isEmpty();
  }

  @Test
  void municipalServicesArePartOfTheirSector() {
    assertThat(CollaboratingActor.HOME_CARE.parent()).contains(CollaboratingActor.HEALTH_AND_CARE);
    assertThat(CollaboratingActor.HEALTH_AND_CARE.parent())
        .contains(CollaboratingActor.MUNICIPALITY);
    assertThat(CollaboratingActor.KS.parent()).isEmpty();
    assertThat(CollaboratingActor.HEALTH_AND_CARE.children())
        .containsExactly(
            CollaboratingActor.DOCTOR_SERVICE,
            CollaboratingActor.REHABILITATION_SERVICE,
            CollaboratingActor.SOCIAL_SERVICES,
            CollaboratingActor.INSTITUTION,
            CollaboratingActor.HOME_CARE,
            CollaboratingActor.HEALTH_PROMOTION_AND_PREVENTION);
  }

  @Test
  void publicBodiesCarryTheirOfficialNames() {
    assertThat(CollaboratingActor.MINISTRY_OF_HEALTH_AND_CARE_SERVICES.label(Language.BOKMAL))
        .isEqualTo("Helse- og omsorgsdepartementet");
    assertThat(CollaboratingActor.DIRECTORATE_OF_HEALTH.label(Language.NYNORSK))
        .isEqualTo("Helsedirektoratet");
    assertThat(CollaboratingActor.COUNTY_GOVERNOR.label(Language.BOKMAL))
        .isEqualTo("Statsforvalteren");
    assertThat(CollaboratingActor.COUNTY_GOVERNOR.label(Language.NYNORSK))
        .isEqualTo("Statsforvaltaren");
    assertThat(CollaboratingActor.CENTRE_FOR_AN_AGE_FRIENDLY_NORWAY.label(Language.BOKMAL))
        .isEqualTo("Senteret for et aldersvennlig Norge");
  }

  @Test
  void coversEveryLevelTheReformNames() {
    assertThat(CollaboratingActor.values())
        .extracting(CollaboratingActor::level)
        .contains(
            ActorLevel.NATIONAL, ActorLevel.REGIONAL, ActorLevel.MUNICIPAL, ActorLevel.SOCIETY);
    assertThat(CollaboratingActor.values())
        .contains(
            CollaboratingActor.CITIZENS,
            CollaboratingActor.USERS_AND_NEXT_OF_KIN,
            CollaboratingActor.VOLUNTARY_ORGANISATIONS,
            CollaboratingActor.BUSINESS,
            CollaboratingActor.RESEARCH_AND_EDUCATION,
            CollaboratingActor.SPECIALIST_HEALTH_SERVICE,
            CollaboratingActor.COUNTY_AUTHORITY);
  }
}
