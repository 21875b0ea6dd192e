package no.levehelelivet.core;

import static no.levehelelivet.core.Refusals.assertInconsistent;
import static no.levehelelivet.core.Refusals.assertInvalidValue;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Collection;
import java.util.HashSet;
import java.util.Set;
import no.levehelelivet.core.actor.CollaboratingActor;
import no.levehelelivet.core.municipality.Sector;
import org.junit.jupiter.api.Test;

class MeasureTest {

  private static Measure.Builder mealFriends() {
    return Measure.builder()
        .title("Måltidsvenner i hjemmetjenesten")
        .addFocusAreas(FocusArea.FOOD_AND_MEALS)
        .addSolutions(Solution.MILIEU_WORK_AND_MEALS)
        .responsibleSector(Sector.HEALTH_AND_WELFARE)
        .addCollaborators(CollaboratingActor.VOLUNTARY_ORGANISATIONS, CollaboratingActor.HOME_CARE);
  }

  @Test
  void holdsWhatTheMunicipalityWillDo() {
    Measure measure = mealFriends().build();
    assertThat(measure.focusAreas()).containsExactly(FocusArea.FOOD_AND_MEALS);
    // Sets of catalogue items keep catalogue order, whatever order they were given in.
    assertThat(measure.collaborators())
        .containsExactly(CollaboratingActor.HOME_CARE, CollaboratingActor.VOLUNTARY_ORGANISATIONS);
    assertThat(measure.responsibleSector()).isEqualTo(Sector.HEALTH_AND_WELFARE);
  }

  @Test
  void refusesASolutionOutsideItsFocusAreas() {
    InvalidValueException e =
        assertInconsistent(
            () -> mealFriends().addSolutions(Solution.GOOD_MOMENTS).build(),
            "focusAreas, solutions");
    assertThat(e.getMessage()).contains("good-moments", "activity-and-community");
  }

  @Test
  void refusesAMeasureWithoutFocusArea() {
    assertInvalidValue(
        () -> Measure.builder().title("Uten retning").responsibleSector(Sector.TECHNICAL).build(),
        "focusAreas");
  }

  @Test
  void refusesABlankTitle() {
    assertThat(assertInvalidValue(() -> mealFriends().title("").build(), "title").value())
        .hasValue("");
  }

  @Test
  void refusesABlankDescriptionButNotAMissingOne() {
    assertThat(mealFriends().build().description()).isEmpty();
    assertThat(mealFriends().description("Frivillige spiser med").build().description())
        .hasValue("Frivillige spiser med");
    assertThat(
            assertInvalidValue(() -> mealFriends().description(" ").build(), "description").value())
        .hasValue(" ");
  }

  @Test
  void isUnmodifiable() {
    Measure measure = mealFriends().build();
    assertThatThrownBy(() -> addTo(measure.collaborators(), CollaboratingActor.BUSINESS))
        .isInstanceOf(UnsupportedOperationException.class);
    assertThatThrownBy(() -> addTo(measure.solutions(), Solution.THE_GOOD_MEAL))
        .isInstanceOf(UnsupportedOperationException.class);
  }

  @Test
  void copiesTheCollectionsItIsGiven() {
    Set<CollaboratingActor> given = new HashSet<>(Set.of(CollaboratingActor.HOME_CARE));
    Measure measure = mealFriends().collaborators(given).build();
    given.add(CollaboratingActor.BUSINESS);
    assertThat(measure.collaborators()).containsExactly(CollaboratingActor.HOME_CARE);
  }

  @Test
  void isEqualByValue() {
    assertThat(mealFriends().build()).isEqualTo(mealFriends().build());
    assertThat(mealFriends().build())
        .isNotEqualTo(mealFriends().addCollaborators(CollaboratingActor.BUSINESS).build());
  }

  /** Adds through the plain collection interface, as a careless caller would. */
  private static <T> void addTo(Collection<T> collection, T element) {
    collection.add(element);
  }
}
