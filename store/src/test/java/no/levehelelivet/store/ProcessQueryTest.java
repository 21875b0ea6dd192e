package no.levehelelivet.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;
import no.levehelelivet.core.ArgumentCode;
import no.levehelelivet.core.InvalidValueException;
import no.levehelelivet.process.ProcessStatus;
import org.junit.jupiter.api.Test;

/** A query is a value: equal filters make equal queries, and its bounds hold at their edges. */
class ProcessQueryTest {

  private static ProcessQuery full() {
    return ProcessQuery.all()
        .withMunicipality("1820")
        .withDefinitionId("omstilling")
        .withPhase("plan")
        .withStatus(ProcessStatus.ACTIVE)
        .withOverdueOn(LocalDate.of(2026, 3, 1))
        .withAfter("vefsn-1")
        .withLimit(50);
  }

  @Test
  void queriesWithTheSameFiltersAreEqualAndHashAlike() {
    assertThat(full()).isEqualTo(full()).hasSameHashCodeAs(full());
    assertThat(ProcessQuery.all().withLimit(ProcessQuery.DEFAULT_LIMIT))
        .isEqualTo(ProcessQuery.all())
        .hasSameHashCodeAs(ProcessQuery.all());
  }

  @Test
  void queriesThatDifferInAnyOneFilterAreNotEqual() {
    List<ProcessQuery> others =
        List.of(
            full().withMunicipality("1824"),
            full().withDefinitionId("annen"),
            full().withPhase("gjennomføring"),
            full().withStatus(ProcessStatus.PAUSED),
            full().withOverdueOn(LocalDate.of(2026, 3, 2)),
            full().withAfter("vefsn-2"),
            full().withLimit(51));

    for (ProcessQuery other : others) {
      assertThat(other).isNotEqualTo(full());
      assertThat(full()).isNotEqualTo(other);
    }
    assertThat(full().hashCode()).isNotEqualTo(ProcessQuery.all().hashCode());
    assertThat(full()).isNotEqualTo("ProcessQuery").isNotEqualTo(null);
    assertThat(ProcessQuery.all()).isNotEqualTo(full());
  }

  @Test
  void theTextNamesEveryFilterSetAndLeavesOutTheRest() {
    assertThat(full())
        .hasToString(
            "ProcessQuery{municipality=1820, definitionId=omstilling, phase=plan,"
                + " status=ACTIVE, overdueOn=2026-03-01, after=vefsn-1, limit=50}");
    assertThat(ProcessQuery.all()).hasToString("ProcessQuery{limit=100}");
  }

  @Test
  void aMunicipalityNumberIsFourDigitsFromZeroToNine() {
    assertThat(ProcessQuery.all().withMunicipality("0000").municipality()).contains("0000");
    assertThat(ProcessQuery.all().withMunicipality("9999").municipality()).contains("9999");

    // '/' lies just below '0' and ':' just above '9'.
    for (String number : List.of("182/", "182:", "18a0", "182", "18200", "")) {
      assertThatThrownBy(() -> ProcessQuery.all().withMunicipality(number))
          .as(number)
          .isInstanceOfSatisfying(
              InvalidValueException.class,
              e -> assertThat(e.code()).isEqualTo(ArgumentCode.INVALID_VALUE));
    }
  }

  @Test
  void aLimitRunsFromOneToTheLargestPageSize() {
    assertThat(ProcessQuery.all().withLimit(1).limit()).isEqualTo(1);
    assertThat(ProcessQuery.all().withLimit(ProcessQuery.MAX_LIMIT).limit())
        .isEqualTo(ProcessQuery.MAX_LIMIT);

    for (int limit : new int[] {0, -1, ProcessQuery.MAX_LIMIT + 1}) {
      assertThatThrownBy(() -> ProcessQuery.all().withLimit(limit))
          .as("limit %d", limit)
          .isInstanceOfSatisfying(
              InvalidValueException.class,
              e -> assertThat(e.code()).isEqualTo(ArgumentCode.INVALID_VALUE));
    }
  }
}
