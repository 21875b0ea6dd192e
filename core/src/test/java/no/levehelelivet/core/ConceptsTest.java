package no.levehelelivet.core;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import no.levehelelivet.core.actor.CollaboratingActor;
import no.levehelelivet.core.demography.DemographicIndicator;
import no.levehelelivet.core.demography.DemographicTrend;
import no.levehelelivet.core.demography.FigureUnit;
import no.levehelelivet.core.demography.KeyFigure;
import no.levehelelivet.core.guide.ChangeRole;
import no.levehelelivet.core.guide.CivilSocietyMeasure;
import no.levehelelivet.core.guide.CourseGoal;
import no.levehelelivet.core.guide.GuideSection;
import no.levehelelivet.core.guide.GuideTheme;
import no.levehelelivet.core.guide.MobilisationTheme;
import no.levehelelivet.core.guide.PlanningInstrument;
import no.levehelelivet.core.guide.ReformExample;
import no.levehelelivet.core.guide.SeminarMethod;
import no.levehelelivet.core.internal.ConceptSources;
import no.levehelelivet.core.municipality.LeadershipPerspective;
import no.levehelelivet.core.municipality.SectorChallenge;
import no.levehelelivet.core.reform.ReformAim;
import no.levehelelivet.core.reform.ReformPrinciple;
import no.levehelelivet.core.reform.TargetGroup;
import no.levehelelivet.core.reform.Term;
import org.junit.jupiter.api.Test;

/**
 * The seed concepts, fact by fact: each value and its source, checked by hand against the course
 * deck (seed 000), the web guide (seed 004) and the public pages the catalogue cites.
 */
class ConceptsTest {

  private final Catalogue catalogue = Catalogue.leveHeleLivet();

  @Test
  void countsTheConceptsOfEachSeed() {
    // seed 000 is the deck; seed 004 the guide, whose three pages the deck also covers
    long fromTheGuide =
        catalogue.concepts().stream()
            .filter(c -> c.source().citation().startsWith(ConceptSources.GUIDE))
            .count();
    long fromTheDeck =
        catalogue.concepts().stream()
            .filter(c -> c.source().citation().startsWith(ConceptSources.DECK))
            .count();
    assertThat(catalogue.concepts()).hasSize(89);
    assertThat(fromTheGuide).isEqualTo(7);
    assertThat(fromTheDeck).isEqualTo(69);
  }

  @Test
  void theSilverEconomyIsTheCommissionsDefinitionOf2015InTheDecksWords() {
    assertThat(Term.SILVER_ECONOMY.label(Language.BOKMAL)).isEqualTo("Sølvøkonomien");
    assertThat(Term.SILVER_ECONOMY.source().citation())
        .contains("Growing the Silver Economy in Europe")
        .contains("2015");
    assertThat(Term.SILVER_ECONOMY.source().url())
        .hasValue(
            "https://ec.europa.eu/digital-single-market/en/news/growing-silver-economy-background-paper");
    Quotation words = Term.SILVER_ECONOMY.quotation().orElseThrow();
    assertThat(words.language()).isEqualTo(Language.BOKMAL);
    assertThat(words.text()).contains("personer over 50 år");
    assertThat(words.source().citation()).startsWith(ConceptSources.DECK);
  }

  @Test
  void theFamilyCareCoefficientCountsPeopleAged50To66PerPersonAged85OrOver() {
    DemographicIndicator coefficient = DemographicIndicator.FAMILY_CARE_COEFFICIENT;
    assertThat(coefficient.description(Language.BOKMAL)).contains("50–66 år per person 85 år");
    assertThat(coefficient.description(Language.ENGLISH)).contains("aged 50–66 per person aged 85");
    assertThat(coefficient.source().url())
        .hasValue("https://www.ressursportal.no/omsorgskoeffisient-k");
    assertThat(coefficient.source().citation()).contains("SSB, tabell 12882");
  }

