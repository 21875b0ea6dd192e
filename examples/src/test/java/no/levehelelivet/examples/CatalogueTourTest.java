package no.levehelelivet.examples;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import no.levehelelivet.core.Catalogue;
import no.levehelelivet.core.Language;
import org.junit.jupiter.api.Test;

class CatalogueTourTest {

  private static String tour(Language language) {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    CatalogueTour.print(
        Catalogue.leveHeleLivet(), language, new PrintStream(bytes, true, StandardCharsets.UTF_8));
    return bytes.toString(StandardCharsets.UTF_8);
  }

  @Test
  void showsTheFocusAreasAndSolutionsInBokmal() {
    String out = tour(Language.BOKMAL);
    assertThat(out)
        .startsWith("Leve hele livet — Meld. St. 15 (2017–2018)")
        .contains("Innsatsområder og løsninger")
        .contains("  Mat og måltider  [food-and-meals]")
        .contains("    - Sambruk og samlokalisering (foreløpig)  [shared-use-and-co-location]")
        .contains("    - Mat i hjemmet (foreløpig)  [food-at-home]");
  }

  @Test
  void showsTheSameCatalogueInNynorsk() {
    String out = tour(Language.NYNORSK);
    assertThat(out)
        .startsWith("Leve heile livet")
        .contains("  Eit aldersvennleg Noreg  [age-friendly-norway]")
        .contains("Kvardagsmeistring")
        .contains("Statsforvaltaren");
  }

  @Test
  void showsActorsRolesQuestionsTimelineAndPlanInEnglish() {
    String out = tour(Language.ENGLISH);
    assertThat(out)
        .contains("Collaborating actors")
        .contains("        - Home care  [home-care]")
        .contains("The co-creating municipality: We make solutions together")
        .contains("Who can help?  [who-can-help]")
        .contains("2018-05-04  White paper Meld. St. 15 (2017–2018)")
        .contains("2020-08-18 10:00–12:00  Samling 1 – Oppstartseminar — Digital")
        .contains("2020-08-19 90 min  Sentervis veiledning — Digital/Phone");
  }

  @Test
  void showsTheSeedConceptsInNynorskWithTheirDescriptions() {
    String nynorsk = tour(Language.NYNORSK);

    assertThat(nynorsk)
        .contains("Omgrep frå kurset og rettleiaren")
        .contains("  - Familieomsorgskoeffisienten  [family-care-coefficient]")
        .contains("      Talet på personar i alderen 50–66 år per person som er 85 år eller eldre")
        .contains("  - Solund  [solund]")
        .contains("  - Ressursmobiliseringsperspektivet  [resource-mobilisation]");
  }

  @Test
  void marksExactlyTheTenProvisionalSolutions() {
    String out = tour(Language.ENGLISH);
    assertThat(out.split("\\(provisional\\)", -1)).hasSize(11);
  }
}
