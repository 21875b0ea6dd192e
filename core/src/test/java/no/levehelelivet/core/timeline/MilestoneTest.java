package no.levehelelivet.core.timeline;

import static no.levehelelivet.core.Refusals.assertInconsistent;
import static no.levehelelivet.core.Refusals.assertInvalidValue;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.Optional;
import no.levehelelivet.core.Catalogue;
import no.levehelelivet.core.InvalidValueException;
import no.levehelelivet.core.Language;
import no.levehelelivet.core.LocalizedText;
import no.levehelelivet.core.Source;
import org.junit.jupiter.api.Test;

class MilestoneTest {

  private final Catalogue catalogue = Catalogue.leveHeleLivet();

  @Test
  void theKsAgreementWasSignedOnFriday29June2018AsKsReportedAtTheTime() {
    // KS's news of the signing: «KS og regjeringen undertegnet fredag 29. juni» (2018, the spring
    // the white paper was laid before the Storting); the later «29.07.2018» fell on a Sunday.
    Milestone agreement = catalogue.milestone("ks-government-agreement");

    assertThat(agreement.date()).isEqualTo(LocalDate.of(2018, 6, 29));
    assertThat(agreement.date().getDayOfWeek()).isEqualTo(DayOfWeek.FRIDAY);
    assertThat(agreement.source().url())
        .contains(
            "https://www.ks.no/fagomrader/helse-og-omsorg/eldreomsorg/kvalitet-bygges-nedenfra/");
    assertThat(agreement.remark().orElseThrow().in(Language.ENGLISH))
        .contains("Friday 29 June 2018")
        .contains("29.07.2018");
  }

  @Test
  void everyTitleAndRemarkIsWrittenInEveryLanguageWithoutFallingBack() {
    for (Milestone milestone : catalogue.milestones()) {
      for (Language language : Language.values()) {
        assertThat(milestone.title().isWrittenIn(language))
            .as(milestone.code() + " title " + language)
            .isTrue();
        milestone
            .remark()
            .ifPresent(
                remark ->
                    assertThat(remark.isWrittenIn(language))
                        .as(milestone.code() + " remark " + language)
                        .isTrue());
      }
    }
    assertThat(
            catalogue.milestone("adopted-by-storting").remark().orElseThrow().in(Language.NYNORSK))
        .startsWith(
            "Referatet frå Stortinget viser at saka vart handsama og røysta over i møtet 20.");
  }

  @Test
  void theWhitePaperWasPresentedOnTheFourthOfMay2018() {
    Milestone presented = catalogue.milestone("white-paper-presented");
    assertThat(presented.date()).isEqualTo(LocalDate.of(2018, 5, 4));
    assertThat(presented.title(Language.BOKMAL)).contains("Meld. St. 15 (2017–2018)");
    assertThat(presented.precision()).isEqualTo(DatePrecision.DAY);
  }

  @Test
  void theReformPeriodRunsFrom2019ToTheEndOf2023() {
    assertThat(catalogue.milestone("reform-period-starts").date())
        .isEqualTo(LocalDate.of(2019, 1, 1));
    assertThat(catalogue.milestone("reform-period-ends").date())
        .isEqualTo(LocalDate.of(2023, 12, 31));
    Milestone implementation = catalogue.milestone("reform-phase-implementation");
    assertThat(implementation.isPeriod()).isTrue();
    assertThat(implementation.lastDate()).isEqualTo(LocalDate.of(2023, 12, 31));
  }

  @Test
  void theFinalEvaluationWasPublishedOnTheFifthOfApril2024() {
    assertThat(catalogue.milestone("final-evaluation-published").date())
        .isEqualTo(LocalDate.of(2024, 4, 5));
  }

  @Test
  void theStortingDateCarriesARemarkOnTheSourcesThatDisagree() {
    Milestone adopted = catalogue.milestone("adopted-by-storting");
    assertThat(adopted.date()).isEqualTo(LocalDate.of(2018, 11, 20));
    assertThat(adopted.remark()).isPresent();
    assertThat(adopted.remark().get().in(Language.ENGLISH)).contains("20 December 2018");
  }

  @Test
  void theTimelineIsInDateOrder() {
    assertThat(catalogue.milestones())
        .isSortedAccordingTo(
            (a, b) ->
                a.date().equals(b.date())
                    ? a.lastDate().compareTo(b.lastDate())
                    : a.date().compareTo(b.date()));
    // fifteen milestones, and four added by the audit of December 2026: the extension of the
    // period, its reversal, Meld. St. 6 (2019–2020) and the start of Bo trygt hjemme
    assertThat(catalogue.milestones()).hasSize(19);
  }

  @Test
  void refusesAPeriodThatEndsBeforeItStarts() {
    InvalidValueException e =
        assertInconsistent(
            () ->
                Milestone.builder()
                    .code("backwards")
                    .title(LocalizedText.of("Baklengs"))
                    .date(LocalDate.of(2020, 5, 1))
                    .endDate(LocalDate.of(2020, 4, 30))
                    .source(Source.of("test"))
                    .build(),
            "date, endDate");
    assertThat(e.getMessage()).contains("backwards", "2020-04-30", "2020-05-01");
  }

  @Test
  void refusesAMonthPrecisionDateThatIsNotTheFirst() {
    InvalidValueException e =
        assertInvalidValue(
            () ->
                Milestone.builder()
                    .code("mid-month")
                    .title(LocalizedText.of("Midt i måneden"))
                    .date(LocalDate.of(2022, 2, 14))
                    .precision(DatePrecision.MONTH)
                    .source(Source.of("test"))
                    .build(),
            "date");
    assertThat(e.value()).hasValue("2022-02-14");
  }

  @Test
  void aYearPrecisionDateIsTheFirstOfJanuary() {
    Milestone reform =
        Milestone.builder()
            .code("reform-year")
            .title(LocalizedText.of("Reformåret"))
            .date(LocalDate.of(2019, 1, 1))
            .precision(DatePrecision.YEAR)
            .source(Source.of("test"))
            .build();
    assertThat(reform.date()).isEqualTo(LocalDate.of(2019, 1, 1));
    InvalidValueException e =
        assertInvalidValue(() -> reform.withDate(LocalDate.of(2019, 3, 1)), "date");
    assertThat(e.value()).hasValue("2019-03-01");
    assertThat(e.expectation()).isEqualTo("1 January for precision year");
  }

  @Test
  void aDayPrecisionDateMayBeAnyDay() {
    Milestone day =
        Milestone.builder()
            .code("mid-year")
            .title(LocalizedText.of("Midt i året"))
            .date(LocalDate.of(2022, 6, 29))
            .source(Source.of("test"))
            .build();
    assertThat(day.precision()).isEqualTo(DatePrecision.DAY);
    assertThat(day.isPeriod()).isFalse();
    assertThat(day.lastDate()).isEqualTo(LocalDate.of(2022, 6, 29));
    Milestone period = day.withEndDate(Optional.of(LocalDate.of(2022, 8, 31)));
    assertThat(period.isPeriod()).isTrue();
    assertThat(period.lastDate()).isEqualTo(LocalDate.of(2022, 8, 31));
  }

  @Test
  void refusesACodeThatIsNotKebabCase() {
    InvalidValueException e =
        assertInvalidValue(
            () ->
                Milestone.builder()
                    .code("Not A Code")
                    .title(LocalizedText.of("Feil"))
                    .date(LocalDate.of(2022, 2, 1))
                    .source(Source.of("test"))
                    .build(),
            "code");
    assertThat(e.value()).hasValue("Not A Code");
  }
}
