package no.levehelelivet.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import com.zaxxer.hikari.HikariDataSource;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import javax.sql.DataSource;
import no.levehelelivet.process.ProcessInstance;
import no.levehelelivet.store.FaultyDataSource.Action;
import no.levehelelivet.store.FaultyDataSource.Trap;
import no.levehelelivet.store.jdbc.Dialect;
import no.levehelelivet.store.jdbc.JdbcProcessStore;
import no.levehelelivet.store.jdbc.Tables;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * A step whose connection fails in the middle of {@code apply}, by dying, throwing or having its
 * PostgreSQL backend killed, leaves the stored process as last committed, verifying, with none of
 * the step's effects ever handed out; and a step in the host's transaction is stored with the
 * host's rows or not at all.
 */
class FaultTest {

  private static final String ID = "vefsn-lhl-1";

  @TempDir Path folder;

  /** Where in {@code apply} the connection fails. */
  enum Point {
    UPDATE_SUMMARY,
    INSERT_ENTRY,
    INSERT_EFFECT,
    COMMIT;

    boolean matches(Tables tables, String sql) {
      return switch (this) {
        case UPDATE_SUMMARY -> sql.startsWith("UPDATE " + tables.process() + " ");
        case INSERT_ENTRY -> sql.startsWith("INSERT INTO " + tables.entry() + " ");
        case INSERT_EFFECT -> sql.startsWith("INSERT INTO " + tables.outbox() + " ");
        case COMMIT -> sql.equals(FaultyDataSource.COMMIT);
      };
    }
  }

  static Stream<Arguments> dyingConnections() {
    List<Arguments> cases = new ArrayList<>();
    for (Dialect dialect : Dialect.values()) {
      for (Point point : Point.values()) {
        cases.add(Arguments.of(dialect, point, Action.DIE));
      }
      cases.add(Arguments.of(dialect, Point.INSERT_EFFECT, Action.THROW));
      cases.add(Arguments.of(dialect, Point.COMMIT, Action.THROW));
    }
    return cases.stream();
  }

  @ParameterizedTest(name = "{0}: {2} at {1}")
  @MethodSource("dyingConnections")
  void aConnectionThatFailsMidApplyStoresNothingOfTheStep(
      Dialect dialect, Point point, Action action) throws Exception {
    try (HikariDataSource pool = pool(dialect)) {
      JdbcProcessStore store = Databases.store(pool, dialect, StoreOptions.defaults());
      List<Saved> before = history(store);
      Trap trap = new Trap(sql -> point.matches(store.tables(), sql), action);
      JdbcProcessStore faulty = faulty(store, unpooled(dialect, pool), trap);

      StoreException failure =
          catchThrowableOfType(
              StoreException.class,
              () -> faulty.apply(ID, StoreScenes.pause(9), StoreScenes.CLOCK));

      assertThat(trap.fired()).isTrue();
      assertFailedAndUntouched(store, pool, failure, before);
      assertRetrySaves(faulty, store);
    }
  }

  @ParameterizedTest(name = "killed before {0}")
  @EnumSource(Point.class)
  void aBackendKilledMidApplyStoresNothingOfTheStep(Point point) throws Exception {
    try (HikariDataSource pool = pool(Dialect.POSTGRESQL)) {
      JdbcProcessStore store = Databases.store(pool, Dialect.POSTGRESQL, StoreOptions.defaults());
      List<Saved> before = history(store);
      Trap trap = new Trap(sql -> point.matches(store.tables(), sql), Action.PAUSE);
      JdbcProcessStore faulty = faulty(store, Databases.postgresUnpooled(), trap);

      ExecutorService thread = Executors.newSingleThreadExecutor();
      try {
        Future<StoreResult> applying =
            thread.submit(() -> faulty.apply(ID, StoreScenes.pause(9), StoreScenes.CLOCK));
        assertThat(trap.reached.await(1, TimeUnit.MINUTES)).as("paused at %s", point).isTrue();
        assertThat(terminate(pool, trap.backendPid())).isTrue();
        trap.resume.countDown();
        ExecutionException failed =
            catchThrowableOfType(ExecutionException.class, () -> applying.get(1, TimeUnit.MINUTES));
        assertThat(failed).isNotNull();
        assertThat(failed.getCause()).isInstanceOf(StoreException.class);
        assertFailedAndUntouched(
            store, pool, (StoreException) Objects.requireNonNull(failed.getCause()), before);
      } finally {
        thread.shutdownNow();
      }
      assertRetrySaves(faulty, store);
    }
  }

