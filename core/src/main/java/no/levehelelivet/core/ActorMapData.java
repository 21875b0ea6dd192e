package no.levehelelivet.core;

import static no.levehelelivet.core.actor.CollaboratingActor.BUSINESS;
import static no.levehelelivet.core.actor.CollaboratingActor.CITIZENS;
import static no.levehelelivet.core.actor.CollaboratingActor.COUNTY_AUTHORITY;
import static no.levehelelivet.core.actor.CollaboratingActor.CULTURE_AND_EDUCATION;
import static no.levehelelivet.core.actor.CollaboratingActor.DOCTOR_SERVICE;
import static no.levehelelivet.core.actor.CollaboratingActor.HEALTH_AND_CARE;
import static no.levehelelivet.core.actor.CollaboratingActor.HEALTH_PROMOTION_AND_PREVENTION;
import static no.levehelelivet.core.actor.CollaboratingActor.HOME_CARE;
import static no.levehelelivet.core.actor.CollaboratingActor.INSTITUTION;
import static no.levehelelivet.core.actor.CollaboratingActor.MUNICIPALITY;
import static no.levehelelivet.core.actor.CollaboratingActor.OTHER_ACTORS;
import static no.levehelelivet.core.actor.CollaboratingActor.OTHER_SECTORS;
import static no.levehelelivet.core.actor.CollaboratingActor.PUBLIC_HEALTH;
import static no.levehelelivet.core.actor.CollaboratingActor.REHABILITATION_SERVICE;
import static no.levehelelivet.core.actor.CollaboratingActor.RESEARCH_AND_EDUCATION;
import static no.levehelelivet.core.actor.CollaboratingActor.SOCIAL_SERVICES;
import static no.levehelelivet.core.actor.CollaboratingActor.SPECIALIST_HEALTH_SERVICE;
import static no.levehelelivet.core.actor.CollaboratingActor.TECHNICAL;
import static no.levehelelivet.core.actor.CollaboratingActor.UPBRINGING;
import static no.levehelelivet.core.actor.CollaboratingActor.USERS_AND_NEXT_OF_KIN;
import static no.levehelelivet.core.actor.CollaboratingActor.VOLUNTARY_ORGANISATIONS;

import com.google.common.collect.ImmutableSet;
import no.levehelelivet.core.actor.ActorMap;
import no.levehelelivet.core.actor.ActorMapView;
import no.levehelelivet.core.actor.CollaboratingActor;
import no.levehelelivet.core.internal.Sources;

/**
 * The actor map of the course deck ("Å kartlegge, analysere og planlegge i en kompleksitet") and
 * what each of its four views highlights.
 *
 * <p>The whole map holds every collaborating actor of the catalogue: those the deck draws, and the
 * reform's other actors (the national centres and council, KS, the development centres, the
 * regional competence office and Kunnskapsdepartementet), which the deck does not draw and which
 * therefore cite their own sources ({@link CollaboratingActor#source()}). The other three views
 * hold only actors the deck draws.
 */
final class ActorMapData {

  private ActorMapData() {}

  /** The map with its four views. */
  public static ActorMap actorMap() {
    ImmutableSet<CollaboratingActor> all = ImmutableSet.copyOf(CollaboratingActor.values());
    return ActorMap.builder()
        .actors(all)
        .putView(ActorMapView.WHOLE_MAP, all)
        // The municipality's own sectors and services: the cross-section the reform touches.
        .putView(
            ActorMapView.MUNICIPAL_CROSS_SECTION,
            ImmutableSet.of(
                MUNICIPALITY,
                HEALTH_AND_CARE,
                DOCTOR_SERVICE,
                REHABILITATION_SERVICE,
                SOCIAL_SERVICES,
                INSTITUTION,
                HOME_CARE,
                HEALTH_PROMOTION_AND_PREVENTION,
                UPBRINGING,
                CULTURE_AND_EDUCATION,
                TECHNICAL,
                PUBLIC_HEALTH,
                OTHER_SECTORS))
        // The care services, with the people and the voluntary sector around them.
        .putView(
            ActorMapView.CARE_SERVICES_AND_SURROUNDINGS,
            ImmutableSet.of(
                HEALTH_AND_CARE,
                DOCTOR_SERVICE,
                REHABILITATION_SERVICE,
                SOCIAL_SERVICES,
                INSTITUTION,
                HOME_CARE,
                HEALTH_PROMOTION_AND_PREVENTION,
                CITIZENS,
                USERS_AND_NEXT_OF_KIN,
                VOLUNTARY_ORGANISATIONS))
        // The actors outside the municipality who join in as the individual's needs require.
        .putView(
            ActorMapView.COLLABORATORS_BY_INDIVIDUAL_NEEDS,
            ImmutableSet.of(
                SPECIALIST_HEALTH_SERVICE,
                COUNTY_AUTHORITY,
                RESEARCH_AND_EDUCATION,
                BUSINESS,
                OTHER_ACTORS))
        .source(Sources.COURSE_DECK)
        .build();
  }
}
