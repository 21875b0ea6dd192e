package no.levehelelivet.core.internal;

import static no.levehelelivet.core.actor.Actor.BUSINESS;
import static no.levehelelivet.core.actor.Actor.CITIZENS;
import static no.levehelelivet.core.actor.Actor.COUNTY_AUTHORITY;
import static no.levehelelivet.core.actor.Actor.CULTURE_AND_EDUCATION;
import static no.levehelelivet.core.actor.Actor.DOCTOR_SERVICE;
import static no.levehelelivet.core.actor.Actor.HEALTH_AND_CARE;
import static no.levehelelivet.core.actor.Actor.HEALTH_PROMOTION_AND_PREVENTION;
import static no.levehelelivet.core.actor.Actor.HOME_CARE;
import static no.levehelelivet.core.actor.Actor.INSTITUTION;
import static no.levehelelivet.core.actor.Actor.MUNICIPALITY;
import static no.levehelelivet.core.actor.Actor.OTHER_ACTORS;
import static no.levehelelivet.core.actor.Actor.OTHER_SECTORS;
import static no.levehelelivet.core.actor.Actor.PUBLIC_HEALTH;
import static no.levehelelivet.core.actor.Actor.REHABILITATION_SERVICE;
import static no.levehelelivet.core.actor.Actor.RESEARCH_AND_EDUCATION;
import static no.levehelelivet.core.actor.Actor.SOCIAL_SERVICES;
import static no.levehelelivet.core.actor.Actor.SPECIALIST_HEALTH_SERVICE;
import static no.levehelelivet.core.actor.Actor.TECHNICAL;
import static no.levehelelivet.core.actor.Actor.UPBRINGING;
import static no.levehelelivet.core.actor.Actor.USERS_AND_NEXT_OF_KIN;
import static no.levehelelivet.core.actor.Actor.VOLUNTARY_ORGANISATIONS;

import com.google.common.collect.ImmutableSet;
import no.levehelelivet.core.actor.Actor;
import no.levehelelivet.core.actor.ActorMap;
import no.levehelelivet.core.actor.ActorMapView;

/**
 * The actor map of the course deck ("Å kartlegge, analysere og planlegge i en kompleksitet") and
 * what each of its four views highlights.
 */
public final class ActorMapData {

  private ActorMapData() {}

  /** The map with its four views. */
  public static ActorMap actorMap() {
    ImmutableSet<Actor> all = ImmutableSet.copyOf(Actor.values());
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