  @ParameterizedTest
  @EnumSource(Dialect.class)
  void aStepInTheHostsTransactionIsStoredWithTheHostsRowsOrNotAtAll(Dialect dialect)
      throws Exception {
    try (HikariDataSource pool = pool(dialect)) {
      JdbcProcessStore store = Databases.store(pool, dialect, StoreOptions.defaults());
      List<Saved> before = history(store);
      ProcessInstance last = store.load(ID);
      String host = store.tables().prefix() + "host_row";
      try (Connection connection = pool.getConnection();
          Statement statement = connection.createStatement()) {
        statement.execute("CREATE TABLE " + host + " (id VARCHAR(64) PRIMARY KEY)");
      }

      try (Connection connection = pool.getConnection()) {
        connection.setAutoCommit(false);
        StoreResult result =
            store.using(connection).apply(ID, StoreScenes.pause(9), StoreScenes.CLOCK);
        assertThat(result.isSaved()).isTrue();
        insertHostRow(connection, host, "rolled-back");
        connection.rollback();
        connection.setAutoCommit(true);
      }
      assertThat(hostRows(pool, host)).isEmpty();
      assertUntouched(store, pool, before, last);

      Saved saved;
      try (Connection connection = pool.getConnection()) {
        connection.setAutoCommit(false);
        StoreResult result =
            store.using(connection).apply(ID, StoreScenes.pause(10), StoreScenes.CLOCK);
        assertThat(result).isInstanceOf(Saved.class);
        saved = (Saved) result;
        insertHostRow(connection, host, "committed");
        connection.commit();
        connection.setAutoCommit(true);
      }
      assertThat(hostRows(pool, host)).containsExactly("committed");
      assertThat(store.load(ID)).isEqualTo(saved.instance());
      assertThat(store.load(ID).version()).isEqualTo(last.version() + 1);
      assertThat(saved.effects()).isNotEmpty();
      assertThat(keys(StoreScenes.drain(store.outbox())))
          .containsExactlyElementsOf(StoreScenes.keys(List.of(saved)));
    }
  }

  private HikariDataSource pool(Dialect dialect) {
    return dialect == Dialect.H2 ? Databases.h2(folder) : Databases.postgres(4);
  }

  /** The database under {@code pool}, a new connection each time. */
  private static DataSource unpooled(Dialect dialect, HikariDataSource pool) {
    return dialect == Dialect.H2
        ? Objects.requireNonNull(pool.getDataSource(), "H2 data source")
        : Databases.postgresUnpooled();
  }

  /** A second store on the same tables as {@code store}, whose connections spring {@code trap}. */
  private static JdbcProcessStore faulty(JdbcProcessStore store, DataSource real, Trap trap) {
    return JdbcProcessStore.builder(FaultyDataSource.of(real, trap))
        .dialect(store.dialect())
        .tablePrefix(store.tables().prefix())
        .build();
  }

