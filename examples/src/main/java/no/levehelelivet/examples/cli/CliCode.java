package no.levehelelivet.examples.cli;

import java.util.ArrayList;
import java.util.List;
import no.levehelelivet.core.ErrorCode;
import no.levehelelivet.core.UnknownCodeException;

/**
 * The error codes of the {@code levehelelivet} command itself (<i>bruksfeil</i>, family {@code
 * LHL-U}): a command line it cannot run, a file it cannot read or write, or a database it cannot
 * use. Each ends the command with one line on standard error, {@code CODE: meaning: detail}, and
 * exit code 2, except {@code LHL-U-016}, a found problem, which ends it with exit code 1.
 *
 * <table>
 *   <caption>Error codes of the command</caption>
 *   <tr><th>code</th><th>meaning</th><th>what to do</th></tr>
 *   <tr><td>{@code LHL-U-001}</td><td>no subcommand was given</td><td>name one of the
 *       subcommands the usage lists</td></tr>
 *   <tr><td>{@code LHL-U-002}</td><td>an argument the command does not take</td><td>check the
 *       command line against the subcommand's --help</td></tr>
 *   <tr><td>{@code LHL-U-003}</td><td>a required option or parameter is missing</td><td>give it
 *       as the subcommand's --help shows</td></tr>
 *   <tr><td>{@code LHL-U-004}</td><td>a value the option or parameter does not accept</td><td>use
 *       a value of the kind the message names</td></tr>
 *   <tr><td>{@code LHL-U-005}</td><td>an empty value</td><td>give a value with visible
 *       characters, or leave the option out</td></tr>
 *   <tr><td>{@code LHL-U-006}</td><td>no such file</td><td>check the path</td></tr>
 *   <tr><td>{@code LHL-U-007}</td><td>a folder where a file is expected</td><td>name a file, not
 *       a folder</td></tr>
 *   <tr><td>{@code LHL-U-008}</td><td>the file cannot be read</td><td>make the file readable by
 *       the user that runs the command</td></tr>
 *   <tr><td>{@code LHL-U-009}</td><td>the file cannot be written</td><td>write to a file in an
 *       existing folder that the user may write to</td></tr>
 *   <tr><td>{@code LHL-U-010}</td><td>a database URL the command does not support</td><td>give
 *       a jdbc:h2: URL such as jdbc:h2:./vefsn, or a jdbc:postgresql: URL</td></tr>
 *   <tr><td>{@code LHL-U-011}</td><td>the database does not exist or has no tables of the
 *       store</td><td>create them with levehelelivet db init --db URL (a PostgreSQL database must
 *       exist first)</td></tr>
 *   <tr><td>{@code LHL-U-012}</td><td>the database cannot be reached</td><td>check the host and
 *       port of the URL, and that the database server is running</td></tr>
 *   <tr><td>{@code LHL-U-013}</td><td>the database refused the user name or password</td><td>give
 *       the right --db-user, and the password with LHL_DB_PASSWORD or --db-password</td></tr>
 *   <tr><td>{@code LHL-U-014}</td><td>the database failed</td><td>see the detail; retry once the
 *       database works</td></tr>
 *   <tr><td>{@code LHL-U-015}</td><td>arguments that exclude each other</td><td>give one of them,
 *       as the subcommand's --help shows</td></tr>
 *   <tr><td>{@code LHL-U-016}</td><td>the stored process is not at the version the step was made
 *       on, or is already stored</td><td>look at the process with status, then
 *       retry, or choose another id</td></tr>
 *   <tr><td>{@code LHL-U-017}</td><td>the tool cannot listen on the address and port</td>
 *       <td>choose another --port, or stop what listens there</td></tr>
 *   <tr><td>{@code LHL-U-900}</td><td>the command failed unexpectedly: a fault in the
 *       command</td><td>report it with the command line that caused it</td></tr>
 * </table>
 */
