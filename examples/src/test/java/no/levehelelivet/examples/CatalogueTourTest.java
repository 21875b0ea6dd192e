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
        // the plan's session titles are the deck's words, quoted in the other languages
        .contains("2020-08-18 10:00–12:00  “Samling 1 – Oppstartseminar” — Digital")
        .contains("2020-08-19 90 min  “Sentervis veiledning” — Digital/Phone");
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
    // a solution's line ends with its code in brackets; a milestone's line has none
    assertThat(out.lines().filter(line -> line.contains(" (provisional)  [")).count())
        .isEqualTo(10);
  }

  @Test
  void showsEachMilestoneAsPreciselyAsItIsKnownAndMarksTheProvisionalOnes() {
    String out = tour(Language.ENGLISH);
    assertThat(out)
        .contains("  2018-06-29  Agreement between KS and the government")
        .contains("  2022-02  OsloMet delivers the mid-term evaluation of the reform\n")
        .contains("  2021  The government decides to extend the reform period by one year")
        .contains("  2019  Phase 1: Preparation and start-up (provisional)\n")
        .contains("  2019 – 2020  Phase 2: Mapping and planning (provisional)\n")
        .contains(
            "  2022  The Storting decides that the reform period ends at the end of 2023 after all"
                + " (provisional)\n")
        .contains("  2019-11-08  The Ministry of Education and Research presents white paper");
    // four phases and the reversal of the extension
    assertThat(out.lines().filter(line -> line.endsWith(" (provisional)")).count()).isEqualTo(5);
  }

  @Test
  void showsNoBokmalOutsideQuotesInNynorsk() {
    String out = tour(Language.NYNORSK);
    // texts the catalogue holds in bokmål only (the white paper's title, the plan's own words) are
    // quoted; the rest is the catalogue's nynorsk
    assertThat(out)
        .startsWith(
            "Leve heile livet — Meld. St. 15 (2017–2018) «Leve hele livet — En kvalitetsreform for"
                + " eldre», Helse- og omsorgsdepartementet\n")
        .contains("  2018-05-04  Meld. St. 15 (2017–2018) «Leve hele livet — En kvalitetsreform")
        .contains("  «Aktivitetsplan USHT – Viken» («USHT-ene i Viken»)")
        .contains("  2020-09-02 90 min  «Mellomarbeid» — Digitalt/Telefon")
        .contains("  Samanheng i tenestene  [continuity-of-services]")
        .contains("Færre å forhalde seg til (førebels)")
        .contains("Nasjonalt nettverk for aldersvennlege kommunar")
        .contains("  2024  Bu trygt heime-reforma startar")
        .doesNotContain("aldersvenleg", "å halde seg til", "Samanheng og overgangar");
    String unquoted = out.replaceAll("«[^»]*»", "«»");
    // «Samling» is nynorsk too (the seminar's gathering), so the plan's sessions are checked by
    // their quoted titles above rather than by that word
    assertThat(unquoted).contains("  - Samling  [gathering]");
    assertThat(unquoted)
        .doesNotContain(
            "Leve hele livet",
            "kvalitetsreform",
            "veiledning",
            "USHT-ene",
            "tjenest",
            "aldersvennlig",
            "løsning");
  }
}
