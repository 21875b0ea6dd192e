package no.levehelelivet.benchmarks;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.SQLException;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.Stream;
import javax.sql.DataSource;
import no.levehelelivet.benchmarks.plain.PlainRows;
import no.levehelelivet.process.Command;
import no.levehelelivet.process.ProcessDefinition;
import no.levehelelivet.process.ProcessInstance;
import no.levehelelivet.store.StoreResult;
import no.levehelelivet.store.jdbc.Dialect;
import no.levehelelivet.store.jdbc.JdbcProcessStore;
import org.h2.jdbcx.JdbcDataSource;
import org.jspecify.annotations.Nullable;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;

/**
 * The database of one fork of a store benchmark: an H2 file database in a temporary folder, or
 * PostgreSQL 17 (embedded binaries, data in a temporary folder on disk) with {@code fsync}, {@code
 * synchronous_commit} and {@code full_page_writes} on, which the embedded defaults turn off; the
 * setup refuses to go on if the server reports any of them off. The store and the bare-JDBC
 * baseline each get a pool of {@value #POOL} connections to it.
 */
@State(Scope.Benchmark)
public class StoreDatabase {

  /** Connections in each pool, the store's and the baseline's: one per writer of the 8. */
  static final int POOL = 8;

  /** Which database: {@code h2} or {@code postgresql}. */
  @Param({"h2", "postgresql"})
  public String backend = "h2";

  private final AtomicLong ids = new AtomicLong();
  private @Nullable EmbeddedPostgres postgres;
  private @Nullable Path folder;
  private @Nullable HikariDataSource storePool;
  private @Nullable HikariDataSource plainPool;
  private @Nullable JdbcProcessStore store;
  private @Nullable PlainRows plain;

  /** Starts the database, opens both pools, creates the store's tables and the baseline's. */
  @Setup(Level.Trial)
  public void start() throws IOException, SQLException {
    Path temporary = Files.createTempDirectory("lhl-store-bench");
    folder = temporary;
    DataSource source;
    Dialect dialect;
    switch (backend) {
      case "h2" -> {
        JdbcDataSource h2 = new JdbcDataSource();
        h2.setURL("jdbc:h2:file:" + temporary.resolve("store").toAbsolutePath());
        source = h2;
        dialect = Dialect.H2;
      }
      case "postgresql" -> {
        EmbeddedPostgres started = DurablePostgres.start(temporary.resolve("data"));
        postgres = started;
        source = started.getPostgresDatabase();
        dialect = Dialect.POSTGRESQL;
      }
      default -> throw new IllegalArgumentException("backend must be h2 or postgresql: " + backend);
    }
    HikariDataSource forStore = pool(source, "store");
    storePool = forStore;
    HikariDataSource forPlain = pool(source, "plain");
    plainPool = forPlain;
    JdbcProcessStore created =
        JdbcProcessStore.builder(forStore).dialect(dialect).tablePrefix("bench_").build();
    created.createSchema();
    store = created;
    PlainRows rows = new PlainRows(forPlain, dialect == Dialect.POSTGRESQL);
    rows.createTable();
    plain = rows;
  }

  /** Closes the pools, stops PostgreSQL and deletes the database's folder. */
  @TearDown(Level.Trial)
  public void stop() throws IOException {
    if (storePool != null) {
      storePool.close();
    }
    if (plainPool != null) {
      plainPool.close();
    }
    if (postgres != null) {
      postgres.close();
    }
    if (folder != null) {
      try (Stream<Path> files = Files.walk(folder)) {
        for (Path file : files.sorted(Comparator.reverseOrder()).toList()) {
          Files.deleteIfExists(file);
        }
      }
    }
  }

  /** The store, on its own pool. */
  JdbcProcessStore store() {
    JdbcProcessStore started = store;
    if (started == null) {
      throw new IllegalStateException("the database is not started");
    }
    return started;
  }

  /**
   * Another store on the store's pool, with tables of its own (named by {@code prefix}), schema
   * created.
   */
  JdbcProcessStore storeWithPrefix(String prefix) {
    HikariDataSource pool = storePool;
    if (pool == null) {
      throw new IllegalStateException("the database is not started");
    }
    JdbcProcessStore other =
        JdbcProcessStore.builder(pool).dialect(store().dialect()).tablePrefix(prefix).build();
    other.createSchema();
    return other;
  }

  /** The bare-JDBC baseline, on its own pool of the same size. */
  PlainRows plain() {
    PlainRows started = plain;
    if (started == null) {
      throw new IllegalStateException("the database is not started");
    }
    return started;
  }

  /** A process id not used before in this fork. */
  String freshId(String kind) {
    return "bench-" + kind + "-" + ids.incrementAndGet();
  }

  /**
   * A process with the id {@code id} on the standard definition, started and then given {@code
   * commands} in memory (a refused command leaves it as it was), not stored.
   */
  static ProcessInstance walked(String id, List<Command> commands) {
    ProcessInstance instance =
        ProcessInstance.start(
            ProcessDefinition.standard(),
            id,
            LeveHeleLivetWork.MUNICIPALITY,
            LeveHeleLivetWork.LEAD,
            Fixtures.CLOCK);
    for (Command command : commands) {
      instance = instance.fire(command, Fixtures.CLOCK).instance();
    }
    return instance;
  }

  /** Fails unless {@code result} is a stored step. */
  static void requireSaved(StoreResult result) {
    if (!result.isSaved()) {
      throw new IllegalStateException("the store did not save the step: " + result);
    }
  }

  private static HikariDataSource pool(DataSource source, String name) {
    HikariConfig config = new HikariConfig();
    config.setDataSource(source);
    config.setMaximumPoolSize(POOL);
    config.setMinimumIdle(POOL);
    config.setAutoCommit(true);
    config.setPoolName("lhl-bench-" + name);
    return new HikariDataSource(config);
  }
}
