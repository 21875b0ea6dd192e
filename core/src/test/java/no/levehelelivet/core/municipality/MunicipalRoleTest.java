package no.levehelelivet.core.municipality;

import static org.assertj.core.api.Assertions.assertThat;

import no.levehelelivet.core.Catalogue;
import no.levehelelivet.core.Language;
import org.junit.jupiter.api.Test;

class MunicipalRoleTest {

  @Test
  void eachRoleBelongsToItsGovernanceParadigm() {
    assertThat(MunicipalRole.GUARDIAN_MUNICIPALITY.paradigm())
        .isEqualTo(GovernanceParadigm.PUBLIC_ADMINISTRATION);
    assertThat(MunicipalRole.SERVICE_MUNICIPALITY.paradigm())
        .isEqualTo(GovernanceParadigm.NEW_PUBLIC_MANAGEMENT);
    assertThat(MunicipalRole.CO_CREATING_MUNICIPALITY.paradigm())
        .isEqualTo(GovernanceParadigm.NEW_PUBLIC_GOVERNANCE);
  }

  @Test
  void carriesTheNamesAndMottosOfTheSlide() {
    assertThat(MunicipalRole.GUARDIAN_MUNICIPALITY.label(Language.BOKMAL))
        .isEqualTo("Formynderkommunen");
    assertThat(MunicipalRole.GUARDIAN_MUNICIPALITY.motto(Language.BOKMAL))
        .isEqualTo("Kommunen bestemmer");
    assertThat(MunicipalRole.SERVICE_MUNICIPALITY.motto(Language.BOKMAL))
        .isEqualTo("Brukeren bestiller");
    assertThat(MunicipalRole.CO_CREATING_MUNICIPALITY.label(Language.BOKMAL))
        .isEqualTo("Samskapingskommunen");
    assertThat(MunicipalRole.CO_CREATING_MUNICIPALITY.motto(Language.BOKMAL))
        .isEqualTo("Vi lager løsninger sammen");
    assertThat(MunicipalRole.CO_CREATING_MUNICIPALITY.motto(Language.ENGLISH))
        .isEqualTo("We make solutions together");
    // «Brukeren bestiller»: the user as the one who orders a service, not one who gives orders
    assertThat(MunicipalRole.SERVICE_MUNICIPALITY.motto(Language.ENGLISH))
        .isEqualTo("The user places the order");
  }

  @Test
  void eachSloganExplainsItsMotto() {
    assertThat(MunicipalRole.GUARDIAN_MUNICIPALITY.slogan(Language.BOKMAL))
        .isEqualTo("«Ovenfra og ned»");
    assertThat(MunicipalRole.CO_CREATING_MUNICIPALITY.slogan(Language.BOKMAL))
        .isEqualTo("«Hva kan vi få til i fellesskap»");
    assertThat(MunicipalRole.CO_CREATING_MUNICIPALITY.slogan(Language.NYNORSK))
        .isEqualTo("«Kva kan vi få til i fellesskap»");
  }

  @Test
  void eachParadigmSteersInItsOwnWay() {
    assertThat(GovernanceParadigm.PUBLIC_ADMINISTRATION.steering(Language.BOKMAL))
        .isEqualTo("Hierarki");
    assertThat(GovernanceParadigm.NEW_PUBLIC_MANAGEMENT.abbreviation()).isEqualTo("NPM");
    assertThat(GovernanceParadigm.NEW_PUBLIC_GOVERNANCE.steering(Language.ENGLISH))
        .isEqualTo("Co-creation and co-governance");
  }

  @Test
  void theCatalogueListsTheSixSectorsOfTheDeck() {
    assertThat(Catalogue.leveHeleLivet().sectors())
        .extracting(s -> s.label(Language.BOKMAL))
        .containsExactly(
            "Politikk og administrasjon",
            "Oppvekst",
            "Teknisk",
            "Stab/støtte",
            "Kultur og næring",
            "Helse og velferd");
    assertThat(Sector.UPBRINGING.label(Language.ENGLISH)).isEqualTo("Children's services");
  }

  @Test
  void theKindsOfChangeAreKirkhaugs() {
    assertThat(Catalogue.leveHeleLivet().changeKinds())
        .extracting(k -> k.label(Language.BOKMAL))
        .containsExactly("Nedbygging", "Oppbygging", "Ombygging");
  }
}
