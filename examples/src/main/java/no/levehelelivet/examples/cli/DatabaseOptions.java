package no.levehelelivet.examples.cli;

import org.jspecify.annotations.Nullable;
import picocli.CommandLine.Option;

/**
 * The options that name a process store in a database: {@code --db JDBC_URL}, {@code --db-user} and
 * {@code --db-password}, or the password in the {@code LHL_DB_PASSWORD} environment variable, which
 * keeps it out of the shell's history and the process list. A password is never echoed.
 */
final class DatabaseOptions {

  /** The environment variable the password is read from when {@code --db-password} is not given. */
  static final String PASSWORD_VARIABLE = "LHL_DB_PASSWORD";

  @Option(
      names = "--db",
      paramLabel = "JDBC_URL",
      description =
          "The database the processes are kept in: an H2 file such as jdbc:h2:./vefsn, or"
              + " PostgreSQL such as jdbc:postgresql://localhost/levehelelivet.")
  @Nullable String url;

  @Option(names = "--db-user", paramLabel = "USER", description = "The database user.")
  @Nullable String user;

  @Option(
      names = "--db-password",
      paramLabel = "PASSWORD",
      description = "The database user's password; default: the LHL_DB_PASSWORD variable.")
  @Nullable String password;

  /** Whether {@code --db} was given. */
  boolean given() {
    return url != null;
  }

  /** The URL of {@code --db}, or a usage error naming what needs it. */
  String urlFor(String what) {
    String given = url;
    if (given == null) {
      throw CliException.usage(CliCode.MISSING_ARGUMENT, "--db JDBC_URL (" + what + ")");
    }
    return given;
  }

  /** The password: {@code --db-password}, else the environment variable, else none. */
  @Nullable String password(CliContext context) {
    String given = password;
    return given != null ? given : context.environment(PASSWORD_VARIABLE);
  }

  /**
   * Opens the store the options name, checking that its tables are there.
   *
   * @param what what needs the database, for the message if {@code --db} is missing
   */
  Database open(CliContext context, String what) {
    return Database.open(urlFor(what), user, password(context), true);
  }

  /**
   * Opens the store the options name, as {@link #open}, for a command that only reads it: an H2
   * file read-only.
   */
  Database openToRead(CliContext context, String what) {
    return Database.openToRead(urlFor(what), user, password(context));
  }

  /** Opens the database the options name, for {@code db init}: it may have no tables yet. */
  Database openForInit(CliContext context) {
    return Database.open(
        urlFor("the database to create the tables in"), user, password(context), false);
  }
}