  /**
   * Vefsn's process created, a question answered, paused and resumed: steps with effects, whose
   * effects are left in the outbox; the saved steps.
   */
  private static List<Saved> history(JdbcProcessStore store) {
    assertThat(store.create(StoreScenes.started(ID, StoreScenes.VEFSN)).isSaved()).isTrue();
    List<Saved> saved = new ArrayList<>();
    saved.add(saved(store.apply(ID, StoreScenes.answer(1), StoreScenes.CLOCK)));
    saved.add(saved(store.apply(ID, StoreScenes.pause(2), StoreScenes.CLOCK)));
    saved.add(saved(store.apply(ID, StoreScenes.resume(3), StoreScenes.CLOCK)));
    assertThat(StoreScenes.keys(saved)).isNotEmpty();
    return saved;
  }

  private static Saved saved(StoreResult result) {
    assertThat(result).isInstanceOf(Saved.class);
    return (Saved) result;
  }

  private static void assertFailedAndUntouched(
      JdbcProcessStore store, DataSource dataSource, StoreException failure, List<Saved> before)
      throws SQLException {
    assertThat(failure).isNotNull();
    assertThat(failure.code()).isEqualTo(StoreCode.DATABASE_FAILED);
    assertThat(failure.processId()).hasValue(ID);
    assertUntouched(store, dataSource, before, before.get(before.size() - 1).instance());
  }

  /**
   * The stored process is {@code last}, as committed, verifying, and the outbox hands out the
   * effects of {@code before} and nothing of a later step.
   */
  private static void assertUntouched(
      JdbcProcessStore store, DataSource dataSource, List<Saved> before, ProcessInstance last)
      throws SQLException {
    assertThat(store.load(ID)).isEqualTo(last);
    assertThat(store.summary(ID)).hasValueSatisfying(s -> assertThat(s.version()).isEqualTo(4));
    assertThat(last.version()).isEqualTo(4);
    assertThat(StoreScenes.sequences(store, dataSource, ID)).containsExactly(1L, 2L, 3L, 4L);
    assertThat(store.verifyAll((checked, total, broken) -> {}).isIntact()).isTrue();
    List<String> expected = StoreScenes.keys(before);
    assertThat(store.outbox().pending()).isEqualTo(expected.size());
    assertThat(keys(StoreScenes.drain(store.outbox()))).containsExactlyElementsOf(expected);
  }

  /** Once the database is reachable again, the same step is saved, with its effects. */
  private static void assertRetrySaves(JdbcProcessStore faulty, JdbcProcessStore store) {
    Saved saved = saved(faulty.apply(ID, StoreScenes.pause(9), StoreScenes.CLOCK));
    assertThat(saved.version()).isEqualTo(5);
    assertThat(store.load(ID)).isEqualTo(saved.instance());
    assertThat(keys(StoreScenes.drain(store.outbox())))
        .isNotEmpty()
        .containsExactlyElementsOf(StoreScenes.keys(List.of(saved)));
  }

  private static List<String> keys(List<OutboxEffect> effects) {
    return effects.stream().map(OutboxEffect::idempotencyKey).toList();
  }

  private static boolean terminate(DataSource dataSource, int pid) throws SQLException {
    assertThat(pid).isPositive();
    try (Connection connection = dataSource.getConnection();
        PreparedStatement terminate =
            connection.prepareStatement("SELECT pg_terminate_backend(?, 10000)")) {
      terminate.setInt(1, pid);
      try (ResultSet row = terminate.executeQuery()) {
        row.next();
        return row.getBoolean(1);
      }
    }
  }

  private static void insertHostRow(Connection connection, String table, String id)
      throws SQLException {
    try (PreparedStatement insert =
        connection.prepareStatement("INSERT INTO " + table + " (id) VALUES (?)")) {
      insert.setString(1, id);
      insert.executeUpdate();
    }
  }

  private static List<String> hostRows(DataSource dataSource, String table) throws SQLException {
    List<String> ids = new ArrayList<>();
    try (Connection connection = dataSource.getConnection();
        Statement select = connection.createStatement();
        ResultSet rows = select.executeQuery("SELECT id FROM " + table + " ORDER BY id")) {
      while (rows.next()) {
        ids.add(rows.getString(1));
      }
    }
    return ids;
  }
}