  @Test
  void theMmmmProjectionIsStatisticsNorwaysMainAlternative() {
    assertThat(Term.MMMM_PROJECTION.quotation().orElseThrow().text())
        .contains("MMMM-alternativet (mellomalternativet, eller hovedalternativet)");
    assertThat(Term.MMMM_PROJECTION.source().url())
        .hasValue("https://www.ressursportal.no/omsorgskoeffisient-k");
    assertThat(DemographicIndicator.POPULATION_INDEX.quotation().orElseThrow().text())
        .contains("2018 = 100, SSB MMMM");
  }

  @Test
  void theLeadershipShiftGoesFromResourceUtilisationToResourceMobilisationAfterSorensen() {
    assertThat(catalogue.leadershipShift())
        .containsExactly(
            LeadershipPerspective.RESOURCE_UTILISATION,
            LeadershipPerspective.RESOURCE_MOBILISATION);
    assertThat(LeadershipPerspective.RESOURCE_MOBILISATION.isTarget()).isTrue();
    assertThat(LeadershipPerspective.RESOURCE_UTILISATION.isTarget()).isFalse();
    assertThat(LeadershipPerspective.RESOURCE_MOBILISATION.quotation().orElseThrow().text())
        .isEqualTo("et utadvendt, formålsrettet, ressursmobiliserings-perspektiv");
    assertThat(LeadershipPerspective.RESOURCE_MOBILISATION.source().citation())
        .contains("Mobilisering")
        .contains("Eva Sørensen (2020)");
  }

  @Test
  void theDeckSetsEightThemesOfMobilisationAroundTheAgeFriendlySociety() {
    assertThat(catalogue.mobilisationThemes())
        .hasSize(8)
        .startsWith(MobilisationTheme.PREVENTING_LONELINESS);
    assertThat(MobilisationTheme.BREAKING_DOWN_SILOS.label(Language.BOKMAL))
        .isEqualTo("Silonedbryting");
    assertThat(MobilisationTheme.USER_NEEDS.source().citation()).endsWith("«Mobilisering»");
  }

  @Test
  void theSectorComparisonHasSixRowsAndTurnoverOnlyInTheHealthServices() {
    assertThat(catalogue.sectorChallenges()).hasSize(6);
    assertThat(SectorChallenge.STAFF_TURNOVER.educationSector()).isEmpty();
    assertThat(SectorChallenge.UNQUALIFIED_ASSISTANTS.educationSector().orElseThrow().bokmal())
        .contains("halvparten av undervisningen");
    assertThat(SectorChallenge.FRAGMENTED_COOPERATION.healthServices().in(Language.NYNORSK))
        .contains("silotenking");
    assertThat(KeyFigure.TEACHING_BY_UNQUALIFIED_ASSISTANTS.value()).isEqualTo(50);
    assertThat(KeyFigure.TEACHING_BY_UNQUALIFIED_ASSISTANTS.unit()).isEqualTo(FigureUnit.PERCENT);
    assertThat(KeyFigure.TEACHING_BY_UNQUALIFIED_ASSISTANTS.isApproximate()).isTrue();
  }

  @Test
  void theGuideHasSeventeenSectionsAndEachThemeHasItsSection() {
    List<GuideSection> sections = catalogue.guideSections();
    assertThat(sections).hasSize(17);
    for (int i = 0; i < sections.size(); i++) {
      assertThat(sections.get(i).number()).isEqualTo(i + 1);
    }
    assertThat(sections.get(6).label(Language.BOKMAL)).isEqualTo("Helsedirektoratets modell");
    assertThat(sections.get(16).label(Language.BOKMAL))
        .isEqualTo("Tidslinje for gjennomføring av fase to");
    assertThat(sections.stream().flatMap(s -> s.theme().stream()))
        .containsExactlyInAnyOrder(GuideTheme.values());
    assertThat(GuideSection.INTRODUCTION.source().citation())
        .isEqualTo(ConceptSources.GUIDE + "Introduksjon»");
    assertThat(GuideSection.RECOMMENDED_LINKS.standardPhases()).isEmpty();
  }

