package no.levehelelivet.examples.web;

import com.google.common.collect.ImmutableMap;

/**
 * A request the tool refuses, with its code and a detail that names what and where. Thrown by a
 * handler, it becomes problem details in the REST API and the error box of a page. The detail may
 * quote what the request sent; every page escapes it.
 */
final class WebFailure extends RuntimeException {

  private static final long serialVersionUID = 1L;

  private final transient WebCode code;
  private final int status;
  private final transient ImmutableMap<String, Object> extensions;

  WebFailure(WebCode code, String detail) {
    this(code, code.status(), detail, ImmutableMap.of());
  }

  WebFailure(WebCode code, int status, String detail, ImmutableMap<String, Object> extensions) {
    super(code.code() + ": " + detail, null, false, false);
    this.code = code;
    this.status = status;
    this.extensions = extensions;
  }

  WebCode code() {
    return code;
  }

  int status() {
    return status;
  }

  /** What the request got wrong, without the code. */
  String detail() {
    String message = getMessage();
    return message == null ? "" : message.substring(code.code().length() + 2);
  }

  /** Members the problem details carry beside the standard ones. */
  ImmutableMap<String, Object> extensions() {
    return extensions;
  }
}
