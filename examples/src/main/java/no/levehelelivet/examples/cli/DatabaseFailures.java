package no.levehelelivet.examples.cli;

import java.sql.SQLException;
import java.util.EnumSet;
import java.util.Set;
import java.util.regex.Pattern;
import no.levehelelivet.store.StoreCode;
import no.levehelelivet.store.StoreException;
import org.jspecify.annotations.Nullable;

/**
 * How the command reports a database that fails it: one coded line that says whether the database
 * cannot be reached, refused the login, has no store in it (with the command that makes one), or
 * failed otherwise; and a stored process whose rows do not hold as a found problem (exit 1).
 */
final class DatabaseFailures {

  /** The store's codes for rows changed behind its back: found problems, exit code 1. */
  private static final Set<StoreCode> FOUND =
      EnumSet.of(
          StoreCode.CHAIN_BROKEN,
          StoreCode.HEAD_MISMATCH,
          StoreCode.ENTRY_UNREADABLE,
          StoreCode.REPLAY_FAILED,
          StoreCode.SUMMARY_MISMATCH);

  private static final Pattern CLASS_NAME =
      Pattern.compile("\\b(?:[a-z][a-z0-9_]*\\.)+[A-Z][A-Za-z0-9_]*(?:Exception|Error): ?");

  private DatabaseFailures() {}

  /** The report of a failure to connect to, or to query, the database at {@code url}. */
  static CliException connecting(SQLException e, String url) {
    String state = String.valueOf(e.getSQLState());
    String why = Echo.cut(withoutClassNames(Failures.oneLine(String.valueOf(e.getMessage()))));
    if (state.startsWith("08") || state.equals("90067")) {
      return CliException.usage(
          CliCode.DATABASE_UNREACHABLE, Database.shown(url) + " (" + why + ")", e);
    }
    if (state.startsWith("28")) {
      return CliException.usage(CliCode.LOGIN_REFUSED, Database.shown(url) + " (" + why + ")", e);
    }
    if (isMissing(state)) {
      return noStore(url, e);
    }
    return CliException.usage(
        CliCode.DATABASE_FAILED,
        Database.shown(url) + " (SQL state " + state + ": " + why + ")",
        e);
  }

  /**
   * The command's own report of a store's failure, or {@code null} if the store's own line says it
   * best.
   *
   * @param url the {@code --db} URL, if the command has one
   */
  static @Nullable CliException of(StoreException e, @Nullable String url) {
    if (url == null) {
      return null;
    }
    if (e.code() == StoreCode.SCHEMA_MISSING) {
      return noStore(url, e);
    }
    if (e.code() == StoreCode.DATABASE_FAILED && e.getCause() instanceof SQLException cause) {
      return connecting(cause, url);
    }
    return null;
  }

  /** The exit code of a store's failure the store's own line reports. */
  static int exitCodeOf(StoreException e) {
    return FOUND.contains(e.code()) ? ExitCode.REJECTED : ExitCode.USAGE;
  }

  /** Whether a store code means rows that were changed behind the store's back. */
  static boolean isFoundProblem(StoreCode code) {
    return FOUND.contains(code);
  }

  private static CliException noStore(String url, Throwable cause) {
    // The command to run names the whole URL, so that it can be copied; a password stays hidden.
    return CliException.usage(
        CliCode.NO_STORE,
        Database.shown(url) + "; levehelelivet db init --db \"" + Database.blotted(url) + "\"",
        cause);
  }

  /**
   * A driver's message without the names of the Java exceptions it quotes, such as H2's {@code
   * Connection is broken: "java.net.ConnectException: Connection refused"}: the user needs the
   * reason, not the class.
   */
  static String withoutClassNames(String message) {
    return CLASS_NAME.matcher(message).replaceAll("");
  }

  /**
   * Whether a SQL state says the database or a table is not there: PostgreSQL's missing database or
   * table, H2's missing table, or H2's missing database file.
   */
  private static boolean isMissing(String state) {
    return state.equals("3D000")
        || state.equals("42P01")
        || state.equals("42S02")
        || state.equals("42S04")
        || state.equals("90146");
  }
}
