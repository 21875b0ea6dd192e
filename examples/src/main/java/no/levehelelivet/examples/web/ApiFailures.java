package no.levehelelivet.examples.web;

import com.google.common.collect.ImmutableMap;
import java.util.List;
import no.levehelelivet.core.InvalidValueException;
import no.levehelelivet.core.Language;
import no.levehelelivet.core.LeveHeleLivetException;
import no.levehelelivet.core.UnknownCodeException;
import no.levehelelivet.process.InvalidDefinitionException;
import no.levehelelivet.process.Reason;
import no.levehelelivet.process.ReasonCode;
import no.levehelelivet.serialization.Problem;
import no.levehelelivet.serialization.WireFormatException;
import no.levehelelivet.store.Conflict;
import no.levehelelivet.store.StoreCode;
import no.levehelelivet.store.StoreException;

/**
 * How a failure of the library becomes the REST API's problem details, with the library's own code:
 * a bad value ({@code LHL-A}) and an unknown code ({@code LHL-C}) are 400, a document that does not
 * read ({@code LHL-S}, {@code LHL-D}) 422 with every problem and its pointer, a command the engine
 * refuses ({@code LHL-P}) 409 with every reason, a stale version 412 with the current one, and the
 * store's failures ({@code LHL-L}) by what they mean: 404 for what is not stored, 409 for a clash,
 * 503 for a database that fails, 500 for stored rows that do not hold.
 */
final class ApiFailures {

  private ApiFailures() {}

  /** The problem of a library exception, for a request in {@code language}. */
  static ApiProblem of(LeveHeleLivetException e, Language language) {
    String detail = withoutCode(e.message(language), e.code().code());
    if (e instanceof InvalidValueException invalid) {
      ImmutableMap.Builder<String, Object> members = ImmutableMap.builder();
      members.put("field", invalid.field());
      members.put("expectation", invalid.expectation());
      invalid.value().ifPresent(value -> members.put("value", value));
      // The English message names the field and the bad value; the title says it in the language.
      return new ApiProblem(
          e.code(),
          400,
          withoutCode(String.valueOf(e.getMessage()), e.code().code()),
          members.buildOrThrow());
    }
    if (e instanceof UnknownCodeException unknown) {
      return unknownCode(unknown, 400);
    }
    if (e instanceof WireFormatException wire) {
      return unreadable(wire.problems(), language);
    }
    if (e instanceof InvalidDefinitionException definition) {
      return new ApiProblem(
          e.code(),
          422,
          detail,
          ImmutableMap.of(
              "problems", ApiShapes.definitionProblems(definition.problems(), language)));
    }
    if (e instanceof StoreException store) {
      ImmutableMap.Builder<String, Object> members = ImmutableMap.builder();
      store.processId().ifPresent(id -> members.put("processId", id));
      store.sequence().ifPresent(sequence -> members.put("sequence", sequence));
      return new ApiProblem(store.code(), status(store.code()), detail, members.buildOrThrow());
    }
    return new ApiProblem(e.code(), 422, detail, ImmutableMap.of());
  }

  /** An unknown code, answered with {@code status}, listing the valid codes. */
  static ApiProblem unknownCode(UnknownCodeException e, int status) {
    return new ApiProblem(
        e.code(),
        status,
        withoutCode(String.valueOf(e.getMessage()), e.code().code()),
        ImmutableMap.of(
            "type", e.type(), "unknownCode", e.unknownCode(), "validCodes", e.validCodes()));
  }

  /** A document that does not read: 422, the first problem's code, every problem listed. */
  static ApiProblem unreadable(List<Problem> problems, Language language) {
    Problem first = problems.get(0);
    String detail =
        problems.size() == 1
            ? "the document does not read: " + at(first) + first.message(language)
            : "the document does not read: "
                + problems.size()
                + " problems, the first "
                + at(first)
                + first.message(language);
    return new ApiProblem(
        first.code(),
        422,
        detail,
        ImmutableMap.of("problems", ApiShapes.problems(problems, language)));
  }

  /** A command the engine refused: 409, the first reason's code, every reason listed. */
  static ApiProblem refused(String trigger, List<Reason> reasons, Language language) {
    Reason first = reasons.get(0);
    return new ApiProblem(
        first.code(),
        409,
        Quote.of(trigger) + " refused: " + first.message(language),
        ImmutableMap.of("reasons", ApiShapes.reasons(reasons, language)));
  }

  /**
   * A step made on a version that is no longer the stored one: 412 with {@code LHL-P-005} and the
   * current version, so that the client can reload and decide again.
   */
  static ApiProblem stale(Conflict conflict) {
    return new ApiProblem(
        ReasonCode.STALE_VERSION,
        412,
        "process "
            + Quote.of(conflict.processId())
            + " is at version "
            + conflict.currentVersion()
            + ", the command was made on version "
            + conflict.expectedVersion(),
        ImmutableMap.of(
            "processId", conflict.processId(),
            "expectedVersion", conflict.expectedVersion(),
            "currentVersion", conflict.currentVersion()));
  }

  private static int status(StoreCode code) {
    return switch (code) {
      case PROCESS_NOT_FOUND, DEFINITION_UNKNOWN -> 404;
      case DEFINITION_CLASH -> 409;
      case DATABASE_FAILED -> 503;
      default -> 500;
    };
  }

  private static String at(Problem problem) {
    return problem.pointer().isEmpty() ? "" : "at " + problem.pointer() + ": ";
  }

  /** The message without the code it starts with. */
  static String withoutCode(String message, String code) {
    String rest = message.startsWith(code) ? message.substring(code.length()) : message;
    if (rest.startsWith(": ")) {
      return rest.substring(2);
    }
    return rest.strip();
  }
}
