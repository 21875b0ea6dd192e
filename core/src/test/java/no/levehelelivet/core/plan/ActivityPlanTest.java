package no.levehelelivet.core.plan;

import static no.levehelelivet.core.Refusals.assertInconsistent;
import static no.levehelelivet.core.Refusals.assertInvalidValue;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.Optional;
import no.levehelelivet.core.ArgumentCode;
import no.levehelelivet.core.Catalogue;
import no.levehelelivet.core.InvalidValueException;
import org.junit.jupiter.api.Test;

class ActivityPlanTest {

  private final ActivityPlan viken = Catalogue.leveHeleLivet().activityPlan("usht-viken-2020");

  @Test
  void theVikenPlanHasTheSessionsOfTheCourseDeck() {
    assertThat(viken.sessions())
        .extracting(Session::date)
        .containsExactly(
            LocalDate.of(2020, 8, 18),
            LocalDate.of(2020, 8, 19),
            LocalDate.of(2020, 8, 21),
            LocalDate.of(2020, 8, 28),
            LocalDate.of(2020, 9, 2),
            LocalDate.of(2020, 9, 16));
  }

  @Test
  void theStartSeminarIsADigitalSessionFromTenToTwelve() {
    Session first = viken.sessions().get(0);
    assertThat(first.title()).isEqualTo("Samling 1 – Oppstartseminar");
    assertThat(first.start()).contains(LocalTime.of(10, 0));
    assertThat(first.end()).contains(LocalTime.of(12, 0));
    assertThat(first.duration()).contains(Duration.ofHours(2));
    assertThat(first.formats()).containsExactly(SessionFormat.DIGITAL);
  }

  @Test
  void guidanceLastsAnHourAndAHalfByPhoneOrOnline() {
    Session guidance = viken.sessions().get(1);
    assertThat(guidance.start()).isEmpty();
    assertThat(guidance.duration()).contains(Duration.ofMinutes(90));
    assertThat(guidance.formats()).containsExactly(SessionFormat.DIGITAL, SessionFormat.PHONE);
  }

  @Test
  void theInterimWorkMayBeOnTheSecondOrTheThirdOfSeptember() {
    Session interim = viken.sessions().get(4);
    assertThat(interim.title()).isEqualTo("Mellomarbeid");
    assertThat(interim.alternativeDates()).containsExactly(LocalDate.of(2020, 9, 3));
  }

  @Test
  void theThirdSessionIsInPersonOrDigitalFromTenToTwo() {
    Session third = viken.sessions().get(5);
    assertThat(third.formats()).containsExactly(SessionFormat.DIGITAL, SessionFormat.PHYSICAL);
    assertThat(third.duration()).contains(Duration.ofHours(4));
  }

  @Test
  void refusesASessionThatEndsBeforeItStarts() {
    assertThatThrownBy(
            () ->
                Session.builder()
                    .title("Samling 4")
                    .date(LocalDate.of(2020, 10, 1))
                    .start(LocalTime.of(14, 0))
                    .end(LocalTime.of(10, 0))
                    .addFormats(SessionFormat.PHYSICAL)
                    .build())
        .isInstanceOfSatisfying(
            InvalidValueException.class,
            e -> {
              assertThat(e.code()).isEqualTo(ArgumentCode.INCONSISTENT_VALUES);
              assertThat(e.field()).isEqualTo("start, end");
              assertThat(e.value()).isEmpty();
            })
        // the one exact message of LHL-A-002, checked by hand
        .hasMessage(
            "LHL-A-002: session \"Samling 4\" on 2020-10-01 ends before it starts: end 10:00 is"
                + " not after start 14:00");
  }

  @Test
  void refusesASessionWithAStartButNoEnd() {
    assertInconsistent(
        () ->
            Session.builder()
                .title("Samling 4")
                .date(LocalDate.of(2020, 10, 1))
                .start(LocalTime.of(14, 0))
                .addFormats(SessionFormat.PHYSICAL)
                .build(),
        "start, end");
  }

  @Test
  void refusesASessionWithoutFormat() {
    assertInvalidValue(
        () -> Session.builder().title("Samling 4").date(LocalDate.of(2020, 10, 1)).build(),
        "formats");
  }

  @Test
  void refusesANonPositiveLength() {
    InvalidValueException e =
        assertInvalidValue(
            () ->
                Session.builder()
                    .title("Veiledning")
                    .date(LocalDate.of(2020, 10, 1))
                    .length(Duration.ZERO)
                    .addFormats(SessionFormat.PHONE)
                    .build(),
            "length");
    assertThat(e.value()).hasValue("PT0S");
  }

  @Test
  void refusesAPlanWithoutSessions() {
    assertInvalidValue(
        () -> ActivityPlan.builder().code("tom-plan").title("Tom plan").organiser("USHT").build(),
        "sessions");
  }

  @Test
  void refusesAPlanWhoseCodeIsNotKebabCase() {
    assertThat(assertInvalidValue(() -> viken.withCode("USHT Viken 2020"), "code").value())
        .hasValue("USHT Viken 2020");
  }

  @Test
  void refusesAPlanWithABlankTitleOrOrganiser() {
    assertInvalidValue(() -> viken.withTitle(" "), "title");
    assertInvalidValue(() -> viken.withOrganiser(""), "organiser");
  }

  @Test
  void refusesASessionWithABlankTitle() {
    assertInvalidValue(() -> viken.sessions().get(0).withTitle("  "), "title");
  }

  @Test
  void refusesASessionThatGivesBothATimeSpanAndALength() {
    assertInconsistent(
        () -> viken.sessions().get(0).withLength(Optional.of(Duration.ofHours(2))),
        "start, end, length");
  }

  @Test
  void refusesANegativeLength() {
    Session guidance = viken.sessions().get(1);
    assertThat(
            assertInvalidValue(
                    () -> guidance.withLength(Optional.of(Duration.ofMinutes(-90))), "length")
                .value())
        .hasValue("PT-1H-30M");
  }

  @Test
  void refusesASessionThatListsItsOwnDateAsAnAlternative() {
    Session interim = viken.sessions().get(4);
    InvalidValueException e =
        assertInconsistent(
            () -> interim.withAlternativeDates(List.of(interim.date())), "date, alternativeDates");
    assertThat(e.getMessage()).contains("Mellomarbeid", "2020-09-02");
  }

  @Test
  void isInOsloTime() {
    assertThat(viken.zone().getId()).isEqualTo("Europe/Oslo");
  }
}
