package no.levehelelivet.serialization.internal;

import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import no.levehelelivet.process.DefinitionProblem;
import no.levehelelivet.process.InvalidDefinitionException;
import no.levehelelivet.serialization.WireCode;

/**
 * Turns a core value's refusal ({@code LHL-C-002} for a bad field, {@code LHL-C-003} for fields
 * that contradict each other) into a problem at the right JSON Pointer.
 */
final class CoreFailures {

  private static final Pattern FIELD =
      Pattern.compile("^LHL-C-002: (\\S+) must be .*", Pattern.DOTALL);

  private CoreFailures() {}

  static void record(
      Problems problems,
      String pointer,
      Node at,
      Map<String, String> wireNames,
      IllegalArgumentException e) {
    if (e instanceof InvalidDefinitionException invalidDefinitionException) {
      for (DefinitionProblem problem : invalidDefinitionException.problems()) {
        problems.error(WireCode.INVALID_DEFINITION, pointer, problem.message(), at);
      }
      return;
    }
    String message = String.valueOf(e.getMessage());
    Matcher field = FIELD.matcher(message);
    if (field.matches()) {
      String wire = wireNames.getOrDefault(field.group(1), field.group(1));
      String where = wire.isEmpty() ? pointer : Pointers.child(pointer, wire);
      problems.error(WireCode.INVALID_VALUE, where, message, at);
    } else if (message.startsWith("LHL-C-003") || message.startsWith("LHL-P-")) {
      problems.error(WireCode.INCONSISTENT_VALUES, pointer, message, at);
    } else {
      problems.error(WireCode.INVALID_VALUE, pointer, message, at);
    }
  }
}
