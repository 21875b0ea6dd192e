package no.levehelelivet.core.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.DateTimeException;
import java.time.LocalDate;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.time.api.constraints.DateRange;
import org.junit.jupiter.api.Test;

class DatesTest {

  @Test
  void readsTheWhitePaperDate() {
    assertThat(Dates.iso("2018-05-04")).isEqualTo(LocalDate.of(2018, 5, 4));
  }

  @Property(tries = 300)
  void readsWhatLocalDateParseReads(
      @ForAll @DateRange(min = "1900-01-01", max = "2099-12-31") LocalDate date) {
    assertThat(Dates.iso(date.toString())).isEqualTo(LocalDate.parse(date.toString()));
  }

  @Test
  void refusesAnythingButFourTwoAndTwoDigits() {
    for (String bad :
        new String[] {"2018-5-04", "2018/05/04", "18-05-04", "2018-05-0x", "+2018-05-4", ""}) {
      assertThatThrownBy(() -> Dates.iso(bad))
          .as(bad)
          .isInstanceOf(IllegalArgumentException.class)
          .hasMessageContaining("yyyy-MM-dd");
    }
  }

  @Test
  void refusesADayThatDoesNotExist() {
    assertThatThrownBy(() -> Dates.iso("2019-02-29")).isInstanceOf(DateTimeException.class);
  }
}
