package no.levehelelivet.examples;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Map;
import java.util.Optional;
import javax.sql.DataSource;
import no.levehelelivet.core.Municipality;
import no.levehelelivet.process.Actor;
import no.levehelelivet.process.Command;
import no.levehelelivet.process.ProcessDefinition;
import no.levehelelivet.process.ProcessInstance;
import no.levehelelivet.store.Outbox;
import no.levehelelivet.store.ProcessStore;
import no.levehelelivet.store.Saved;
import no.levehelelivet.store.StoreOptions;
import no.levehelelivet.store.StoreResult;
import no.levehelelivet.store.jdbc.JdbcProcessStore;

/**
 * Part of example 4: a vendor's case-management service (<i>saksbehandlingssystem</i>) that keeps
 * its own case rows in a table of its own, {@code sak}, and the municipality's change process in
 * the library's store, in the same database.
 *
 * <p>A case row names its process and carries what the vendor's screens and reports show without
 * loading it: the phase, the process status and the process version the row was written with. Every
 * step is saved in one transaction of the host's: the store writes the step on the host's
 * connection ({@link JdbcProcessStore#using(Connection)}) and the host updates its row, on the
 * condition that the row is still at the version the step was made on, then commits both, or
 * neither. So the case row and the process always agree, and a step's effects reach the outbox only
 * with the row.
 *
 * <p>Thread-safe: each call takes a connection of its own from the pool.
 */
final class CaseService {

  /** The vendor's own table, created beside the store's where it is missing. */
  static final String CASE_TABLE =
      "CREATE TABLE IF NOT EXISTS sak ("
          + " saksnummer VARCHAR(32) PRIMARY KEY,"
          + " tittel VARCHAR(200) NOT NULL,"
          + " prosess_id VARCHAR(128) NOT NULL UNIQUE,"
          + " fase VARCHAR(64) NOT NULL,"
          + " status VARCHAR(32) NOT NULL,"
          + " prosessversjon BIGINT NOT NULL,"
          + " sist_endret_av VARCHAR(128) NOT NULL)";

  private final DataSource pool;
  private final JdbcProcessStore store;
  private final Clock clock;

  private CaseService(DataSource pool, JdbcProcessStore store, Clock clock) {
    this.pool = pool;
    this.store = store;
    this.clock = clock;
  }

  /**
   * The service on {@code pool}, with the store's tables and the case table created where they are
   * missing. A production service would run the store's DDL with its migration tool instead (see
   * the README); {@code clock} times the steps and the outbox's leases.
   *
   * @throws no.levehelelivet.store.StoreException if the database cannot be reached
   */
  static CaseService open(DataSource pool, Clock clock) {
    JdbcProcessStore store =
        JdbcProcessStore.builder(pool).options(StoreOptions.defaults().withClock(clock)).build();
    store.createSchema();
    try (Connection connection = pool.getConnection();
        Statement statement = connection.createStatement()) {
      statement.execute(CASE_TABLE);
    } catch (SQLException e) {
      throw new CaseStorageException("could not create the case table", e);
    }
    return new CaseService(pool, store, clock);
  }

  /** The store the processes are kept in. */
  ProcessStore store() {
    return store;
  }

  /** The name of the database, as the store's dialect says it. */
  String databaseName() {
    return store.dialect().name();
  }

  /** The outbox of the steps' effects. */
  Outbox outbox() {
    return store.outbox();
  }

  /**
   * Opens a case (<i>oppretter sak</i>) for a change process in {@code municipality}: its row and
   * its process in one transaction, under the next free case number of {@code year}.
   */
  CaseRow openCase(
      int year,
      String title,
      Municipality municipality,
      Actor opener,
      Map<String, LocalDate> plannedTargetDates) {
    try (Connection connection = pool.getConnection()) {
      connection.setAutoCommit(false);
      try {
        long number = nextNumber(connection, year);
        String caseNumber = year + "/" + number;
        String processId = "lhl-" + municipality.number() + "-sak-" + year + "-" + number;
        ProcessInstance process =
            ProcessInstance.start(
                ProcessDefinition.standard(),
                processId,
                municipality,
                opener,
                clock,
                plannedTargetDates);
        CaseRow row = CaseRow.of(caseNumber, title, process, opener);
        insert(connection, row);
        StoreResult created = store.using(connection).create(process);
        if (!created.isSaved()) {
          throw new IllegalStateException("process " + processId + " is stored already");
        }
        connection.commit();
        return row;
      } catch (SQLException | RuntimeException e) {
        connection.rollback();
        throw e;
      }
    } catch (SQLException e) {
      throw new CaseStorageException("could not open a case", e);
    }
  }

