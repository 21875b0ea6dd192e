package no.levehelelivet.examples.web;

import static org.assertj.core.api.Assertions.assertThat;

import no.levehelelivet.core.Catalogue;
import no.levehelelivet.core.Language;
import no.levehelelivet.core.actor.ActorMapView;
import org.junit.jupiter.api.Test;

class ActorMapPictureTest {

  @Test
  void wrapsAtSpacesAndAfterSlashesAndHyphens() {
    assertThat(ActorMapPicture.wrap("Helse- og omsorgsdepartementet", 90, false))
        .containsExactly("Helse- og", "omsorgsdepart-", "ementet");
    assertThat(ActorMapPicture.wrap("Re-/habiliteringstjenesten", 130, false))
        .containsExactly("Re-/", "habiliteringstjenest-", "en");
    assertThat(ActorMapPicture.wrap("Kommunen", 130, true)).containsExactly("Kommunen");
    assertThat(ActorMapPicture.wrap("Sosiale tjenester", 200, false))
        .containsExactly("Sosiale tjenester");
    // 124 pixels hold 20 plain characters a line, but only 17 bold ones.
    assertThat(ActorMapPicture.wrap("Rehabilitation and habilitation service", 124, false))
        .containsExactly("Rehabilitation and", "habilitation service");
    assertThat(ActorMapPicture.wrap("Rehabilitation and habilitation service", 124, true))
        .containsExactly("Rehabilitation", "and habilitation", "service");
  }

  @Test
  void everyBoxStaysInsideThePicture() {
    for (Language language : Language.values()) {
      for (ActorMapView view : ActorMapView.values()) {
        ActorMapPicture picture =
            ActorMapPicture.of(Catalogue.leveHeleLivet().actorMap(), view, language);
        for (ActorMapPicture.Box box : picture.boxes()) {
          assertThat(box.x()).isPositive();
          assertThat(box.x() + box.width()).isLessThan(picture.width());
          assertThat(box.y() + box.height()).isLessThan(picture.height());
          assertThat(box.height()).isGreaterThanOrEqualTo(box.lines().size() * box.lineHeight());
        }
      }
    }
  }
}
