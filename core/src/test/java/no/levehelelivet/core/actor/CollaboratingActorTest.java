package no.levehelelivet.core.actor;

import static org.assertj.core.api.Assertions.assertThat;

import no.levehelelivet.core.Language;
import org.junit.jupiter.api.Test;

class CollaboratingActorTest {

  private static final CollaboratingActor USHT =
      CollaboratingActor.DEVELOPMENT_CENTRE_FOR_NURSING_HOMES_AND_HOME_SERVICES;

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
}