public enum CliCode implements ErrorCode {
  /** {@code LHL-U-001}: no subcommand was given. */
  NO_SUBCOMMAND(
      "LHL-U-001", "no subcommand was given", "name one of the subcommands the usage lists"),
  /** {@code LHL-U-002}: an unknown option or subcommand, an extra parameter, a repeated option. */
  UNKNOWN_ARGUMENT(
      "LHL-U-002",
      "an argument the command does not take",
      "check the command line against the subcommand's --help"),
  /** {@code LHL-U-003}: a required option or parameter, or an option's value, is missing. */
  MISSING_ARGUMENT(
      "LHL-U-003",
      "a required option or parameter is missing",
      "give it as the subcommand's --help shows"),
  /** {@code LHL-U-004}: a value that cannot be read as what the option or parameter takes. */
  INVALID_VALUE(
      "LHL-U-004",
      "a value the option or parameter does not accept",
      "use a value of the kind the message names"),
  /** {@code LHL-U-005}: an option's or parameter's value is empty or only white space. */
  BLANK_VALUE(
      "LHL-U-005",
      "an empty value",
      "give a value with visible characters, or leave the option out"),
  /** {@code LHL-U-006}: an input file does not exist. */
  NO_SUCH_FILE("LHL-U-006", "no such file", "check the path"),
  /** {@code LHL-U-007}: a folder was given where a file is expected. */
  NOT_A_FILE("LHL-U-007", "a folder where a file is expected", "name a file, not a folder"),
  /** {@code LHL-U-008}: an input file exists but cannot be read. */
  UNREADABLE_FILE(
      "LHL-U-008",
      "the file cannot be read",
      "make the file readable by the user that runs the command"),
  /** {@code LHL-U-009}: an output file cannot be written. */
  UNWRITABLE_FILE(
      "LHL-U-009",
      "the file cannot be written",
      "write to a file in an existing folder that the user may write to"),
  /** {@code LHL-U-010}: a {@code --db} URL of a database the command does not support. */
  UNSUPPORTED_DATABASE(
      "LHL-U-010",
      "a database URL the command does not support",
      "give a jdbc:h2: URL such as jdbc:h2:./vefsn, or a jdbc:postgresql: URL"),
  /** {@code LHL-U-011}: the database does not exist, or the store's tables are not in it. */
  NO_STORE(
      "LHL-U-011",
      "the database does not exist or has no tables of the store",
      "create them with levehelelivet db init --db URL (a PostgreSQL database must exist first)"),
  /** {@code LHL-U-012}: no connection to the database could be made. */
  DATABASE_UNREACHABLE(
      "LHL-U-012",
      "the database cannot be reached",
      "check the host and port of the URL, and that the database server is running"),
  /** {@code LHL-U-013}: the database refused the login. */
  LOGIN_REFUSED(
      "LHL-U-013",
      "the database refused the user name or password",
      "give the right --db-user, and the password with LHL_DB_PASSWORD or --db-password"),
  /** {@code LHL-U-014}: the database failed in another way. */
  DATABASE_FAILED(
      "LHL-U-014", "the database failed", "see the detail; retry once the database works"),
  /** {@code LHL-U-015}: two arguments that exclude each other, such as a file and {@code --db}. */
  EXCLUSIVE_ARGUMENTS(
      "LHL-U-015",
      "arguments that exclude each other",
      "give one of them, as the subcommand's --help shows"),
  /**
   * {@code LHL-U-016}: another writer stored a step first, {@code --expected-version} is not the
   * stored version, or a process with the id is already stored; nothing was stored (exit code 1).
   */
  STORE_CONFLICT(
      "LHL-U-016",
      "the stored process is not at the version the step was made on, or is already stored",
      "look at the process with status, then retry, or choose another id"),
  /** {@code LHL-U-017}: serve cannot listen on the address and port it is given. */
  PORT_IN_USE(
      "LHL-U-017",
      "the tool cannot listen on the address and port",
      "choose another --port, or stop what listens there"),
  /** {@code LHL-U-900}: the command failed in a way it does not expect: a fault in the command. */
  UNEXPECTED(
      "LHL-U-900",
      "the command failed unexpectedly: a fault in the command",
      "report it with the command line that caused it");

  private final String code;
  private final String meaning;
  private final String remedy;

  CliCode(String code, String meaning, String remedy) {
    this.code = code;
    this.meaning = meaning;
    this.remedy = remedy;
  }

  @Override
  public String code() {
    return code;
  }

  @Override
  public String meaning() {
    return meaning;
  }

  @Override
  public String remedy() {
    return remedy;
  }

  /**
   * Returns the command's error code with the given code, such as {@code "LHL-U-001"}.
   *
   * @throws UnknownCodeException if the family has no such code
   */
  public static CliCode fromCode(String code) {
    List<String> valid = new ArrayList<>();
    for (CliCode each : values()) {
      if (each.code.equals(code)) {
        return each;
      }
      valid.add(each.code);
    }
    throw new UnknownCodeException("command error code", code, valid);
  }
}
