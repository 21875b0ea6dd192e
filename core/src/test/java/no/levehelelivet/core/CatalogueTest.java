package no.levehelelivet.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import no.levehelelivet.core.actor.ActorMapView;
import no.levehelelivet.core.actor.CollaboratingActor;
import no.levehelelivet.core.guide.AnchoringStep;
import no.levehelelivet.core.reflection.ReflectionQuestion;
import no.levehelelivet.core.timeline.Milestone;
import org.junit.jupiter.api.Test;

class CatalogueTest {

  private final Catalogue catalogue = Catalogue.leveHeleLivet();

  @Test
  void isOneSharedInstance() {
    assertThat(Catalogue.leveHeleLivet()).isSameAs(catalogue);
  }

  @Test
  void namesTheReformInEachLanguage() {
    assertThat(catalogue.reformName(Language.BOKMAL)).isEqualTo("Leve hele livet");
    assertThat(catalogue.reformName(Language.NYNORSK)).isEqualTo("Leve heile livet");
    assertThat(catalogue.reformName(Language.ENGLISH)).isEqualTo("A full life – all your life");
    assertThat(catalogue.whitePaper().citation()).startsWith("Meld. St. 15 (2017–2018)");
  }

  @Test
  void findsSolutionsByFocusArea() {
    assertThat(catalogue.solutions(catalogue.focusArea("health-care")))
        .extracting(Solution::code)
        .containsExactly(
            "everyday-coping",
            "proactive-services",
            "interdisciplinary-care",
            "milieu-therapy",
            "systematic-assessment-and-follow-up");
    assertThat(catalogue.solutions()).hasSize(25);
  }

  @Test
  void findsActorsByViewAndByCode() {
    assertThat(catalogue.actor("home-care")).isEqualTo(CollaboratingActor.HOME_CARE);
    assertThat(catalogue.actors(ActorMapView.COLLABORATORS_BY_INDIVIDUAL_NEEDS))
        .contains(CollaboratingActor.SPECIALIST_HEALTH_SERVICE, CollaboratingActor.BUSINESS);
    assertThat(catalogue.actors()).hasSize(CollaboratingActor.values().length);
  }

  @Test
  void listsTheVefsnAnchoringStepsInOrder() {
    assertThat(catalogue.anchoringSteps())
        .extracting(AnchoringStep::number)
        .containsExactly(1, 2, 3, 4, 5);
    assertThat(catalogue.anchoringSteps().get(3).label(Language.BOKMAL))
        .isEqualTo("Innbyggerdialog");
  }

  @Test
  void refusesAnUnknownPlanCode() {
    assertThatThrownBy(() -> catalogue.activityPlan("viken"))
        .isInstanceOfSatisfying(
            UnknownCodeException.class,
            e -> {
              assertThat(e.code()).isEqualTo(CoreCode.UNKNOWN_CODE);
              assertThat(e.unknownCode()).isEqualTo("viken");
              assertThat(e.validCodes()).containsExactly("usht-viken-2020");
            });
  }

  @Test
  void findsEveryItemByItsCodeAndNothingForAnUnknownCode() {
    List<Finder> finders =
        List.of(
            new Finder(catalogue.focusAreas(), catalogue::findFocusArea),
            new Finder(catalogue.solutions(), catalogue::findSolution),
            new Finder(catalogue.actors(), catalogue::findActor),
            new Finder(catalogue.reflectionQuestions(), catalogue::findReflectionQuestion),
            new Finder(catalogue.milestones(), catalogue::findMilestone),
            new Finder(catalogue.activityPlans(), catalogue::findActivityPlan));
    for (Finder finder : finders) {
      assertThat(finder.items()).isNotEmpty();
      for (Coded item : finder.items()) {
        assertThat(finder.find().apply(item.code()).map(Coded.class::cast))
            .as(item.code())
            .containsSame(item);
      }
      assertThat(finder.find().apply("no-such-code")).isEmpty();
      assertThat(finder.find().apply("")).isEmpty();
    }
  }

  /** A lookup that may find nothing, with the items it must find. */
  private record Finder(
      List<? extends Coded> items, Function<String, ? extends Optional<? extends Coded>> find) {}

  @Test
  void anUnknownCodeIsCutShortInTheMessage() {
    String longCode = "x".repeat(500);
    assertThatThrownBy(() -> catalogue.solution(longCode))
        .isInstanceOfSatisfying(
            UnknownCodeException.class,
            e -> {
              assertThat(e.getMessage())
                  .contains("\"" + "x".repeat(64) + "...\"")
                  .doesNotContain("x".repeat(65));
              assertThat(e.unknownCode()).hasSize(500);
              assertThat(e.code()).isEqualTo(CoreCode.UNKNOWN_CODE);
            });
  }

  @Test
  void ordersMilestonesByDateAndASingleDayBeforeAPeriodStartingThatDay() {
    Comparator<Milestone> byDate = new Catalogue.ByDate();
    Milestone day = milestone("day", LocalDate.of(2019, 1, 1));
    Milestone period = day.withCode("period").withEndDate(Optional.of(LocalDate.of(2023, 12, 31)));
    Milestone later = milestone("later", LocalDate.of(2019, 2, 1));

    assertThat(byDate.compare(day, period)).isNegative();
    assertThat(byDate.compare(period, day)).isPositive();
    assertThat(byDate.compare(period, later)).isNegative();
    assertThat(byDate.compare(later, day)).isPositive();
    assertThat(byDate.compare(day, day.withCode("same-day"))).isZero();
    assertThat(catalogue.milestones()).isSortedAccordingTo(byDate);
  }

  @Test
  void theQuestionsOfTheDeckNameTheirAuthorWhereTheDeckDoes() {
    // read afresh, not the copy the catalogue keeps since first use
    List<ReflectionQuestion> questions = QuestionData.questions();
    assertThat(questions).isEqualTo(catalogue.reflectionQuestions());
    assertThat(questions)
        .filteredOn(q -> q.attribution().isPresent())
        .extracting(q -> q.attribution().orElseThrow())
        .containsOnly("Rudi Kirkhaug", "Eva Sørensen 2020");
    assertThat(questions.get(0).attribution()).isEmpty();
  }

  private static Milestone milestone(String code, LocalDate date) {
    return Milestone.builder()
        .code(code)
        .title(LocalizedText.of("Milepæl"))
        .date(date)
        .source(Source.of("test"))
        .build();
  }
}
