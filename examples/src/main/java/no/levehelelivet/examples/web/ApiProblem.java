package no.levehelelivet.examples.web;

import com.google.common.collect.ImmutableMap;
import no.levehelelivet.core.ErrorCode;

/**
 * A request the REST API refuses with one of the library's own codes ({@code LHL-P}, {@code LHL-S},
 * {@code LHL-L}, {@code LHL-A}, {@code LHL-C}) rather than one of the tool's: it becomes problem
 * details whose {@code code} is the library's, and whose further members (the reasons of a refusal,
 * the problems of a document with their JSON pointers, the current version) say the rest.
 */
final class ApiProblem extends RuntimeException {

  private static final long serialVersionUID = 1L;

  private final transient ErrorCode code;
  private final int status;
  private final String detail;
  private final transient ImmutableMap<String, Object> extensions;

  ApiProblem(ErrorCode code, int status, String detail, ImmutableMap<String, Object> extensions) {
    super(code.code() + ": " + detail, null, false, false);
    this.code = code;
    this.status = status;
    this.detail = detail;
    this.extensions = extensions;
  }

  ErrorCode code() {
    return code;
  }

  int status() {
    return status;
  }

  /** What the request got wrong, without the code. */
  String detail() {
    return detail;
  }

  /** Members the problem details carry beside the standard ones. */
  ImmutableMap<String, Object> extensions() {
    return extensions;
  }
}
