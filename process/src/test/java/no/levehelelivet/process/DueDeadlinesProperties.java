package no.levehelelivet.process;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.common.collect.ImmutableList;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;

/**
 * A step tells a deadline past due by comparing its instant with the start of the day after the due
 * date in Norway: the same answer as taking the step's day in Norway and comparing dates, on every
 * day of the year, the days clocks change included.
 */
class DueDeadlinesProperties {

  /** Instants from 2020 to 2040, often within a few hours of midnight or of a change of clocks. */
  @Provide
  Arbitrary<Instant> instants() {
    Arbitrary<Instant> any =
        Arbitraries.longs()
            .between(
                LocalDateTime.of(2020, 1, 1, 0, 0).toEpochSecond(ZoneOffset.UTC),
                LocalDateTime.of(2040, 1, 1, 0, 0).toEpochSecond(ZoneOffset.UTC))
            .map(Instant::ofEpochSecond);
    Arbitrary<Instant> nearMidnight =
        Arbitraries.integers()
            .between(0, 7300)
            .flatMap(
                day ->
                    Arbitraries.integers()
                        .between(-3 * 3600, 3 * 3600)
                        .map(
                            second ->
                                LocalDate.of(2020, 1, 1)
                                    .plusDays(day)
                                    .atStartOfDay(EntryEffects.Norway.ZONE)
                                    .toInstant()
                                    .plusSeconds(second)));
    Arbitrary<Instant> nearChange =
        Arbitraries.integers()
            .between(2020, 2039)
            .flatMap(
                year ->
                    Arbitraries.of(3, 10)
                        .flatMap(
                            month ->
                                Arbitraries.integers()
                                    .between(-2 * 86400, 2 * 86400)
                                    .map(
                                        second ->
                                            LocalDate.of(year, month, 25)
                                                .atStartOfDay(ZoneOffset.UTC)
                                                .toInstant()
                                                .plusSeconds(second))));
    return Arbitraries.oneOf(any, nearMidnight, nearChange);
  }

  @Property(tries = 2000, seed = "20261203")
  void pastDueIsDueBeforeTheDayOfTheStepInNorway(
      @ForAll("instants") Instant time, @ForAll @IntRange(min = -3, max = 3) int offset) {
    LocalDate today = LocalDate.ofInstant(time, EntryEffects.Norway.ZONE);
    LocalDate due = today.plusDays(offset);
    DueDeadlines deadlines =
        new DueDeadlines(
            ImmutableList.of(
                Deadline.of(DeadlineKind.PHASE_TARGET, "mapping", "mapping", due),
                Deadline.of(DeadlineKind.MILESTONE, "m", "mapping", due.plusDays(1))));

    assertThat(deadlines.isPastDue(0, time)).isEqualTo(due.isBefore(today));
    assertThat(deadlines.isPastDue(1, time)).isEqualTo(due.plusDays(1).isBefore(today));
  }
}
