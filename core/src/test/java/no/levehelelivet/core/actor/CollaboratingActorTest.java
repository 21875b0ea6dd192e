package no.levehelelivet.core.actor;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.EnumSet;
import java.util.Set;
import no.levehelelivet.core.Catalogue;
import no.levehelelivet.core.Language;
import no.levehelelivet.core.internal.Sources;
import org.junit.jupiter.api.Test;

class CollaboratingActorTest {

  private static final CollaboratingActor USHT =
      CollaboratingActor.DEVELOPMENT_CENTRE_FOR_NURSING_HOMES_AND_HOME_SERVICES;

  /** The actors of the catalogue that the course deck's actor map does not draw. */
  private static final Set<CollaboratingActor> NOT_ON_THE_DECKS_MAP =
      EnumSet.of(
          CollaboratingActor.MINISTRY_OF_EDUCATION_AND_RESEARCH,
          CollaboratingActor.CENTRE_FOR_CARE_RESEARCH,
          CollaboratingActor.CENTRE_FOR_AN_AGE_FRIENDLY_NORWAY,
          CollaboratingActor.COUNCIL_FOR_AN_AGE_FRIENDLY_NORWAY,
          CollaboratingActor.KS,
          USHT,
          CollaboratingActor.REGIONAL_COMPETENCE_OFFICE);

  @Test
  void theDevelopmentCentresCarryTheirOfficialNamesInEveryLanguage() {
    // bokmål and nynorsk as Helsedirektoratet writes them; English as the centres name themselves
    // on their own English page (usht.no, «English»), not a translation of ours
    assertThat(USHT.label(Language.BOKMAL))
        .isEqualTo("Utviklingssenter for sykehjem og hjemmetjenester (USHT)");
    assertThat(USHT.label(Language.NYNORSK))
        .isEqualTo("Utviklingssenter for sjukeheim og heimetenester (USHT)");
    assertThat(USHT.label(Language.ENGLISH))
        .isEqualTo("Centre for Development of Institutional and Home Care Services (USHT)");
  }

  @Test
  void onlyTheActorsDrawnOnTheDecksMapCiteTheDeck() {
    // the deck draws HOD, Helsedirektoratet, Fylkesmannen, the municipality with its sectors and
    // services, the specialist health service, the county authority and the four parts of society
    for (CollaboratingActor actor : CollaboratingActor.values()) {
      if (NOT_ON_THE_DECKS_MAP.contains(actor)) {
        assertThat(actor.source()).as(actor.code()).isNotEqualTo(Sources.COURSE_DECK);
      } else {
        assertThat(actor.source()).as(actor.code()).isEqualTo(Sources.COURSE_DECK);
      }
    }
  }

  @Test
  void theActorsNotOnTheDecksMapCiteThePagesThatNameThem() {
    // the national support apparatus (Helsedirektoratet, KS, Senter for omsorgsforsking) and the
    // regional one (statsforvaltarane, KS, Utviklingssenter for sjukeheim og heimetenester)
    assertThat(CollaboratingActor.CENTRE_FOR_CARE_RESEARCH.source().url())
        .contains(
            "https://www.helsedirektoratet.no/tema/bu-trygt-heime/om-leve-heile-livet-reforma");
    assertThat(USHT.source()).isEqualTo(CollaboratingActor.CENTRE_FOR_CARE_RESEARCH.source());
    assertThat(CollaboratingActor.CENTRE_FOR_AN_AGE_FRIENDLY_NORWAY.source().url())
        .contains("https://www.aldersvennlig.no/om-oss/");
    // the annual report 2022 names the conference «i regi av Senteret- og Rådet for et
    // aldersvennlig Norge»
    assertThat(CollaboratingActor.COUNCIL_FOR_AN_AGE_FRIENDLY_NORWAY.source().url())
        .hasValueSatisfying(url -> assertThat(url).endsWith("/nasjonalt-stotteapparat"));
    assertThat(CollaboratingActor.KS.source().url())
        .hasValueSatisfying(url -> assertThat(url).startsWith("https://www.ks.no/"));
    // the competence office is named only on the deck's slide on Vefsn and its neighbours
    assertThat(CollaboratingActor.REGIONAL_COMPETENCE_OFFICE.source().citation())
        .contains("«Vefsn og naboene»", "Regionalt kompetansekontor Vefsn");
    for (CollaboratingActor actor : NOT_ON_THE_DECKS_MAP) {
      if (actor != CollaboratingActor.REGIONAL_COMPETENCE_OFFICE) {
        assertThat(actor.source().url()).as(actor.code()).isPresent();
      }
    }
  }

  @Test
  void kunnskapsdepartementetIsANationalActorCitedByItsWhitePaper() {
    CollaboratingActor kd = CollaboratingActor.MINISTRY_OF_EDUCATION_AND_RESEARCH;
    assertThat(kd.code()).isEqualTo("ministry-of-education-and-research");
    assertThat(kd.label(Language.BOKMAL)).isEqualTo("Kunnskapsdepartementet");
    assertThat(kd.label(Language.NYNORSK)).isEqualTo("Kunnskapsdepartementet");
    assertThat(kd.label(Language.ENGLISH)).isEqualTo("Ministry of Education and Research");
    assertThat(kd.level()).isEqualTo(ActorLevel.NATIONAL);
    assertThat(kd.parent()).isEmpty();
    assertThat(kd.source().citation()).contains("Meld. St. 6 (2019–2020)");
    assertThat(kd.source().url())
        .contains("https://www.regjeringen.no/no/dokumenter/meld.-st.-6-20192020/id2677025/");
    // modelled as the other ministry is: a national actor on the whole map, in no other view
    ActorMap map = Catalogue.leveHeleLivet().actorMap();
    assertThat(map.actors(ActorMapView.WHOLE_MAP)).contains(kd);
    for (ActorMapView view : ActorMapView.values()) {
      if (view != ActorMapView.WHOLE_MAP) {
        assertThat(map.actors(view)).as(view.code()).doesNotContain(kd);
      }
    }
  }

  @Test
  void municipalServicesAreNamedInIdiomaticEnglish() {
    // «Legetjeneste» covers the municipality's GPs, out-of-hours and nursing-home doctors;
    // «Oppvekst» is what an English council calls children's services
    assertThat(CollaboratingActor.DOCTOR_SERVICE.label(Language.ENGLISH))
        .isEqualTo("Medical services");
    assertThat(CollaboratingActor.UPBRINGING.label(Language.ENGLISH))
        .isEqualTo("Children's services");
    assertThat(CollaboratingActor.UPBRINGING.label(Language.BOKMAL)).isEqualTo("Oppvekst");
  }
}
