package no.levehelelivet.serialization.internal;

import java.util.Map;
import no.levehelelivet.core.ArgumentCode;
import no.levehelelivet.core.InvalidValueException;
import no.levehelelivet.process.DefinitionProblem;
import no.levehelelivet.process.InvalidDefinitionException;
import no.levehelelivet.serialization.WireCode;

/**
 * Turns a value's refusal into a problem at the right JSON Pointer: a field that breaks its rule
 * ({@code LHL-A-001}, an id that breaks the id rule {@code LHL-A-003}, a value beyond the limits
 * {@code LHL-A-004}) at the member that holds it, fields that contradict each other ({@code
 * LHL-A-002}) at the object that holds them, and a definition's problems ({@code LHL-D-…}) at the
 * definition. The exception's code and field are read as fields, never out of its message.
 */
final class CoreFailures {

  private CoreFailures() {}

  static void record(
      Problems problems,
      String pointer,
      Node at,
      Map<String, String> wireNames,
      IllegalArgumentException e) {
    if (e instanceof InvalidDefinitionException invalidDefinition) {
      for (DefinitionProblem problem : invalidDefinition.problems()) {
        problems.error(WireCode.INVALID_DEFINITION, pointer, problem.message(), at);
      }
    } else if (e instanceof InvalidValueException invalid) {
      if (invalid.code() == ArgumentCode.INVALID_VALUE
          || invalid.code() == ArgumentCode.INVALID_ID
          || invalid.code() == ArgumentCode.BEYOND_LIMIT) {
        String wire = wireNames.getOrDefault(invalid.field(), invalid.field());
        String where = wire.isEmpty() ? pointer : Pointers.child(pointer, wire);
        problems.error(WireCode.INVALID_VALUE, where, message(invalid), at);
      } else {
        problems.error(WireCode.INCONSISTENT_VALUES, pointer, message(invalid), at);
      }
    } else {
      problems.error(WireCode.INVALID_VALUE, pointer, String.valueOf(e.getMessage()), at);
    }
  }

  private static String message(InvalidValueException e) {
    return String.valueOf(e.getMessage());
  }
}
