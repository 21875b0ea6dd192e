package no.levehelelivet.serialization.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import no.levehelelivet.serialization.Problem;
import no.levehelelivet.serialization.ReadMode;
import no.levehelelivet.serialization.ReadResult;
import no.levehelelivet.serialization.UnknownField;
import no.levehelelivet.serialization.WireCode;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;

/** The collector builds the public read values through the factory the public package lends. */
class ProblemsTest {

  @Test
  void buildsProblemsAndResultsWithoutTheCallerInstallingAnything() {
    Problems problems = new Problems(ReadMode.STRICT);
    problems.error(WireCode.MISSING_VALUE, "/name", "required value \"name\" is missing", 3, 7);

    ReadResult<String> result = problems.result(null);

    assertThat(result.isSuccess()).isFalse();
    assertThat(result.problems())
        .singleElement()
        .satisfies(
            problem -> {
              assertThat(problem.code()).isEqualTo(WireCode.MISSING_VALUE);
              assertThat(problem.pointer()).isEqualTo("/name");
              assertThat(problem.line()).hasValue(3);
              assertThat(problem.column()).hasValue(7);
            });
  }

  @Test
  void leavesThePositionOutWhereItIsUnknown() {
    Problems problems = new Problems(ReadMode.STRICT);
    problems.error(WireCode.MALFORMED, "", "not well-formed", 0, 0);

    Problem problem = problems.result(null).problems().get(0);
    assertThat(problem.line()).isEmpty();
    assertThat(problem.column()).isEmpty();
  }

  @Test
  void refusesASecondFactory() {
    new Problems(ReadMode.STRICT).result("installs the factory, if no read has yet");

    assertThatThrownBy(() -> Problems.install(new Refusing()))
        .isInstanceOf(IllegalStateException.class);
  }

  /** A factory that must never be used. */
  private static final class Refusing implements ResultFactory {
    @Override
    public Problem problem(WireCode code, String pointer, String message, int line, int column) {
      throw new UnsupportedOperationException();
    }

    @Override
    public UnknownField unknownField(String pointer, String json) {
      throw new UnsupportedOperationException();
    }

    @Override
    public <T> ReadResult<T> result(
        @Nullable T value,
        List<Problem> errors,
        List<Problem> warnings,
        List<UnknownField> unknownFields) {
      throw new UnsupportedOperationException();
    }
  }

  @Test
  void refusesAResultWithNeitherValueNorProblem() {
    assertThatThrownBy(() -> new Problems(ReadMode.STRICT).result(null))
        .isInstanceOf(IllegalStateException.class);
  }
}
