package no.levehelelivet.examples.cli;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import javax.sql.DataSource;
import no.levehelelivet.store.jdbc.Dialect;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.postgresql.ds.PGSimpleDataSource;

/**
 * The command on PostgreSQL: the server {@code LHL_TEST_POSTGRES_URL} names (a JDBC URL with user
 * and password, of a user that may create schemas and roles), or by default PostgreSQL 17 started
 * once for this class with {@code fsync} and {@code synchronous_commit} on. Each test gets a schema
 * of its own. The embedded server trusts local connections, except for the one role that logs in
 * with a password, which must give it.
 */
class PostgresStoreCliTest extends StoreCliContract {

  private static final String POSTGRES_URL = "LHL_TEST_POSTGRES_URL";

  /** The role whose password the server checks. */
  private static final String PASSWORD_ROLE = "lhl_cli_login";

  private static final String PASSWORD = "riktig-hest-batteri";

  private static final AtomicInteger SCHEMAS = new AtomicInteger();

  private static @Nullable EmbeddedPostgres postgres;

  /** The URL of the server's database, without a schema: with user and password if external. */
  private static String base = "";

  @BeforeAll
  static void startPostgres() throws IOException, SQLException {
    String external = System.getenv(POSTGRES_URL);
    if (external != null && !external.isBlank()) {
      base = external;
    } else {
      EmbeddedPostgres started =
          EmbeddedPostgres.builder()
              .setServerConfig("fsync", "on")
              .setServerConfig("synchronous_commit", "on")
              .setDataDirectoryCustomizer(PostgresStoreCliTest::checkPasswordOfOneRole)
              .start();
      postgres = started;
      base = "jdbc:postgresql://localhost:" + started.getPort() + "/postgres?user=postgres";
    }
    execute(
        base,
        "DO $$ BEGIN CREATE ROLE "
            + PASSWORD_ROLE
            + " LOGIN PASSWORD '"
            + PASSWORD
            + "'; EXCEPTION WHEN duplicate_object THEN NULL; END $$");
  }

  /** Lets the one role in only with its password, ahead of the trust of everyone else. */
  private static void checkPasswordOfOneRole(File data) {
    Path hba = data.toPath().resolve("pg_hba.conf");
    try {
      String rules =
          "host all "
              + PASSWORD_ROLE
              + " 127.0.0.1/32 scram-sha-256\n"
              + "host all "
              + PASSWORD_ROLE
              + " ::1/128 scram-sha-256\n";
      Files.writeString(
          hba, rules + Files.readString(hba, StandardCharsets.UTF_8), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  @AfterAll
  static void stopPostgres() throws IOException {
    EmbeddedPostgres started = postgres;
    if (started != null) {
      started.close();
    }
  }

  private static void execute(String url, String sql) throws SQLException {
    PGSimpleDataSource source = new PGSimpleDataSource();
    source.setURL(url);
    try (Connection connection = source.getConnection();
        Statement statement = connection.createStatement()) {
      statement.execute(sql);
    }
  }

  /** {@code url} with one more query parameter. */
  private static String with(String url, String parameter) {
    return url + (url.contains("?") ? "&" : "?") + parameter;
  }

  /** A fresh schema, owned by {@code owner} if given; returns the URL that works in it. */
  private static String freshSchema(String url, @Nullable String owner) {
    String schema =
        "cli_" + ProcessHandle.current().pid() % 10_000 + "_" + SCHEMAS.incrementAndGet();
    try {
      execute(base, "CREATE SCHEMA " + schema + (owner == null ? "" : " AUTHORIZATION " + owner));
    } catch (SQLException e) {
      throw new IllegalStateException(e);
    }
    return with(url, "currentSchema=" + schema);
  }

  @Override
  String freshUrl() {
    return freshSchema(base, null);
  }

  @Override
  List<String> login() {
    return List.of();
  }

  @Override
  DataSource dataSource(String url) {
    PGSimpleDataSource source = new PGSimpleDataSource();
    source.setURL(url);
    return source;
  }

  @Override
  Dialect dialect() {
    return Dialect.POSTGRESQL;
  }

  @Override
  String unreachableUrl(int port) {
    return "jdbc:postgresql://127.0.0.1:" + port + "/postgres";
  }

  @Override
  PasswordLogin passwordLogin() {
    // The URL names host and database only; the user and password come from the options.
    String server = base.substring(0, base.indexOf('?') < 0 ? base.length() : base.indexOf('?'));
    return new PasswordLogin(
        freshSchema(server.replace("localhost", "127.0.0.1"), PASSWORD_ROLE),
        PASSWORD_ROLE,
        PASSWORD);
  }
}
