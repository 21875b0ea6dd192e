package no.levehelelivet.core.timeline;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.time.DayOfWeek;
import java.time.LocalDate;
import no.levehelelivet.core.Catalogue;
import no.levehelelivet.core.EntryStatus;
import no.levehelelivet.core.Language;
import no.levehelelivet.core.Source;
import org.junit.jupiter.api.Test;

/**
 * The reform's timeline, fact by fact: each date with the page that gives it. The expected values
 * are those of the pages cited in the domain audit of December 2026, not of the catalogue.
 */
class ReformTimelineTest {

  private static final String HDIR = "https://www.helsedirektoratet.no/";
  private static final String ANNUAL_REPORT_2022 =
      HDIR + "rapporter/leve-hele-livet-arsrapport-2022/";

  private final Catalogue catalogue = Catalogue.leveHeleLivet();

  private Milestone milestone(String code) {
    return catalogue.milestone(code);
  }

  private static String url(Milestone milestone) {
    return milestone.source().url().orElseThrow();
  }

  @Test
  void everyAddressIsAPageAndNotASitesFrontPage() {
    for (Milestone milestone : catalogue.milestones()) {
      milestone
          .source()
          .url()
          .ifPresent(
              url ->
                  assertThat(URI.create(url).getPath())
                      .as(milestone.code() + " <" + url + ">")
                      .isNotEmpty()
                      .isNotEqualTo("/"));
    }
  }

  @Test
  void aMilestoneWithoutAnAddressIsProvisional() {
    for (Milestone milestone : catalogue.milestones()) {
      if (milestone.source().url().isEmpty()) {
        assertThat(milestone.status()).as(milestone.code()).isEqualTo(EntryStatus.PROVISIONAL);
      }
    }
  }

  @Test
  void theWhitePaperWasPresentedOn4May2018AsHelsedirektoratetSays() {
    // «Regjeringen la 4. mai 2018 fram Meld. St. 15 (2017-2018)» (reformens bakgrunn og formål)
    Milestone presented = milestone("white-paper-presented");
    assertThat(presented.date()).isEqualTo(LocalDate.of(2018, 5, 4));
    assertThat(url(presented))
        .isEqualTo(
            HDIR + "tema/leve-hele-livet-kvalitetsreformen-for-eldre/reformens-bakgrunn-og-formal");
  }

  @Test
  void theWhitePapersTitleStaysInBokmalAndInQuotesInTheNynorskTitle() {
    // the white paper has a bokmål title only; official names are used as they are
    assertThat(milestone("white-paper-presented").title(Language.NYNORSK))
        .isEqualTo(
            "Meld. St. 15 (2017–2018) «Leve hele livet — En kvalitetsreform for eldre» lagd fram");
  }

  @Test
  void theStortingAdoptedTheReformOn20November2018AsItsMinutesShow() {
    Milestone adopted = milestone("adopted-by-storting");
    assertThat(adopted.date()).isEqualTo(LocalDate.of(2018, 11, 20));
    assertThat(adopted.source().citation())
        .contains("20. november 2018", "Innst. 43 S (2018–2019)");
    assertThat(url(adopted))
        .isEqualTo(
            "https://stortinget.no/no/Saker-og-publikasjoner/Publikasjoner/Referater/Stortinget"
                + "/2018-2019/refs-201819-11-20/?m=1");
    assertThat(adopted.remark().orElseThrow().in(Language.NYNORSK))
        .startsWith("Referatet frå Stortinget viser");
  }

  @Test
  void theReformPeriodStartsIn2019AsTheAnnualReportGivesIt() {
    // «Reformperioden var opprinnelig fra 2019-2023»: a year, not a day
    Milestone starts = milestone("reform-period-starts");
    assertThat(starts.date()).isEqualTo(LocalDate.of(2019, 1, 1));
    assertThat(starts.precision()).isEqualTo(DatePrecision.YEAR);
    assertThat(url(starts)).isEqualTo(ANNUAL_REPORT_2022 + "bakgrunn");
  }

