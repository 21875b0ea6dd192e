package no.levehelelivet.core.internal;

import no.levehelelivet.core.Language;
import no.levehelelivet.core.Quotation;
import no.levehelelivet.core.Source;

/**
 * The sources of the seed concepts: the course deck slide by slide, the web guide page by page, and
 * the public pages that state what the deck only names.
 */
public final class ConceptSources {

  /** How every citation of a slide of the KS Konsulent course deck begins. */
  public static final String DECK =
      "KS Konsulent, kursmateriell «Leve hele livet — Hvordan driftes samfunnet?», lysbildet «";

  /** How every citation of a page of the web guide begins. */
  public static final String GUIDE =
      "KS Konsulent, veileder «Metode- og veiledningsmateriell» for Leve hele livet, siden «";

  /** Helsedirektoratet's page about the reform, which states its aims in the deck's words. */
  public static final Source HDIR_ABOUT =
      Source.of(
          "Helsedirektoratet, «Om Leve hele livet-reformen»",
          "https://www.helsedirektoratet.no/tema/leve-hele-livet-kvalitetsreformen-for-eldre/om-leve-hele-livet-reformen");

  /** Helsedirektoratet's page on the reform's background and purpose, with its target group. */
  public static final Source HDIR_PURPOSE =
      Source.of(
          "Helsedirektoratet, «Reformens bakgrunn og formål»",
          "https://www.helsedirektoratet.no/tema/leve-hele-livet-kvalitetsreformen-for-eldre/reformens-bakgrunn-og-formal");

  /** The European Commission's 2015 background paper that the deck's silver-economy slide cites. */
  public static final Source EC_SILVER_ECONOMY =
      Source.of(
          "European Commission, «Growing the Silver Economy in Europe», background paper launched at"
              + " the European Summit on Innovation for Active and Healthy Ageing, March 2015",
          "https://ec.europa.eu/digital-single-market/en/news/growing-silver-economy-background-paper");

  /** Ressursportal's definition of the care coefficient and of SSB's main projection (MMMM). */
  public static final Source RESSURSPORTAL_CARE_COEFFICIENT =
      Source.of(
          "Ressursportal, «Omsorgskoeffisient» (datakilde SSB, tabell 12882)",
          "https://www.ressursportal.no/omsorgskoeffisient-k");

  /** The Kommunal Rapport article the deck quotes on the number of one-year-olds. */
  public static final Source KOMMUNAL_RAPPORT_CHILDREN =
      Source.of(
          "Kommunal Rapport, «Stadig færre barn i Bygde-Norge» (januar 2020), slik kursmateriellet"
              + " «Leve hele livet — Hvordan driftes samfunnet?» gjengir den",
          "https://kommunal-rapport.no/2020/01/stadig-faerre-barn-i-bygde-norge");

  private ConceptSources() {}

  /** The slide of the course deck with the given heading. */
  public static Source deck(String slide) {
    return Source.of(DECK + slide + "»");
  }

  /** The page of the web guide with the given heading. */
  public static Source guide(String page) {
    return Source.of(GUIDE + page + "»");
  }

  /** The source's own words, in bokmål. */
  public static Quotation quote(String text, Source source) {
    return Quotation.of(text, Language.BOKMAL, source);
  }
}
