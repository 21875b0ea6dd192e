package no.levehelelivet.core;

import com.google.common.collect.ImmutableList;
import java.time.LocalDate;
import no.levehelelivet.core.timeline.DatePrecision;
import no.levehelelivet.core.timeline.Milestone;

/** The reform's timeline: milestones with exact dates and their sources. */
final class TimelineData {

  private static final Source HDIR_BACKGROUND =
      Source.of(
          "Helsedirektoratet, Leve hele livet — reformens bakgrunn og formål",
          "https://www.helsedirektoratet.no");
  private static final Source FYLKESMANNEN_TF =
      Source.of("Fylkesmannen i Troms og Finnmark, reformens faser");

  private TimelineData() {}

  /** Every milestone, in date order. */
  public static ImmutableList<Milestone> milestones() {
    return ImmutableList.of(
        day(
                "white-paper-presented",
                LocalDate.of(2018, 5, 4),
                "Meld. St. 15 (2017–2018) Leve hele livet — En kvalitetsreform for eldre lagt fram",
                "Meld. St. 15 (2017–2018) Leve heile livet — Ein kvalitetsreform for eldre lagd fram",
                "White paper Meld. St. 15 (2017–2018) “A full life – all your life” presented",
                Source.of(
                    "Helse- og omsorgsdepartementet, Meld. St. 15 (2017–2018), tilråding 4. mai"
                        + " 2018",
                    "https://www.regjeringen.no/no/dokumenter/meld.-st.-15-20172018/id2599850/"))
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
                Source.of("Stortinget, Innst. 43 S (2018–2019)", "https://www.stortinget.no"))
            .remark(
                LocalizedText.of(
                    "Stortingets egen sakside oppgir 20. november 2018; noen offisielle sider"
                        + " (blant annet Helsedirektoratet) oppgir 20. desember 2018.",
                    "Stortinget si eiga saksside oppgjev 20. november 2018; nokre offisielle sider"
                        + " (mellom anna Helsedirektoratet) oppgjev 20. desember 2018.",
                    "The Storting's own record gives 20 November 2018; some official pages"
                        + " (Helsedirektoratet among them) give 20 December 2018."))
            .build(),
        day(
                "reform-period-starts",
                LocalDate.of(2019, 1, 1),
                "Reformperioden starter",
                "Reformperioden startar",
                "The reform period starts",
                HDIR_BACKGROUND)
            .build(),
        period(
                "reform-phase-preparation",
                LocalDate.of(2019, 1, 1),
                LocalDate.of(2019, 12, 31),
                DatePrecision.YEAR,
                "Fase 1: Forberedelse og oppstart",
                "Fase 1: Førebuing og oppstart",
                "Phase 1: Preparation and start-up",
                FYLKESMANNEN_TF)
            .build(),
        period(
                "reform-phase-mapping-and-planning",
                LocalDate.of(2019, 1, 1),
                LocalDate.of(2020, 12, 31),
                DatePrecision.YEAR,
                "Fase 2: Kartlegging og planlegging",
                "Fase 2: Kartlegging og planlegging",
                "Phase 2: Mapping and planning (municipalities adopt their plans politically)",
                Source.of(
                    "Fylkesmannen i Troms og Finnmark, reformens faser; Statsforvalteren i"
                        + " Vestland"))
            .build(),
        day(
                "county-governor-renamed",
                LocalDate.of(2021, 1, 1),
                "Fylkesmannen får navnet Statsforvalteren",
                "Fylkesmannen får namnet Statsforvaltaren",
                "The County Governor (Fylkesmannen) is renamed Statsforvalteren",
                Source.of("regjeringen.no", "https://www.regjeringen.no"))
            .build(),
        day(
                "age-friendly-centre-starts",
                LocalDate.of(2021, 2, 1),
                "Senteret for et aldersvennlig Norge overtar programmet for et aldersvennlig Norge",
                "Senteret for eit aldersvennleg Noreg tek over programmet for eit aldersvennleg"
                    + " Noreg",
                "The Centre for an Age-friendly Norway takes over the age-friendly Norway"
                    + " programme",
                Source.of("Senteret for et aldersvennlig Norge", "https://www.aldersvennlig.no"))
            .remark(
                LocalizedText.of(
                    "Senteret ble registrert som ny enhet 26. november 2020 og åpnet offisielt i"
                        + " Ålesund 27. april 2021.",
                    "Senteret vart registrert som ny eining 26. november 2020 og opna offisielt i"
                        + " Ålesund 27. april 2021.",
                    "The centre was registered as a new unit on 26 November 2020 and officially"
                        + " opened in Ålesund on 27 April 2021."))
            .build(),
        period(
                "reform-phase-implementation",
                LocalDate.of(2021, 1, 1),
                LocalDate.of(2023, 12, 31),
                DatePrecision.YEAR,
                "Fase 3: Implementering og gjennomføring",
                "Fase 3: Implementering og gjennomføring",
                "Phase 3: Implementation and delivery",
                FYLKESMANNEN_TF)
            .build(),
        day(
                "local-plans-adopted",
                LocalDate.of(2021, 12, 31),
                "Politisk vedtatte lokale planer for Leve hele livet forventes",
                "Politisk vedtekne lokale planar for Leve heile livet er venta",
                "Politically adopted local plans for the reform are expected",
                Source.of("Statsforvalteren i Vestland; regjeringen.no"))
            .remark(
                LocalizedText.of(
                    "Fristen ble flyttet på grunn av pandemien; fra 2021 prioriteres tilskudd til"
                        + " kommuner som har en plan eller har beskrevet en prosess.",
                    "Fristen vart flytta på grunn av pandemien; frå 2021 blir tilskot prioriterte til"
                        + " kommunar som har ein plan eller har skildra ein prosess.",
                    "The deadline was moved because of the pandemic; from 2021 grants favour"
                        + " municipalities that have a plan or have described a process."))
            .build(),
        month(
                "mid-term-evaluation",
                LocalDate.of(2022, 2, 1),
                "OsloMet leverer underveisevalueringen av reformen",
                "OsloMet leverer undervegsevalueringa av reforma",
                "OsloMet delivers the mid-term evaluation of the reform",
                HDIR_BACKGROUND)
            .build(),
        period(
                "reform-phase-evaluation",
                LocalDate.of(2023, 1, 1),
                LocalDate.of(2023, 12, 31),
                DatePrecision.YEAR,
                "Fase 4: Evaluering og forbedring",
                "Fase 4: Evaluering og forbetring",
                "Phase 4: Evaluation and improvement",
                FYLKESMANNEN_TF)
            .build(),
        day(
                "home-living-white-paper-presented",
                LocalDate.of(2023, 6, 16),
                "Meld. St. 24 (2022–2023) «Fellesskap og meistring – Bu trygt heime» lagt fram",
                "Meld. St. 24 (2022–2023) «Fellesskap og meistring – Bu trygt heime» lagd fram",
                "White paper Meld. St. 24 (2022–2023) on living safely at home presented",
                HDIR_BACKGROUND)
            .build(),
        day(
                "reform-period-ends",
                LocalDate.of(2023, 12, 31),
                "Reformperioden avsluttes",
                "Reformperioden blir avslutta",
                "The reform period ends",
                Source.of(
                    "Helsedirektoratet, Leve heile livet (nynorsk)",
                    "https://www.helsedirektoratet.no"))
            .build(),
        day(
                "final-evaluation-published",
                LocalDate.of(2024, 4, 5),
                "Sluttevalueringen av Leve hele livet-reformen publiseres",
                "Sluttevalueringa av Leve heile livet-reforma blir publisert",
                "The final evaluation of the reform is published",
                Source.of(
                    "Helsedirektoratet, «Sluttevalueringen av Leve hele livet-reformen er klar»",
                    "https://www.helsedirektoratet.no"))
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

  private static Milestone.Builder period(
      String code,
      LocalDate start,
      LocalDate end,
      DatePrecision precision,
      String nb,
      String nn,
      String en,
      Source source) {
    return day(code, start, nb, nn, en, source)
        .endDate(end)
        .precision(precision)
        .status(EntryStatus.CONFIRMED);
  }
}
