package no.levehelelivet.core.internal;

import no.levehelelivet.core.Source;

/** The public sources the catalogue cites more than once. */
public final class Sources {

  private static final String MELD =
      "https://www.regjeringen.no/no/dokumenter/meld.-st.-15-20172018/id2599850/";

  /** The white paper's summary chapter. */
  public static final Source MELD_CH1 =
      Source.of("Meld. St. 15 (2017–2018) Leve hele livet, kap. 1 Sammendrag", MELD + "?ch=1");

  /** The white paper's chapter on activity and community, which lists its five solutions. */
  public static final Source MELD_CH5 =
      Source.of(
          "Meld. St. 15 (2017–2018) Leve hele livet, kap. 5 Aktivitet og fellesskap",
          MELD + "sec5");

  /** The white paper's chapter on food and meals. */
  public static final Source MELD_CH6 =
      Source.of("Meld. St. 15 (2017–2018) Leve hele livet, kap. 6 Mat og måltider", MELD + "?ch=6");

  /**
   * Hemnes kommune's page restating the five main elements of the national age-friendly programme,
   * the page that gives each element's name.
   */
  public static final Source AGE_FRIENDLY_PROGRAMME =
      Source.of(
          "Hemnes kommune, «Et aldersvennlig samfunn» (Nasjonalt program for et aldersvennlig"
              + " Norge har fem hovedelementer)",
          "https://www.hemnes.kommune.no/et-aldersvennlig-samfunn.6375343-551276.html");

  /** Høyanger kommune's page on food and meals, restating the white paper's solutions. */
  public static final Source HOYANGER_MEALS =
      Source.of(
          "Høyanger kommune, Leva heile livet — Mat og måltider",
          "https://www.hoyanger.kommune.no/tenester/prosjekt-og-overordna-planar/prosjekt/leva-heile-livet/mat-og-maltider/");

  /** Hemnes kommune's page on health care, restating the white paper's challenges and solutions. */
  public static final Source HEMNES_HEALTH =
      Source.of(
          "Hemnes kommune, Leve hele livet — Helsehjelp",
          "https://www.hemnes.kommune.no/helsehjelp.553371.no.html");

  /** Hemnes kommune's page on continuity of services. */
  public static final Source HEMNES_CONTINUITY =
      Source.of(
          "Hemnes kommune, Leve hele livet — Sammenheng i tjenestene",
          "https://www.hemnes.kommune.no/sammenheng-i-tjenestene.553370.no.html");

  /** The KS Konsulent course deck the actor map, sectors, roles and questions come from. */
  public static final Source COURSE_DECK =
      Source.of(
          "KS Konsulent, kursmateriell «Leve hele livet — Hvordan driftes samfunnet?» (2020)");

  /**
   * The course deck's slide on Vefsn and its neighbours, which names the regional competence office
   * as the driving force of their anchoring steps; the office is not drawn on the deck's actor map.
   */
  public static final Source COURSE_DECK_VEFSN =
      Source.of(
          "KS Konsulent, kursmateriell «Leve hele livet — Hvordan driftes samfunnet?», lysbildet"
              + " «Vefsn og naboene» (Pådriver/initiativtaker: Regionalt kompetansekontor Vefsn)");

  /**
   * Helsedirektoratet's nynorsk page on the reform, which names the national support apparatus
   * (Helsedirektoratet, KS, Senter for omsorgsforsking) and the regional one (statsforvaltarane,
   * KS, Utviklingssenter for sjukeheim og heimetenester), and dates the reform's end.
   */
  public static final Source HDIR_ABOUT_THE_REFORM_NN =
      Source.of(
          "Helsedirektoratet, «Om Leve heile livet-reforma»",
          "https://www.helsedirektoratet.no/tema/bu-trygt-heime/om-leve-heile-livet-reforma");

  /**
   * Helsedirektoratet's annual report 2022 on the reform, chapter 1: the reform period, its
   * extension and end, and the centre for an age-friendly Norway's responsibility from 1 February
   * 2021.
   */
  public static final Source HDIR_ANNUAL_REPORT_2022_BACKGROUND =
      Source.of(
          "Helsedirektoratet, Leve hele livet – årsrapport 2022, kapittel 1 Bakgrunn",
          "https://www.helsedirektoratet.no/rapporter/leve-hele-livet-arsrapport-2022/bakgrunn");

  /**
   * Helsedirektoratet's annual report 2022 on the reform, chapter 2.1: the national support
   * apparatus, the mid-term evaluation and the conference held by the centre and the council for an
   * age-friendly Norway.
   */
  public static final Source HDIR_ANNUAL_REPORT_2022_SUPPORT =
      Source.of(
          "Helsedirektoratet, Leve hele livet – årsrapport 2022, kapittel 2.1 Nasjonalt"
              + " støtteapparat",
          "https://www.helsedirektoratet.no/rapporter/leve-hele-livet-arsrapport-2022/overordnet-status-for-2022/nasjonalt-stotteapparat");

  /** The centre for an age-friendly Norway's own page about itself. */
  public static final Source AGE_FRIENDLY_CENTRE_ABOUT =
      Source.of(
          "Senteret for et aldersvennlig Norge, «Om oss»", "https://www.aldersvennlig.no/om-oss/");

  /** KS's page on how the reform is organised and KS's role in it. */
  public static final Source KS_ROLE =
      Source.of(
          "KS, om organiseringen av Leve hele livet og KS' rolle i reformen",
          "https://www.ks.no/fagomrader/helse-og-omsorg/eldreomsorg/organisering-av-leve-hele-livet--ks-rolle/");

  /** The document page of Meld. St. 6 (2019–2020), the white paper of Kunnskapsdepartementet. */
  public static final Source MELD_ST_6 =
      Source.of(
          "Kunnskapsdepartementet, Meld. St. 6 (2019–2020) Tett på – tidlig innsats og"
              + " inkluderende fellesskap i barnehage, skole og SFO",
          "https://www.regjeringen.no/no/dokumenter/meld.-st.-6-20192020/id2677025/");

  /** The web guide «Metode- og veiledningsmateriell» for the reform. */
  public static final Source WEB_GUIDE =
      Source.of("KS Konsulent, veileder «Metode- og veiledningsmateriell» for Leve hele livet");

  private Sources() {}
}
