package no.levehelelivet.core;

import com.google.common.collect.ImmutableList;
import java.time.LocalDate;
import no.levehelelivet.core.internal.Sources;
import no.levehelelivet.core.timeline.DatePrecision;
import no.levehelelivet.core.timeline.Milestone;

/**
 * The reform's timeline: milestones with their dates and the page that gives each date. The
 * catalogue sorts them by date.
 */
final class TimelineData {

  private static final Source HDIR_BACKGROUND =
      Source.of(
          "Helsedirektoratet, Leve hele livet — reformens bakgrunn og formål",
          "https://www.helsedirektoratet.no/tema/leve-hele-livet-kvalitetsreformen-for-eldre/reformens-bakgrunn-og-formal");

  // No public page giving the four phases could be found again: they stay provisional until one is.
  private static final Source FYLKESMANNEN_TF =
      Source.of("Fylkesmannen i Troms og Finnmark, reformens faser (uten nettadresse)");

  private static final LocalizedText PHASE_UNCONFIRMED =
      LocalizedText.of(
          "Fasene og årene deres er ikke bekreftet av en offentlig side som kan lenkes til, og er"
              + " derfor foreløpige.",
          "Fasane og åra deira er ikkje stadfesta av ei offentleg side som det kan lenkjast til, og"
              + " er difor førebelse.",
          "The phases and their years are not confirmed by a public page that can be linked to, and"
              + " are therefore provisional.");

  private TimelineData() {}

