package no.levehelelivet.serialization.internal;

import java.util.List;
import no.levehelelivet.serialization.Problem;
import no.levehelelivet.serialization.ReadResult;
import no.levehelelivet.serialization.UnknownField;
import no.levehelelivet.serialization.WireCode;
import org.jspecify.annotations.Nullable;

/**
 * Builds the public values of a read, whose factories the public package keeps to itself: that
 * package installs the one implementation ({@link Problems#install}), and {@link Problems} is the
 * only caller. Not API.
 */
public interface ResultFactory {

  /** A problem; {@code line} and {@code column} count from 1, and are 0 where unknown. */
  Problem problem(WireCode code, String pointer, String message, int line, int column);

  /** A field a tolerant reader kept without understanding it. */
  UnknownField unknownField(String pointer, String json);

  /** A result: the value if {@code errors} is empty, else the errors. */
  <T> ReadResult<T> result(
      @Nullable T value,
      List<Problem> errors,
      List<Problem> warnings,
      List<UnknownField> unknownFields);
}
