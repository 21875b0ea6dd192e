package no.levehelelivet.process;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import no.levehelelivet.core.UnknownCodeException;
import org.junit.jupiter.api.Test;

/** The statuses of a process, looked up by the code the journal records. */
class ProcessStatusTest {

  @Test
  void looksUpEveryStatusByItsCode() {
    for (ProcessStatus status : ProcessStatus.values()) {
      assertThat(ProcessStatus.fromCode(status.code())).isSameAs(status);
    }
  }

  @Test
  void refusesAnUnknownCodeNamingTheValidOnes() {
    assertThatThrownBy(() -> ProcessStatus.fromCode("Active"))
        .isInstanceOfSatisfying(
            UnknownCodeException.class,
            e -> {
              assertThat(e.unknownCode()).isEqualTo("Active");
              assertThat(e.validCodes())
                  .containsExactly("active", "paused", "completed", "abandoned");
            });
  }

  @Test
  void completedAndAbandonedAreFinal() {
    assertThat(ProcessStatus.values())
        .filteredOn(ProcessStatus::isFinal)
        .containsExactly(ProcessStatus.COMPLETED, ProcessStatus.ABANDONED);
  }
}