  /** Every milestone of the reform's timeline. */
  public static ImmutableList<Milestone> milestones() {
    return ImmutableList.of(
        day(
                "white-paper-presented",
                LocalDate.of(2018, 5, 4),
                "Meld. St. 15 (2017–2018) «Leve hele livet — En kvalitetsreform for eldre» lagt"
                    + " fram",
                "Meld. St. 15 (2017–2018) «Leve hele livet — En kvalitetsreform for eldre» lagd"
                    + " fram",
                "White paper Meld. St. 15 (2017–2018) “A full life – all your life” presented",
                HDIR_BACKGROUND)
            .build(),
        day(
                "ks-government-agreement",
                LocalDate.of(2018, 6, 29),
                "Avtale mellom KS og regjeringen om gjennomføring av reformen 2019–2023",
                "Avtale mellom KS og regjeringa om gjennomføring av reforma 2019–2023",
                "Agreement between KS and the government on carrying out the reform, 2019–2023",
                Source.of(
                    "KS, «Kvalitet bygges nedenfra»",
                    "https://www.ks.no/fagomrader/helse-og-omsorg/eldreomsorg/kvalitet-bygges-nedenfra/"))
            .remark(
                LocalizedText.of(
                    "KS meldte da avtalen ble inngått at den ble undertegnet fredag 29. juni 2018;"
                        + " senere KS-sider oppgir 29.07.2018, som var en søndag.",
                    "KS melde då avtalen vart inngått at han vart underteikna fredag 29. juni 2018;"
                        + " seinare KS-sider oppgjev 29.07.2018, som var ein sundag.",
                    "KS reported at the time that the agreement was signed on Friday 29 June 2018;"
                        + " later KS pages give 29.07.2018, which was a Sunday."))
            .build(),
        day(
                "adopted-by-storting",
                LocalDate.of(2018, 11, 20),
                "Stortinget behandler og vedtar Innst. 43 S (2018–2019)",
                "Stortinget handsamar og vedtek Innst. 43 S (2018–2019)",
                "The Storting debates and adopts Innst. 43 S (2018–2019)",
                Source.of(
                    "Stortinget, referat fra møtet tirsdag 20. november 2018, sak nr. 1: Innst. 43 S"
                        + " (2018–2019), jf. Meld. St. 15 (2017–2018)",
                    "https://stortinget.no/no/Saker-og-publikasjoner/Publikasjoner/Referater/Stortinget/2018-2019/refs-201819-11-20/?m=1"))
            .remark(
                LocalizedText.of(
                    "Stortingets referat viser at saken ble behandlet og votert over i møtet 20."
                        + " november 2018; noen offisielle sider (blant annet Helsedirektoratet)"
                        + " oppgir 20. desember 2018.",
                    "Referatet frå Stortinget viser at saka vart handsama og røysta over i møtet 20."
                        + " november 2018; nokre offisielle sider (mellom anna Helsedirektoratet)"
                        + " oppgjev 20. desember 2018.",
                    "The Storting's minutes show the case debated and voted on at its sitting of 20"
                        + " November 2018; some official pages (Helsedirektoratet among them) give"
                        + " 20 December 2018."))
            .build(),
        year(
                "reform-period-starts",
                2019,
                "Reformperioden starter",
                "Reformperioden startar",
                "The reform period starts",
                Sources.HDIR_ANNUAL_REPORT_2022_BACKGROUND)
            .remark(
                LocalizedText.of(
                    "Reformperioden var opprinnelig 2019–2023; Helsedirektoratets nynorske side sier"
                        + " at reformen ble gjennomført fra høsten 2018.",
                    "Reformperioden var opphavleg 2019–2023; den nynorske sida til"
                        + " Helsedirektoratet seier at reforma vart gjennomført frå hausten 2018.",
                    "The reform period was originally 2019–2023; Helsedirektoratet's nynorsk page"
                        + " says the reform was carried out from the autumn of 2018."))
            .build(),
        phase(
                "reform-phase-preparation",
                2019,
                2019,
                "Fase 1: Forberedelse og oppstart",
                "Fase 1: Førebuing og oppstart",
                "Phase 1: Preparation and start-up")
            .build(),
        phase(
                "reform-phase-mapping-and-planning",
                2019,
                2020,
                "Fase 2: Kartlegging og planlegging",
                "Fase 2: Kartlegging og planlegging",
                "Phase 2: Mapping and planning")
            .build(),
        day(
                "early-intervention-white-paper-presented",
                LocalDate.of(2019, 11, 8),
                "Kunnskapsdepartementet legger fram Meld. St. 6 (2019–2020) «Tett på – tidlig"
                    + " innsats og inkluderende fellesskap i barnehage, skole og SFO»",
                "Kunnskapsdepartementet legg fram Meld. St. 6 (2019–2020) «Tett på – tidlig innsats"
                    + " og inkluderende fellesskap i barnehage, skole og SFO»",
                "The Ministry of Education and Research presents white paper Meld. St. 6"
                    + " (2019–2020) “Tett på” on early intervention and inclusive communities in"
                    + " kindergarten, school and after-school care",
                Source.of(
                    "Fylkesmannen i Nordland, «Tett på!» (publisert 8. november 2019: «Regjeringen"
                        + " presenterte idag stortingsmeldingen»)",
                    "https://www.statsforvalteren.no/Nordland/Barnehage-og-opplaring/Barnehage/tett-pa/"))
            .remark(
                LocalizedText.of(
                    "En beslektet stortingsmelding: kursmateriellet viser den ved siden av Meld. St."
                        + " 15, fordi oppvekstsektoren møter de samme utfordringene med kvalitet og"
                        + " sammenheng som helsetjenestene.",
                    "Ei nærskyld stortingsmelding: kursmateriellet viser henne ved sida av Meld. St."
                        + " 15, fordi oppvekstsektoren møter dei same utfordringane med kvalitet og"
                        + " samanheng som helsetenestene.",
                    "A related white paper: the course material shows it beside Meld. St. 15,"
                        + " because the sector for children and young people meets the same"
                        + " challenges of quality and coherence as the health services."))
            .build(),
        day(
                "county-governor-renamed",
                LocalDate.of(2021, 1, 1),
                "Fylkesmannen får navnet Statsforvalteren",
                "Fylkesmannen får namnet Statsforvaltaren",
                "The County Governor (Fylkesmannen) is renamed Statsforvalteren",
                Source.of(
                    "Statsforvaltaren i Vestland, «Plan og bygg» («Statsforvaltaren fekk nytt og"
                        + " kjønnsnøytralt namn 1. januar 2021»)",
                    "https://www.statsforvalteren.no/vestland/plan-og-bygg/"))
            .build(),
        year(
                "reform-period-extended",
                2021,
                "Regjeringen beslutter å forlenge reformperioden med ett år, ut 2024",
                "Regjeringa vedtek å forlengje reformperioden med eitt år, ut 2024",
                "The government decides to extend the reform period by one year, to the end of"
                    + " 2024",
                Source.of(
                    "Senteret for et aldersvennlig Norge, «Leve hele livet-reformen forlenges»"
                        + " (30.08.2021)",
                    "https://www.aldersvennlig.no/2021/08/30/leve-hele-livet-reformen-forlenges/"))
            .remark(
                LocalizedText.of(
                    "Helse- og omsorgsdepartementet orienterte Helsedirektoratet om beslutningen"
                        + " rett før sommeren 2021, og den ble kjent 30. august 2021; grunnen var"
                        + " pandemien (Helsedirektoratets årsrapport 2022).",
                    "Helse- og omsorgsdepartementet orienterte Helsedirektoratet om vedtaket rett"
                        + " før sommaren 2021, og det vart kjent 30. august 2021; grunnen var"
                        + " pandemien (årsrapporten til Helsedirektoratet for 2022).",
                    "The Ministry of Health and Care Services told Helsedirektoratet of the decision"
                        + " just before the summer of 2021, and it was made public on 30 August"
                        + " 2021; the reason was the pandemic (Helsedirektoratet's annual report"
                        + " for 2022)."))
            .build(),
        day(
                "age-friendly-centre-starts",
                LocalDate.of(2021, 2, 1),
                "Senteret for et aldersvennlig Norge overtar programmet for et aldersvennlig Norge",
                "Senteret for eit aldersvennleg Noreg tek over programmet for eit aldersvennleg"
                    + " Noreg",
                "The Centre for an Age-friendly Norway takes over the age-friendly Norway"
                    + " programme",
                Sources.HDIR_ANNUAL_REPORT_2022_BACKGROUND)
            .remark(
                LocalizedText.of(
                    "Senteret ligger i Ålesund; det ble registrert som ny enhet 26. november 2020 og"
                        + " åpnet offisielt 27. april 2021.",
                    "Senteret ligg i Ålesund; det vart registrert som ny eining 26. november 2020 og"
                        + " opna offisielt 27. april 2021.",
                    "The centre is in Ålesund; it was registered as a new unit on 26 November 2020"
                        + " and officially opened on 27 April 2021."))
            .build(),
        phase(
                "reform-phase-implementation",
                2021,
                2023,
                "Fase 3: Implementering og gjennomføring",
                "Fase 3: Implementering og gjennomføring",
                "Phase 3: Implementation and delivery")
            .build(),
        day(
                "local-plans-adopted",
                LocalDate.of(2021, 12, 31),
                "Politisk vedtatte lokale planer for Leve hele livet forventes",
                "Politisk vedtekne lokale planar for Leve heile livet er venta",
                "Politically adopted local plans for the reform are expected",
                Source.of(
                    "Fylkesmannen i Vestland, «Slik ligg kommunane an i planarbeidet for Leve heile"
                        + " livet» (17.11.2020)",
                    "https://www.statsforvalteren.no/nb/vestland/folk-og-samfunn/leve-hele-livet/slik-ligg-kommunane-an-i-leve-heile-livet-planarbeidet/"))
            .remark(
                LocalizedText.of(
                    "På grunn av covid-19 ble det for 2021 lagt til grunn at kommuner som har vedtatt"
                        + " en plan, eller beskrevet hvordan og når de skal vedta en, prioriteres for"
                        + " tilskudd.",
                    "På grunn av covid-19 vart det for 2021 lagt til grunn at kommunar som har"
                        + " vedteke ein plan, eller skildra korleis og når dei skal vedta ein, blir"
                        + " prioriterte for tilskot.",
                    "Because of covid-19, grants in 2021 favour municipalities that have adopted a"
                        + " plan, or described how and when they will adopt one."))
            .build(),
        year(
                "reform-period-extension-reversed",
                2022,
                "Stortinget vedtar at reformperioden likevel avsluttes ved utgangen av 2023",
                "Stortinget vedtek at reformperioden likevel blir avslutta ved utgangen av 2023",
                "The Storting decides that the reform period ends at the end of 2023 after all",
                Sources.HDIR_ANNUAL_REPORT_2022_BACKGROUND)
            .status(EntryStatus.PROVISIONAL)
            .remark(
                LocalizedText.of(
                    "Kilden daterer vedtaket bare til Stortingets behandling av budsjettet for 2023;"
                        + " året 2022 er utledet av det og ikke bekreftet.",
                    "Kjelda daterer vedtaket berre til handsaminga i Stortinget av budsjettet for"
                        + " 2023; året 2022 er utleidd av det og ikkje stadfesta.",
                    "The source dates the decision only to the Storting's treatment of the budget"
                        + " for 2023; the year 2022 is inferred from that and not confirmed."))
            .build(),
        month(
                "mid-term-evaluation",
                LocalDate.of(2022, 2, 1),
                "OsloMet leverer underveisevalueringen av reformen",
                "OsloMet leverer undervegsevalueringa av reforma",
                "OsloMet delivers the mid-term evaluation of the reform",
                Sources.HDIR_ANNUAL_REPORT_2022_SUPPORT)
            .build(),
        phase(
                "reform-phase-evaluation",
                2023,
                2023,
                "Fase 4: Evaluering og forbedring",
                "Fase 4: Evaluering og forbetring",
                "Phase 4: Evaluation and improvement")
            .build(),
        day(
                "home-living-white-paper-presented",
                LocalDate.of(2023, 6, 16),
                "Meld. St. 24 (2022–2023) «Fellesskap og meistring – Bu trygt heime» lagt fram",
                "Meld. St. 24 (2022–2023) «Fellesskap og meistring – Bu trygt heime» lagd fram",
                "White paper Meld. St. 24 (2022–2023) on living safely at home presented",
                Source.of(
                    "Helsedirektoratet, «Om Bu trygt heime-reforma»",
                    "https://www.helsedirektoratet.no/tema/bu-trygt-heime/om-bu-trygt-heime-reforma"))
            .build(),
        day(
                "reform-period-ends",
                LocalDate.of(2023, 12, 31),
                "Reformperioden avsluttes",
                "Reformperioden blir avslutta",
                "The reform period ends",
                Sources.HDIR_ABOUT_THE_REFORM_NN)
            .build(),
        year(
                "home-living-reform-starts",
                2024,
                "Bo trygt hjemme-reformen starter",
                "Bu trygt heime-reforma startar",
                "The reform Bo trygt hjemme (living safely at home) starts",
                Source.of(
                    "Statsforvaltaren i Vestfold og Telemark, «Oppsummering av fem års reformarbeid"
                        + " – Leve hele livet» (08.04.2024)",
                    "https://www.statsforvalteren.no/nn/vestfold-og-telemark/helse-omsorg-og-sosialtenester/nyhende/2024/04/oppsummering-av-fem-ars-reformarbeid---leve-hele-livet/"))
            .remark(
                LocalizedText.of(
                    "Erfaringene fra Leve hele livet tas videre i Bo trygt hjemme-reformen.",
                    "Røynslene frå Leve heile livet blir tekne vidare i Bu trygt heime-reforma.",
                    "What was learned in the reform is carried on in the reform Bo trygt hjemme."))
            .build(),
        day(
                "final-evaluation-published",
                LocalDate.of(2024, 4, 5),
                "Sluttevalueringen av Leve hele livet-reformen publiseres",
                "Sluttevalueringa av Leve heile livet-reforma blir publisert",
                "The final evaluation of the reform is published",
                Source.of(
                    "Helsedirektoratet, «Sluttevalueringen av Leve hele livet-reformen er klar»",
                    "https://www.helsedirektoratet.no/nyheter/sluttevalueringen-av-leve-hele-livet-reformen-er-klar"))
            .build());
  }

  private static Milestone.Builder day(
      String code, LocalDate date, String nb, String nn, String en, Source source) {
    return Milestone.builder()
        .code(code)
        .date(date)
        .title(LocalizedText.of(nb, nn, en))
        .source(source);
  }

  private static Milestone.Builder month(
      String code, LocalDate date, String nb, String nn, String en, Source source) {
    return day(code, date, nb, nn, en, source).precision(DatePrecision.MONTH);
  }

  private static Milestone.Builder year(
      String code, int year, String nb, String nn, String en, Source source) {
    return day(code, LocalDate.of(year, 1, 1), nb, nn, en, source).precision(DatePrecision.YEAR);
  }

  /** A phase of the reform, known to the year and provisional: see {@link #FYLKESMANNEN_TF}. */
  private static Milestone.Builder phase(
      String code, int firstYear, int lastYear, String nb, String nn, String en) {
    return year(code, firstYear, nb, nn, en, FYLKESMANNEN_TF)
        .endDate(LocalDate.of(lastYear, 12, 31))
        .status(EntryStatus.PROVISIONAL)
        .remark(PHASE_UNCONFIRMED);
  }
}