  @Test
  void theFourPhasesAreProvisionalWithoutAPageToCite() {
    for (String code :
        new String[] {
          "reform-phase-preparation",
          "reform-phase-mapping-and-planning",
          "reform-phase-implementation",
          "reform-phase-evaluation"
        }) {
      Milestone phase = milestone(code);
      assertThat(phase.status()).as(code).isEqualTo(EntryStatus.PROVISIONAL);
      assertThat(phase.source().url()).as(code).isEmpty();
      assertThat(phase.source().citation()).as(code).contains("Troms og Finnmark");
      assertThat(phase.remark().orElseThrow().in(Language.ENGLISH))
          .as(code)
          .contains("provisional");
    }
    assertThat(milestone("reform-phase-mapping-and-planning").title(Language.ENGLISH))
        .isEqualTo("Phase 2: Mapping and planning");
  }

  @Test
  void meldSt6TettPaWasPresentedByKunnskapsdepartementetOnFriday8November2019() {
    Milestone tettPa = milestone("early-intervention-white-paper-presented");
    assertThat(tettPa.date()).isEqualTo(LocalDate.of(2019, 11, 8));
    assertThat(tettPa.date().getDayOfWeek()).isEqualTo(DayOfWeek.FRIDAY);
    assertThat(tettPa.title(Language.BOKMAL))
        .isEqualTo(
            "Kunnskapsdepartementet legger fram Meld. St. 6 (2019–2020) «Tett på – tidlig innsats"
                + " og inkluderende fellesskap i barnehage, skole og SFO»");
    assertThat(tettPa.title(Language.NYNORSK))
        .contains(
            "«Tett på – tidlig innsats og inkluderende fellesskap i barnehage, skole og SFO»");
    assertThat(tettPa.source().citation()).contains("8. november 2019");
    assertThat(url(tettPa))
        .isEqualTo(
            "https://www.statsforvalteren.no/Nordland/Barnehage-og-opplaring/Barnehage/tett-pa/");
  }

  @Test
  void theCountyGovernorWasRenamedOn1January2021AsTheCountyGovernorSays() {
    Milestone renamed = milestone("county-governor-renamed");
    assertThat(renamed.date()).isEqualTo(LocalDate.of(2021, 1, 1));
    assertThat(renamed.source().citation()).contains("1. januar 2021");
    assertThat(url(renamed)).isEqualTo("https://www.statsforvalteren.no/vestland/plan-og-bygg/");
  }

  @Test
  void theGovernmentDecidedIn2021ToExtendThePeriodToTheEndOf2024() {
    // «Regjeringen har besluttet å forlenge reformperioden til Leve hele livet med ett år, ut 2024»
    // (posted 30.08.21; the ministry told Helsedirektoratet «rett før sommeren»)
    Milestone extended = milestone("reform-period-extended");
    assertThat(extended.date()).isEqualTo(LocalDate.of(2021, 1, 1));
    assertThat(extended.precision()).isEqualTo(DatePrecision.YEAR);
    assertThat(extended.status()).isEqualTo(EntryStatus.CONFIRMED);
    assertThat(extended.title(Language.BOKMAL)).contains("ut 2024");
    assertThat(extended.remark().orElseThrow().in(Language.ENGLISH)).contains("30 August 2021");
    assertThat(url(extended))
        .isEqualTo("https://www.aldersvennlig.no/2021/08/30/leve-hele-livet-reformen-forlenges/");
  }

  @Test
  void theCentreTookOverTheProgrammeOn1February2021AsTheAnnualReportSays() {
    // «Fra 1. februar 2021 er Senteret for et aldersvennlig Norge i Ålesund ansvarlig for
    // gjennomføringen av programmet»
    Milestone centre = milestone("age-friendly-centre-starts");
    assertThat(centre.date()).isEqualTo(LocalDate.of(2021, 2, 1));
    assertThat(url(centre)).isEqualTo(ANNUAL_REPORT_2022 + "bakgrunn");
    assertThat(centre.remark().orElseThrow().in(Language.BOKMAL))
        .contains("26. november 2020", "27. april 2021");
  }

  @Test
  void localPlansWereExpectedByTheEndOf2021AsTheCountyGovernorOfVestlandWrote() {
    Milestone plans = milestone("local-plans-adopted");
    assertThat(plans.date()).isEqualTo(LocalDate.of(2021, 12, 31));
    assertThat(url(plans))
        .isEqualTo(
            "https://www.statsforvalteren.no/nb/vestland/folk-og-samfunn/leve-hele-livet/"
                + "slik-ligg-kommunane-an-i-leve-heile-livet-planarbeidet/");
    assertThat(plans.remark().orElseThrow().in(Language.ENGLISH)).contains("covid-19");
  }

