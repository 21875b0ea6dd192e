package no.levehelelivet.store;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.concurrent.atomic.AtomicInteger;
import javax.sql.DataSource;
import no.levehelelivet.store.jdbc.Dialect;
import no.levehelelivet.store.jdbc.JdbcProcessStore;
import org.h2.jdbcx.JdbcDataSource;
import org.postgresql.ds.PGSimpleDataSource;

/**
 * The real databases the store's tests run on: an H2 file database in a folder of the test's, and
 * PostgreSQL, either the server {@code LHL_TEST_POSTGRES_URL} names (a JDBC URL with user and
 * password) or, by default, PostgreSQL 17 binaries started once per test run, with {@code fsync}
 * and {@code synchronous_commit} on, so that a commit is on disk as in production. Each store gets
 * tables of its own by a fresh prefix, so tests never see each other's rows.
 */
public final class Databases {

  /** The environment variable naming a PostgreSQL server to test against instead. */
  public static final String POSTGRES_URL = "LHL_TEST_POSTGRES_URL";

  private static final AtomicInteger PREFIXES = new AtomicInteger();

  private Databases() {}

  /** A fresh table prefix, unique in this test run. */
  public static String freshPrefix() {
    return "t" + ProcessHandle.current().pid() % 10_000 + "_" + PREFIXES.incrementAndGet() + "_";
  }

  /** An H2 file database in {@code folder}, pooled. */
  public static HikariDataSource h2(Path folder) {
    JdbcDataSource h2 = new JdbcDataSource();
    h2.setURL("jdbc:h2:file:" + folder.resolve("store").toAbsolutePath());
    return pool(h2, 10);
  }

  /** A store with fresh tables on {@code dataSource}, schema created. */
  public static JdbcProcessStore store(
      DataSource dataSource, Dialect dialect, StoreOptions options) {
    JdbcProcessStore store =
        JdbcProcessStore.builder(dataSource)
            .dialect(dialect)
            .tablePrefix(freshPrefix())
            .options(options)
            .build();
    store.createSchema();
    return store;
  }

  /** The PostgreSQL server of this test run, pooled; {@code size} connections at most. */
  public static HikariDataSource postgres(int size) {
    return pool(Postgres.source(), size);
  }

  /** A data source of the PostgreSQL server, not pooled: a new connection each time. */
  public static DataSource postgresUnpooled() {
    return Postgres.source();
  }

  /** A pool of at most {@code size} connections to {@code source}. */
  public static HikariDataSource pool(DataSource source, int size) {
    HikariConfig config = new HikariConfig();
    config.setDataSource(source);
    config.setMaximumPoolSize(size);
    config.setMinimumIdle(0);
    config.setAutoCommit(true);
    config.setPoolName("lhl-test-" + PREFIXES.incrementAndGet());
    return new HikariDataSource(config);
  }

  /** Whether {@code fsync} and {@code synchronous_commit} are on in the PostgreSQL server. */
  public static boolean isDurable(DataSource postgres) throws SQLException {
    try (Connection connection = postgres.getConnection();
        Statement statement = connection.createStatement();
        ResultSet row =
            statement.executeQuery(
                "SELECT current_setting('fsync'), current_setting('synchronous_commit')")) {
      row.next();
      return row.getString(1).equals("on") && row.getString(2).equals("on");
    }
  }

  /** PostgreSQL for the whole test run, started when first asked for. */
  private static final class Postgres {

    private static final DataSource SOURCE = start();

    static DataSource source() {
      return SOURCE;
    }

    private static DataSource start() {
      String url = System.getenv(POSTGRES_URL);
      if (url != null && !url.isBlank()) {
        PGSimpleDataSource source = new PGSimpleDataSource();
        source.setURL(url);
        return source;
      }
      try {
        EmbeddedPostgres postgres = started(EmbeddedPostgres.builder());
        Runtime.getRuntime().addShutdownHook(new Thread(() -> close(postgres)));
        return postgres.getPostgresDatabase();
      } catch (IOException e) {
        throw new UncheckedIOException("PostgreSQL did not start", e);
      }
    }

    private static void close(EmbeddedPostgres postgres) {
      try {
        postgres.close();
      } catch (IOException e) {
        // the run is ending; the server's folder is temporary
      }
    }
  }

  /**
   * Starts PostgreSQL from {@code builder} with durable commits: {@code fsync}, {@code
   * synchronous_commit} and {@code full_page_writes} on, which the embedded defaults turn off.
   */
  public static EmbeddedPostgres started(EmbeddedPostgres.Builder builder) throws IOException {
    return builder
        .setServerConfig("fsync", "on")
        .setServerConfig("synchronous_commit", "on")
        .setServerConfig("full_page_writes", "on")
        .setServerConfig("max_connections", "200")
        .start();
  }
}
