package no.levehelelivet.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import no.levehelelivet.process.ProcessStatus;
import org.junit.jupiter.api.Test;

/** A portfolio counts per phase and status, and counts zero where nothing is. */
class PortfolioTest {

  private final Portfolio portfolio =
      Portfolio.of(
          Map.of(
              "plan", Map.of(ProcessStatus.ACTIVE, 3L, ProcessStatus.PAUSED, 2L),
              "slutt", Map.of(ProcessStatus.COMPLETED, 4L)));

  @Test
  void aPhaseAndStatusCountsTheProcessesInThemAndZeroWhereNoneAre() {
    assertThat(portfolio.count("plan", ProcessStatus.ACTIVE)).isEqualTo(3);
    assertThat(portfolio.count("plan", ProcessStatus.PAUSED)).isEqualTo(2);
    assertThat(portfolio.count("plan", ProcessStatus.COMPLETED)).isZero();
    assertThat(portfolio.count("ukjent", ProcessStatus.ACTIVE)).isZero();
  }

  @Test
  void aPhaseCountsItsProcessesWhateverTheirStatusAndAnUnknownPhaseNone() {
    assertThat(portfolio.count("plan")).isEqualTo(5);
    assertThat(portfolio.count("slutt")).isEqualTo(4);
    assertThat(portfolio.count("ukjent")).isZero();
    assertThat(portfolio.count(ProcessStatus.ACTIVE)).isEqualTo(3);
    assertThat(portfolio.total()).isEqualTo(9);
  }
}
