package no.levehelelivet.serialization;

import java.util.List;
import no.levehelelivet.serialization.internal.ResultFactory;
import org.jspecify.annotations.Nullable;

/** Lends the package-private factories of the read values to the codec's internals. */
final class ResultValues implements ResultFactory {

  @Override
  public Problem problem(WireCode code, String pointer, String message, int line, int column) {
    return line > 0 && column > 0
        ? Problem.of(code, pointer, message, line, column)
        : Problem.of(code, pointer, message);
  }

  @Override
  public UnknownField unknownField(String pointer, String json) {
    return UnknownField.of(pointer, json);
  }

  @Override
  public <T> ReadResult<T> result(
      @Nullable T value,
      List<Problem> errors,
      List<Problem> warnings,
      List<UnknownField> unknownFields) {
    return value != null && errors.isEmpty()
        ? ReadResult.of(value, warnings, unknownFields)
        : ReadResult.failed(errors, warnings, unknownFields);
  }
}