  @Test
  void theStortingEndedThePeriodAtTheEndOf2023AfterAllAtADateTheSourceDoesNotGive() {
    // «I forbindelse med Stortingets behandling av budsjettet for 2023 ble det imidlertid vedtatt
    // at reformperioden likevel skulle avsluttes ved utgangen av 2023»
    Milestone reversed = milestone("reform-period-extension-reversed");
    assertThat(reversed.date()).isEqualTo(LocalDate.of(2022, 1, 1));
    assertThat(reversed.precision()).isEqualTo(DatePrecision.YEAR);
    assertThat(reversed.status()).isEqualTo(EntryStatus.PROVISIONAL);
    assertThat(reversed.title(Language.ENGLISH)).contains("end of 2023");
    assertThat(url(reversed)).isEqualTo(ANNUAL_REPORT_2022 + "bakgrunn");
    assertThat(
            catalogue.milestones().indexOf(reversed)
                > catalogue.milestones().indexOf(milestone("reform-period-extended")))
        .isTrue();
  }

  @Test
  void osloMetDeliveredTheMidTermReportInFebruary2022AsTheAnnualReportSays() {
    // «OsloMet leverte en underveisrapport (midtveisevaluering) i februar 2022»
    Milestone midTerm = milestone("mid-term-evaluation");
    assertThat(midTerm.date()).isEqualTo(LocalDate.of(2022, 2, 1));
    assertThat(midTerm.precision()).isEqualTo(DatePrecision.MONTH);
    assertThat(url(midTerm))
        .isEqualTo(ANNUAL_REPORT_2022 + "overordnet-status-for-2022/nasjonalt-stotteapparat");
  }

  @Test
  void meldSt24WasLaunchedOn16June2023AsHelsedirektoratetSays() {
    // «Stortingsmeldinga om Bu trygt heime vart lansert 16. juni 2023»
    Milestone presented = milestone("home-living-white-paper-presented");
    assertThat(presented.date()).isEqualTo(LocalDate.of(2023, 6, 16));
    assertThat(url(presented)).isEqualTo(HDIR + "tema/bu-trygt-heime/om-bu-trygt-heime-reforma");
  }

  @Test
  void theReformPeriodEndedAtTheEndOf2023AsHelsedirektoratetsNynorskPageSays() {
    // «Reformperioden vart avslutta ved utgangen av 2023»
    Milestone ends = milestone("reform-period-ends");
    assertThat(ends.date()).isEqualTo(LocalDate.of(2023, 12, 31));
    assertThat(url(ends)).isEqualTo(HDIR + "tema/bu-trygt-heime/om-leve-heile-livet-reforma");
  }

  @Test
  void boTrygtHjemmeStartsIn2024() {
    // «den nye Bo trygt hjemme-reformen som starter opp i 2024» (published 08.04.2024)
    Milestone starts = milestone("home-living-reform-starts");
    assertThat(starts.date()).isEqualTo(LocalDate.of(2024, 1, 1));
    assertThat(starts.precision()).isEqualTo(DatePrecision.YEAR);
    assertThat(starts.title(Language.BOKMAL)).isEqualTo("Bo trygt hjemme-reformen starter");
    assertThat(starts.title(Language.NYNORSK)).isEqualTo("Bu trygt heime-reforma startar");
    assertThat(url(starts))
        .startsWith("https://www.statsforvalteren.no/nn/vestfold-og-telemark/")
        .contains("oppsummering-av-fem-ars-reformarbeid");
  }

  @Test
  void theFinalEvaluationWasPublishedOn5April2024AsHelsedirektoratetsNewsSays() {
    Milestone published = milestone("final-evaluation-published");
    assertThat(published.date()).isEqualTo(LocalDate.of(2024, 4, 5));
    assertThat(url(published))
        .isEqualTo(HDIR + "nyheter/sluttevalueringen-av-leve-hele-livet-reformen-er-klar");
  }

  @Test
  void noMilestoneCitesHelsedirektoratetsBackgroundPageForWhatItDoesNotSay() {
    // the background page gives the white paper's date and nothing later
    Source background = milestone("white-paper-presented").source();
    assertThat(catalogue.milestones())
        .filteredOn(m -> m.source().equals(background))
        .extracting(Milestone::code)
        .containsExactly("white-paper-presented");
  }
}
