package no.levehelelivet.core.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Map;
import no.levehelelivet.core.ErrorCode;
import org.junit.jupiter.api.Test;

/** The index of an error-code family: in the family's order, and only of well-formed codes. */
class CodesTest {

  /** A family of error codes for the test, one of them malformed. */
  private enum SampleCode implements ErrorCode {
    FIRST("LHL-T-001"),
    SECOND("LHL-T-002"),
    MALFORMED("LHL-T-02");

    private final String code;

    SampleCode(String code) {
      this.code = code;
    }

    @Override
    public String code() {
      return code;
    }

    @Override
    public String meaning() {
      return "a sample";
    }

    @Override
    public String remedy() {
      return "none";
    }
  }

  @Test
  void indexesErrorCodesByCodeInTheirOrder() {
    assertThat(Codes.indexErrorCodes(new SampleCode[] {SampleCode.SECOND, SampleCode.FIRST}))
        .containsExactly(
            Map.entry("LHL-T-002", SampleCode.SECOND), Map.entry("LHL-T-001", SampleCode.FIRST));
  }

  @Test
  void refusesToIndexACodeThatIsNotWellFormed() {
    assertThatThrownBy(
            () -> Codes.indexErrorCodes(new SampleCode[] {SampleCode.FIRST, SampleCode.MALFORMED}))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("not an error code: LHL-T-02");
  }
}
