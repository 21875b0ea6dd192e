package no.levehelelivet.core;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.EnumSet;
import java.util.Set;
import org.junit.jupiter.api.Test;

class SolutionTest {

  @Test
  void thereAreTwentyFiveSolutions() {
    assertThat(Solution.values()).hasSize(25);
  }

  @Test
  void everySolutionBelongsToExactlyOneFocusArea() {
    Set<Solution> seen = EnumSet.noneOf(Solution.class);
    for (FocusArea area : FocusArea.values()) {
      for (Solution solution : area.solutions()) {
        assertThat(seen.add(solution)).as("%s listed twice", solution).isTrue();
        assertThat(solution.focusArea()).isEqualTo(area);
      }
    }
    assertThat(seen).containsExactlyInAnyOrder(Solution.values());
  }

  @Test
  void theActivitySolutionsAreThoseOfTheWhitePapersChapterFive() {
    assertThat(FocusArea.ACTIVITY_AND_COMMUNITY.solutions())
        .extracting(s -> s.label(Language.BOKMAL))
        .containsExactly(
            "Gode øyeblikk",
            "Tro og liv",
            "Generasjonsmøter",
            "Samfunnskontakt",
            "Sambruk og samlokalisering");
  }

  @Test
  void onlyTheUnconfirmedNamesAreProvisional() {
    assertThat(Solution.values())
        .filteredOn(s -> s.status() == EntryStatus.PROVISIONAL)
        .containsExactlyInAnyOrder(
            Solution.FOOD_AT_HOME,
            Solution.INTERDISCIPLINARY_CARE,
            Solution.MILIEU_THERAPY,
            Solution.SYSTEMATIC_ASSESSMENT_AND_FOLLOW_UP,
            Solution.FEWER_PEOPLE_TO_DEAL_WITH,
            Solution.SAFE_TRANSITIONS_WITHIN_MUNICIPALITY,
            Solution.SAFE_TRANSITIONS_HOSPITAL_AND_HOME);
  }

  @Test
  void everySolutionCitesAPublicSource() {
    for (Solution solution : Solution.values()) {
      assertThat(solution.source().url()).as(solution.code()).isPresent();
    }
  }

  @Test
  void everySolutionHasADescriptionInEachLanguage() {
    for (Solution solution : Solution.values()) {
      for (Language language : Language.values()) {
        assertThat(solution.description(language)).as(solution.code()).isNotBlank();
      }
    }
    assertThat(Solution.GOOD_MOMENTS.description(Language.ENGLISH)).contains("hour");
  }
}
