package no.levehelelivet.examples.web;

import io.javalin.http.Context;
import java.util.LinkedHashMap;
import java.util.Map;
import no.levehelelivet.core.ErrorCode;
import no.levehelelivet.core.Language;
import tools.jackson.databind.json.JsonMapper;

/**
 * Problem details (RFC 9457, {@code application/problem+json}) as the REST API answers every
 * refusal: {@code type} names the code ({@code urn:levehelelivet:problem:LHL-W-004}), {@code title}
 * says what the code means in the request's language, {@code detail} what this request got wrong,
 * {@code code} carries the code itself, and further members (such as the document's problems with
 * their JSON pointers, or the current version) follow.
 */
final class ProblemDetails {

  static final String MEDIA_TYPE = "application/problem+json";
  static final String TYPE_PREFIX = "urn:levehelelivet:problem:";

  private static final JsonMapper JSON = JsonMapper.builder().build();

  private ProblemDetails() {}

  /** The problem details of {@code failure} as a JSON object's members, in order. */
  static Map<String, Object> of(
      ErrorCode code, int status, String detail, String instance, Language language) {
    Map<String, Object> problem = new LinkedHashMap<>();
    problem.put("type", TYPE_PREFIX + code.code());
    problem.put("title", code.meaning(language));
    problem.put("status", status);
    problem.put("detail", detail);
    problem.put("instance", instance);
    problem.put("code", code.code());
    return problem;
  }

  /** Answers the request with {@code problem}. */
  static void send(Context ctx, int status, Map<String, Object> problem) {
    ctx.status(status);
    ctx.contentType(MEDIA_TYPE);
    ctx.result(JSON.writeValueAsBytes(problem));
  }

  /** Answers the request with the problem details of {@code failure}. */
  static void send(Context ctx, WebFailure failure, Language language) {
    Map<String, Object> problem =
        of(failure.code(), failure.status(), failure.detail(), ctx.path(), language);
    problem.putAll(failure.extensions());
    send(ctx, failure.status(), problem);
  }
}
