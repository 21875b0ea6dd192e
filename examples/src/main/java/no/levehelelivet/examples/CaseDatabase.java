package no.levehelelivet.examples;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import java.io.IOException;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;

/**
 * Part of example 4: where the case-management service keeps its cases (<i>saksdatabase</i>) and
 * how it connects — a JDBC URL, a user and a password, opened as a HikariCP pool.
 *
 * <p>The URL is the program's first argument if that starts with {@code jdbc:}, else the system
 * property {@value #URL_PROPERTY}; a first argument that is not a URL names the folder of an H2
 * file database, and with neither the service makes an H2 file in a new temporary folder. The user
 * is the system property {@value #USER_PROPERTY}; the password is read from the environment
 * variable {@value #PASSWORD_VARIABLE} only, so that it never shows in a process list or a shell's
 * history, and it is never printed.
 *
 * @param url the JDBC URL, for example {@code jdbc:h2:file:/srv/saker/saker} or {@code
 *     jdbc:postgresql://db.example.org:5432/saker}
 * @param user the database user, empty for none (H2's default user)
 * @param password the password, empty for none
 */
record CaseDatabase(String url, String user, String password) {

  /** The system property with the JDBC URL. */
  static final String URL_PROPERTY = "levehelelivet.db";

  /** The system property with the database user. */
  static final String USER_PROPERTY = "levehelelivet.db.user";

  /** The environment variable with the database password. */
  static final String PASSWORD_VARIABLE = "LHL_DB_PASSWORD";

  /** The connections the pool keeps at most: two caseworkers and a dispatcher, and one to spare. */
  static final int POOL_SIZE = 4;

  @Override
  public String toString() {
    // The URL may carry a password of its own, so neither is shown.
    return "CaseDatabase[user " + user + "]";
  }

  /** An H2 file database named {@code saker} in {@code folder}. */
  static CaseDatabase h2(Path folder) {
    return new CaseDatabase("jdbc:h2:file:" + folder.resolve("saker").toAbsolutePath(), "", "");
  }

  /**
   * The database the program's arguments, system properties and environment name, as the type's
   * documentation says; {@code temporaryFolder} is called only if they name none.
   */
  static CaseDatabase from(
      String[] args,
      Properties properties,
      Map<String, String> environment,
      FolderSupplier temporaryFolder)
      throws IOException {
    String user = properties.getProperty(USER_PROPERTY, "");
    String password = Optional.ofNullable(environment.get(PASSWORD_VARIABLE)).orElse("");
    if (args.length > 0 && args[0].startsWith("jdbc:")) {
      return new CaseDatabase(args[0], user, password);
    }
    if (args.length > 0) {
      return h2(Path.of(args[0]));
    }
    String url = properties.getProperty(URL_PROPERTY, "");
    if (!url.isBlank()) {
      return new CaseDatabase(url, user, password);
    }
    return h2(temporaryFolder.get());
  }

  /** A folder made when asked for. */
  @FunctionalInterface
  interface FolderSupplier {
    /** The folder. */
    Path get() throws IOException;
  }

  /**
   * A pool of connections to the database. The driver is found from the URL (H2 and PostgreSQL are
   * on the class path); Hikari gives each connection back in auto-commit mode, however a
   * transaction left it.
   */
  HikariDataSource pool() {
    HikariConfig config = new HikariConfig();
    config.setJdbcUrl(url);
    if (!user.isEmpty()) {
      config.setUsername(user);
    }
    if (!password.isEmpty()) {
      config.setPassword(password);
    }
    config.setMaximumPoolSize(POOL_SIZE);
    config.setMinimumIdle(0);
    config.setAutoCommit(true);
    config.setPoolName("saksbehandling");
    return new HikariDataSource(config);
  }
}