  /** What a caseworker's screen shows of a case: its row and its process, loaded and checked. */
  CaseScreen screen(String caseNumber) {
    CaseRow row = row(caseNumber).orElseThrow(() -> new IllegalArgumentException(caseNumber));
    return new CaseScreen(row, store.load(row.processId()));
  }

  /** The case row, if there is one with the case number. */
  Optional<CaseRow> row(String caseNumber) {
    try (Connection connection = pool.getConnection();
        PreparedStatement select =
            connection.prepareStatement(
                "SELECT saksnummer, tittel, prosess_id, fase, status, prosessversjon,"
                    + " sist_endret_av FROM sak WHERE saksnummer = ?")) {
      select.setString(1, caseNumber);
      try (ResultSet rows = select.executeQuery()) {
        if (!rows.next()) {
          return Optional.empty();
        }
        return Optional.of(
            new CaseRow(
                rows.getString(1),
                rows.getString(2),
                rows.getString(3),
                rows.getString(4),
                rows.getString(5),
                rows.getLong(6),
                rows.getString(7)));
      }
    } catch (SQLException e) {
      throw new CaseStorageException("could not read case " + caseNumber, e);
    }
  }

  /**
   * Saves a caseworker's step on what {@code seen} showed: fires {@code command} with the version
   * on the screen as its expected version and, if the store saves it, updates the case row in the
   * same transaction. A {@link no.levehelelivet.store.Conflict} or a {@link
   * no.levehelelivet.store.Refused} leaves both as they were.
   *
   * @throws IllegalStateException if the step was saved but the case row was not at the version the
   *     step was made on (a process changed behind the service's back); nothing is committed
   */
  StoreResult save(CaseScreen seen, Command command, Actor caseworker) {
    long seenVersion = seen.process().version();
    String processId = seen.row().processId();
    try (Connection connection = pool.getConnection()) {
      connection.setAutoCommit(false);
      try {
        StoreResult result =
            store
                .using(connection)
                .apply(processId, command.withExpectedVersion(seenVersion), clock);
        if (!(result instanceof Saved saved)) {
          connection.rollback();
          return result;
        }
        CaseRow updated =
            CaseRow.of(seen.row().caseNumber(), seen.row().title(), saved.instance(), caseworker);
        if (!update(connection, updated, seenVersion)) {
          throw new IllegalStateException(
              "case "
                  + updated.caseNumber()
                  + " is not at process version "
                  + seenVersion
                  + "; its process was changed without it");
        }
        connection.commit();
        return result;
      } catch (SQLException | RuntimeException e) {
        connection.rollback();
        throw e;
      }
    } catch (SQLException e) {
      throw new CaseStorageException("could not save a step of case " + seen.row().caseNumber(), e);
    }
  }

  private static long nextNumber(Connection connection, int year) throws SQLException {
    try (PreparedStatement count =
        connection.prepareStatement("SELECT COUNT(*) FROM sak WHERE saksnummer LIKE ?")) {
      count.setString(1, year + "/%");
      try (ResultSet rows = count.executeQuery()) {
        rows.next();
        return rows.getLong(1) + 1;
      }
    }
  }

  private static void insert(Connection connection, CaseRow row) throws SQLException {
    try (PreparedStatement insert =
        connection.prepareStatement(
            "INSERT INTO sak (saksnummer, tittel, prosess_id, fase, status, prosessversjon,"
                + " sist_endret_av) VALUES (?, ?, ?, ?, ?, ?, ?)")) {
      insert.setString(1, row.caseNumber());
      insert.setString(2, row.title());
      insert.setString(3, row.processId());
      insert.setString(4, row.phase());
      insert.setString(5, row.status());
      insert.setLong(6, row.processVersion());
      insert.setString(7, row.lastChangedBy());
      insert.executeUpdate();
    }
  }

  /** Updates the row if it is still at {@code expectedVersion}; whether it was. */
  private static boolean update(Connection connection, CaseRow row, long expectedVersion)
      throws SQLException {
    try (PreparedStatement update =
        connection.prepareStatement(
            "UPDATE sak SET fase = ?, status = ?, prosessversjon = ?, sist_endret_av = ?"
                + " WHERE saksnummer = ? AND prosessversjon = ?")) {
      update.setString(1, row.phase());
      update.setString(2, row.status());
      update.setLong(3, row.processVersion());
      update.setString(4, row.lastChangedBy());
      update.setString(5, row.caseNumber());
      update.setLong(6, expectedVersion);
      return update.executeUpdate() == 1;
    }
  }

  /** What a caseworker's screen shows: the case row and the process it names. */
  record CaseScreen(CaseRow row, ProcessInstance process) {}

  /** The case database failed; the cause says how. */
  static final class CaseStorageException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    CaseStorageException(String message, SQLException cause) {
      super(message, cause);
    }
  }
}
