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

  /** Pages restating the five main elements of the national age-friendly programme. */
  public static final Source AGE_FRIENDLY_PROGRAMME =
      Source.of(
          "Hemnes kommune, «Et aldersvennlig samfunn» (Nasjonalt program for et aldersvennlig"
              + " Norge har fem hovedelementer); ressursportal.no, Programmet et aldersvennlig Norge",
          "https://www.ressursportal.no/programmet-et-aldersvennlig-norge");

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

  /** The web guide «Metode- og veiledningsmateriell» for the reform. */
  public static final Source WEB_GUIDE =
      Source.of("KS Konsulent, veileder «Metode- og veiledningsmateriell» for Leve hele livet");

  private Sources() {}
}
