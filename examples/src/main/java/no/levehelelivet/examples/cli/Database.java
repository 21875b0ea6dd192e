package no.levehelelivet.examples.cli;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.Locale;
import java.util.regex.Pattern;
import javax.sql.DataSource;
import no.levehelelivet.store.ProcessQuery;
import no.levehelelivet.store.ProcessStore;
import no.levehelelivet.store.jdbc.Dialect;
import no.levehelelivet.store.jdbc.JdbcProcessStore;
import org.h2.jdbcx.JdbcDataSource;
import org.jspecify.annotations.Nullable;
import org.postgresql.ds.PGSimpleDataSource;

/**
 * A process store in a database for the length of one command: one connection, opened at the start
 * and closed at the end, on which every call of the store runs in a transaction of its own. The
 * dialect follows from the URL: {@code jdbc:h2:} or {@code jdbc:postgresql:}.
 *
 * <p>An H2 file database is opened only if it exists (H2 would otherwise create an empty one for a
 * mistyped path); {@code db init} creates it.
 */
final class Database implements AutoCloseable {

  private static final Pattern PASSWORD_PARAMETER = Pattern.compile("(?i)(password=)[^&;]*");
  private static final Pattern USER_INFO = Pattern.compile("//[^/@]*@");

  private final String url;
  private final JdbcProcessStore jdbc;
  private final Connection connection;
  private final ProcessStore store;

  private Database(String url, JdbcProcessStore jdbc, Connection connection) {
    this.url = url;
    this.jdbc = jdbc;
    this.connection = connection;
    this.store = jdbc.using(connection);
  }

  /**
   * Opens the database at {@code url}.
   *
   * @param mustHaveStore whether the store's tables must be there already (every command but {@code
   *     db init})
   */
  static Database open(
      String url, @Nullable String user, @Nullable String password, boolean mustHaveStore) {
    return open(url, user, password, mustHaveStore, false);
  }

  /**
   * Opens the store at {@code url} for a command that only reads it. An H2 file database is opened
   * read-only unless the URL says how to open it: H2 otherwise writes and compacts the file when
   * the command closes it, which costs a short command more than its reading, and changes a file
   * that nothing was stored in.
   */
  static Database openToRead(String url, @Nullable String user, @Nullable String password) {
    return open(url, user, password, true, true);
  }

  private static Database open(
      String url,
      @Nullable String user,
      @Nullable String password,
      boolean mustHaveStore,
      boolean onlyReads) {
    String lower = url.toLowerCase(Locale.ROOT);
    DataSource source;
    Dialect dialect;
    if (lower.startsWith("jdbc:h2:")) {
      JdbcDataSource h2 = new JdbcDataSource();
      boolean opensExisting =
          mustHaveStore && !lower.startsWith("jdbc:h2:mem:") && !lower.contains(";ifexists=");
      String opened = opensExisting ? url + ";IFEXISTS=TRUE" : url;
      h2.setURL(onlyReads && isEmbeddedFile(lower) ? opened + ";ACCESS_MODE_DATA=r" : opened);
      h2.setUser(user == null ? "" : user);
      h2.setPassword(password == null ? "" : password);
      source = h2;
      dialect = Dialect.H2;
    } else if (lower.startsWith("jdbc:postgresql:")) {
      PGSimpleDataSource postgres = new PGSimpleDataSource();
      try {
        postgres.setURL(url);
      } catch (IllegalArgumentException e) {
        throw CliException.usage(CliCode.INVALID_VALUE, "--db " + shown(url) + "; use a valid URL");
      }
      if (user != null) {
        postgres.setUser(user);
      }
      if (password != null) {
        postgres.setPassword(password);
      }
      // A command that cannot reach its database says so within seconds, not minutes.
      postgres.setConnectTimeout(10);
      source = postgres;
      dialect = Dialect.POSTGRESQL;
    } else {
      throw CliException.usage(CliCode.UNSUPPORTED_DATABASE, "--db " + shown(url));
    }
    Connection connection;
    try {
      connection = source.getConnection();
    } catch (SQLException e) {
      throw DatabaseFailures.connecting(e, url);
    }
    Database database =
        new Database(url, JdbcProcessStore.builder(source).dialect(dialect).build(), connection);
    if (mustHaveStore) {
      // Finds missing tables before the command does any work, whatever it is.
      try {
        database.store.processes(ProcessQuery.all().withLimit(1));
      } catch (RuntimeException e) {
        database.close();
        throw e;
      }
    }
    return database;
  }

  /**
   * Whether an H2 URL (in lower case) names a file this process opens itself, and leaves the mode
   * of opening it to the command: not one in memory, behind a server, or shared with other
   * processes through an automatic server, nor one that names its access mode.
   */
  private static boolean isEmbeddedFile(String lower) {
    return !lower.startsWith("jdbc:h2:mem:")
        && !lower.startsWith("jdbc:h2:tcp:")
        && !lower.startsWith("jdbc:h2:ssl:")
        && !lower.contains(";access_mode_data=")
        && !lower.contains(";auto_server=");
  }

  /** The store on this command's connection. */
  ProcessStore store() {
    return store;
  }

  /** The URL as it may be shown: quoted, with any password in it blotted out, cut short. */
  String shown() {
    return shown(url);
  }

  /** {@code url} as it may be shown: quoted, with any password in it blotted out, cut short. */
  static String shown(String url) {
    return Echo.quote(blotted(url));
  }

  /** {@code url} whole, with any password in it blotted out: for a command line to suggest. */
  static String blotted(String url) {
    String blotted = PASSWORD_PARAMETER.matcher(url).replaceAll("$1***");
    return USER_INFO.matcher(blotted).replaceAll("//***@");
  }

  /** Creates the store's tables and indexes where they are missing. */
  void createSchema() {
    jdbc.createSchema();
  }

  @Override
  public void close() {
    try {
      connection.close();
    } catch (SQLException e) {
      // Every call of the store committed on its own; nothing is left to lose with the connection.
    }
  }

  @Override
  public String toString() {
    return "Database[" + shown() + "]";
  }
}
