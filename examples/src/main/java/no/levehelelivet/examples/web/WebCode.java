package no.levehelelivet.examples.web;

import no.levehelelivet.core.ErrorCode;

/**
 * The error codes of the web tool itself (<i>nettfeil</i>, family {@code LHL-W}): a request it
 * refuses before any library code runs, or one that names something that is not there. Each is
 * answered with its HTTP status: in the REST API as problem details ({@code
 * application/problem+json}, RFC 9457) carrying the code, on a page as the page's error box.
 *
 * <table>
 *   <caption>Error codes of the web tool</caption>
 *   <tr><th>code</th><th>status</th><th>meaning</th><th>what to do</th></tr>
 *   <tr><td>{@code LHL-W-001}</td><td>401</td><td>the request needs a logged-in user</td><td>log
 *       in, or send the user's name and password with HTTP Basic</td></tr>
 *   <tr><td>{@code LHL-W-002}</td><td>401</td><td>unknown user or wrong password</td><td>check
 *       the name and the password</td></tr>
 *   <tr><td>{@code LHL-W-003}</td><td>403</td><td>the request comes from another site (its Origin
 *       or Host is not this server's)</td><td>send it from the tool's own pages, or without an
 *       Origin header</td></tr>
 *   <tr><td>{@code LHL-W-004}</td><td>403</td><td>the request lacks the form's token, or carries a
 *       stale one</td><td>reload the page and send the form again</td></tr>
 *   <tr><td>{@code LHL-W-005}</td><td>403</td><td>the user does not hold the role the request
 *       acts in</td><td>act in one of the roles the users file gives the user</td></tr>
 *   <tr><td>{@code LHL-W-006}</td><td>404</td><td>no such page or resource</td><td>check the
 *       address</td></tr>
 *   <tr><td>{@code LHL-W-007}</td><td>413</td><td>the request body is larger than the tool
 *       reads</td><td>send a smaller document</td></tr>
 *   <tr><td>{@code LHL-W-008}</td><td>415</td><td>a body of a media type the route does not
 *       read</td><td>send application/json (or YAML where the route says so)</td></tr>
 *   <tr><td>{@code LHL-W-009}</td><td>400</td><td>a parameter or field is missing or has a value
 *       the route does not accept</td><td>see the detail, and the route in
 *       /api/openapi.json</td></tr>
 *   <tr><td>{@code LHL-W-010}</td><td>405</td><td>the route does not take this method</td><td>use
 *       a method /api/openapi.json lists for the route</td></tr>
 *   <tr><td>{@code LHL-W-011}</td><td>428</td><td>the request does not say which version of the
 *       process it was made on</td><td>send If-Match with the ETag the process was read with,
 *       such as "3"</td></tr>
 *   <tr><td>{@code LHL-W-012}</td><td>409</td><td>a process with the id is already
 *       stored</td><td>choose another id, or read the stored process</td></tr>
 *   <tr><td>{@code LHL-W-900}</td><td>500</td><td>the tool failed unexpectedly: a fault in the
 *       tool</td><td>report it with the request that caused it</td></tr>
 * </table>
 */
public enum WebCode implements ErrorCode {
  /** {@code LHL-W-001}: the request needs a logged-in user. */
  LOGIN_REQUIRED(
      "LHL-W-001",
      401,
      "the request needs a logged-in user",
      "log in, or send the user's name and password with HTTP Basic"),
  /** {@code LHL-W-002}: unknown user or wrong password. */
  BAD_CREDENTIALS(
      "LHL-W-002", 401, "unknown user or wrong password", "check the name and the password"),
  /** {@code LHL-W-003}: the request's {@code Origin} is not this server's. */
  FOREIGN_ORIGIN(
      "LHL-W-003",
      403,
      "the request comes from another site (its Origin or Host is not this server's)",
      "send it from the tool's own pages, or without an Origin header"),
  /** {@code LHL-W-004}: a state-changing request without the session's token. */
  CSRF_TOKEN(
      "LHL-W-004",
      403,
      "the request lacks the form's token, or carries a stale one",
      "reload the page and send the form again"),
  /** {@code LHL-W-005}: the user acts in a role the users file does not give them. */
  ROLE_NOT_HELD(
      "LHL-W-005",
      403,
      "the user does not hold the role the request acts in",
      "act in one of the roles the users file gives the user"),
  /** {@code LHL-W-006}: nothing at this address. */
  NOT_FOUND("LHL-W-006", 404, "no such page or resource", "check the address"),
  /** {@code LHL-W-007}: a body over the codec's size limit. */
  TOO_LARGE(
      "LHL-W-007",
      413,
      "the request body is larger than the tool reads",
      "send a smaller document"),
  /** {@code LHL-W-008}: a body of a media type the route does not read. */
  UNSUPPORTED_MEDIA_TYPE(
      "LHL-W-008",
      415,
      "a body of a media type the route does not read",
      "send application/json (or YAML where the route says so)"),
  /** {@code LHL-W-009}: a missing or unacceptable parameter or field. */
  BAD_PARAMETER(
      "LHL-W-009",
      400,
      "a parameter or field is missing or has a value the route does not accept",
      "see the detail, and the route in /api/openapi.json"),
  /** {@code LHL-W-010}: a method the route does not take. */
  METHOD_NOT_ALLOWED(
      "LHL-W-010",
      405,
      "the route does not take this method",
      "use a method /api/openapi.json lists for the route"),
  /** {@code LHL-W-011}: a command without {@code If-Match}. */
  PRECONDITION_REQUIRED(
      "LHL-W-011",
      428,
      "the request does not say which version of the process it was made on",
      "send If-Match with the ETag the process was read with, such as \"3\""),
  /** {@code LHL-W-012}: a new process with the id of a stored one. */
  PROCESS_EXISTS(
      "LHL-W-012",
      409,
      "a process with the id is already stored",
      "choose another id, or read the stored process"),
  /** {@code LHL-W-900}: an unexpected failure, a fault in the tool. */
  UNEXPECTED(
      "LHL-W-900",
      500,
      "the tool failed unexpectedly: a fault in the tool",
      "report it with the request that caused it");

  private final String code;
  private final int status;
  private final String meaning;
  private final String remedy;

  WebCode(String code, int status, String meaning, String remedy) {
    this.code = code;
    this.status = status;
    this.meaning = meaning;
    this.remedy = remedy;
  }

  @Override
  public String code() {
    return code;
  }

  /** The HTTP status the tool answers with. */
  public int status() {
    return status;
  }

  @Override
  public String meaning() {
    return meaning;
  }

  @Override
  public String remedy() {
    return remedy;
  }
}