  @Test
  void theCivilSocietyMeasuresAreNibrs2019Slash11() {
    assertThat(catalogue.civilSocietyMeasures()).hasSize(3);
    for (CivilSocietyMeasure measure : CivilSocietyMeasure.values()) {
      assertThat(measure.source().citation()).contains("NIBR-rapport 2019:11");
    }
    assertThat(CivilSocietyMeasure.LOCAL_VOLUNTEERING_POLICY.quotation().orElseThrow().text())
        .startsWith("Utarbeidelse av lokal frivillighetspolitikk");
  }

  @Test
  void theAimsAndTargetGroupAreHelsedirektoratets() {
    assertThat(catalogue.reformAims()).hasSize(4);
    for (ReformAim aim : ReformAim.values()) {
      assertThat(aim.source().url().orElseThrow()).endsWith("/om-leve-hele-livet-reformen");
    }
    assertThat(ReformAim.NEXT_OF_KIN_NOT_WORN_OUT.quotation().orElseThrow().text())
        .isEqualTo("pårørende kan bidra uten at de blir utslitt");
    assertThat(TargetGroup.EVERYONE_OVER_65.ageOver()).isEqualTo(65);
    assertThat(TargetGroup.EVERYONE_OVER_65.source().url().orElseThrow())
        .endsWith("/reformens-bakgrunn-og-formal");
    assertThat(TargetGroup.EVERYONE_OVER_65.quotation().orElseThrow().text())
        .contains("både de som bor hjemme og de som bor på institusjon");
  }

  @Test
  void theExamplesAreVefsnUshtVikenInnlandetAndSolundSpelledWithOneL() {
    assertThat(catalogue.reformExamples())
        .containsExactly(
            ReformExample.VEFSN_AND_NEIGHBOURS,
            ReformExample.USHT_VIKEN,
            ReformExample.MEDIUM_SIZED_MUNICIPALITY_IN_INNLANDET,
            ReformExample.SOLUND);
    assertThat(ReformExample.SOLUND.municipality()).hasValue(Municipality.of("Solund", "4636"));
    assertThat(ReformExample.SOLUND.spellingInSource()).hasValue("Sollund");
    assertThat(ReformExample.SOLUND.countyNumber()).isEqualTo("46");
    assertThat(ReformExample.MEDIUM_SIZED_MUNICIPALITY_IN_INNLANDET.countyNumber()).isEqualTo("34");
    assertThat(ReformExample.MEDIUM_SIZED_MUNICIPALITY_IN_INNLANDET.municipality()).isEmpty();
    assertThat(ReformExample.VEFSN_AND_NEIGHBOURS.initiator())
        .hasValue(CollaboratingActor.REGIONAL_COMPETENCE_OFFICE);
    // every example's municipality is in force in the register today
    for (ReformExample example : ReformExample.values()) {
      example
          .municipality()
          .ifPresent(
              m -> assertThat(m.requireValidOn(java.time.LocalDate.of(2026, 12, 3))).isEqualTo(m));
    }
  }

  @Test
  void eachKeyFigureIsQuotedWithItsNumberAndIsApproximateWhereTheSourceSaysCa() {
    for (KeyFigure figure : KeyFigure.values()) {
      Quotation words = figure.quotation().orElseThrow();
      // Norwegian writes 3400 as «3.400»
      assertThat(words.text().replace(".", ""))
          .as(figure.code())
          .containsPattern("\\b" + figure.value() + "\\b");
      assertThat(figure.isApproximate())
          .as(figure.code())
          .isEqualTo(words.text().startsWith("Ca "));
    }
    assertThat(KeyFigure.MORE_ONE_YEAR_OLDS_IN_NORWAY.quotation().orElseThrow().text())
        .isEqualTo("I samme periode er det blitt 3.400 flere ettåringer i Norge.");
    assertThat(KeyFigure.MORE_ONE_YEAR_OLDS_IN_NORWAY.isApproximate()).isFalse();
  }

  @Test
  void theTrendsMethodsCourseGoalsAndPrinciplesAreGivenInTheWordsOfTheSourceTheyCite() {
    List<Concept> quoted = new ArrayList<>();
    quoted.addAll(List.of(DemographicTrend.values()));
    quoted.addAll(List.of(SeminarMethod.values()));
    quoted.addAll(List.of(CourseGoal.values()));
    quoted.addAll(List.of(ReformPrinciple.values()));
    for (Concept concept : quoted) {
      Quotation words = concept.quotation().orElseThrow();
      assertThat(words.source()).as(concept.code()).isEqualTo(concept.source());
      assertThat(words.language()).as(concept.code()).isEqualTo(Language.BOKMAL);
    }
    assertThat(SeminarMethod.PRESENTATION_AND_REFLECTION.quotation().orElseThrow().text())
        .isEqualTo("Presentasjon og refleksjon over kunnskapsgrunnlag");
    assertThat(DemographicTrend.FEWER_CHILDREN_IN_RURAL_NORWAY.quotation().orElseThrow().text())
        .contains("færre ettåringer enn for 30 år siden");
  }

  @Test
  void theDriverRoleIsTheDecksFocusOnTheDriversRole() {
    Quotation words = ChangeRole.DRIVER.quotation().orElseThrow();
    assertThat(words.text()).isEqualTo("Pådriverrollen gjennom trygghet, trening og fokus");
    assertThat(words.source().citation()).endsWith("«Fokus på: Pådriverrollen»");
    assertThat(ChangeRole.RESOURCE_PERSON.quotation()).isEmpty();
  }

  @Test
  void municipalPlanningIsQuotedFromTheGuidesPageOnPlanning() {
    Source planningPage = Source.of(ConceptSources.GUIDE + "Kommunal planlegging»");
    assertThat(GuideSection.MUNICIPAL_PLANNING.quotation().orElseThrow().text())
        .startsWith("Kommunal planlegging blir et sentralt virkemiddel");
    assertThat(GuideSection.MUNICIPAL_PLANNING.quotation().orElseThrow().source())
        .isEqualTo(planningPage);
    assertThat(PlanningInstrument.GOAL_REPORTING.quotation().orElseThrow().text())
        .isEqualTo("Tilhørende målrapportering må tydeliggjøres.");
    assertThat(PlanningInstrument.GOAL_REPORTING.quotation().orElseThrow().source())
        .isEqualTo(planningPage);
    assertThat(GuideSection.BACKGROUND.quotation()).isEmpty();
  }

  @Test
  void theVefsnExampleIsQuotedFromTheDecksSlideOnAnchoring() {
    Quotation words = ReformExample.VEFSN_AND_NEIGHBOURS.quotation().orElseThrow();
    assertThat(words.text()).startsWith("Forankring av kommunenes team-arbeid");
    assertThat(words.source().citation()).endsWith("«Forankring»");
    assertThat(ReformExample.VEFSN_AND_NEIGHBOURS.source().citation())
        .endsWith("«Vefsn og naboene»");
    assertThat(ReformExample.USHT_VIKEN.quotation()).isEmpty();
  }

  @Test
  void theCountsOfMunicipalitiesAddUpToThe356Of2020() {
    int total =
        Arrays.stream(KeyFigure.values())
            .filter(f -> f.unit() == FigureUnit.MUNICIPALITIES)
            .mapToInt(KeyFigure::value)
            .sum();
    assertThat(total).isEqualTo(90 + 5 + 261).isEqualTo(356);
    assertThat(KeyFigure.MORE_ONE_YEAR_OLDS_IN_NORWAY.value()).isEqualTo(3400);
    assertThat(KeyFigure.MORE_ONE_YEAR_OLDS_IN_NORWAY.source().url())
        .hasValue("https://kommunal-rapport.no/2020/01/stadig-faerre-barn-i-bygde-norge");
  }
}
