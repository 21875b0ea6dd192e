package no.levehelelivet.benchmarks.plain;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import javax.sql.DataSource;

/**
 * The bare-JDBC floor the store benchmarks compare the store with: the same database, a pool of the
 * same size, the statements a hand-written journal table needs and nothing more. Its rows have the
 * shape of the store's entry rows (process id, sequence, entry bytes, digest bytes, keyed by the
 * first two); it checks, decodes and replays nothing. Thread-safe.
 */
public final class PlainRows {

  private static final String TABLE = "plain_row";

  private final DataSource dataSource;
  private final boolean postgres;

  /**
   * The baseline on {@code dataSource}, PostgreSQL's column types if {@code postgres}, else H2's.
   */
  public PlainRows(DataSource dataSource, boolean postgres) {
    this.dataSource = dataSource;
    this.postgres = postgres;
  }

  /** Creates the baseline's table, the twin of the store's entry table without its foreign key. */
  public void createTable() throws SQLException {
    String bytes = postgres ? "BYTEA" : "VARBINARY";
    try (Connection connection = dataSource.getConnection();
        Statement statement = connection.createStatement()) {
      statement.execute(
          "CREATE TABLE IF NOT EXISTS "
              + TABLE
              + " (process_id VARCHAR(256)"
              + (postgres ? " COLLATE \"C\"" : "")
              + " NOT NULL, sequence BIGINT NOT NULL, entry "
              + bytes
              + " NOT NULL, digest "
              + bytes
              + " NOT NULL, PRIMARY KEY (process_id, sequence))");
    }
  }

  /**
   * One row inserted and committed, in a transaction of its own as the store runs each call: auto
   * commit off, {@code INSERT}, {@code COMMIT}, auto commit back on.
   */
  public void insert(String processId, long sequence, byte[] entry, byte[] digest)
      throws SQLException {
    try (Connection connection = dataSource.getConnection()) {
      connection.setAutoCommit(false);
      try (PreparedStatement insert =
          connection.prepareStatement(
              "INSERT INTO "
                  + TABLE
                  + " (process_id, sequence, entry, digest) VALUES (?, ?, ?, ?)")) {
        insert.setString(1, processId);
        insert.setLong(2, sequence);
        insert.setBytes(3, entry);
        insert.setBytes(4, digest);
        insert.executeUpdate();
        connection.commit();
      } finally {
        connection.setAutoCommit(true);
      }
    }
  }

  /**
   * The rows of one process in {@code entryTable} (the store's), in order, read into byte arrays:
   * entry, digest, entry, digest, ...
   */
  public List<byte[]> select(String entryTable, String processId) throws SQLException {
    List<byte[]> rows = new ArrayList<>();
    try (Connection connection = dataSource.getConnection();
        PreparedStatement select =
            connection.prepareStatement(
                "SELECT sequence, entry, digest FROM "
                    + entryTable
                    + " WHERE process_id = ? ORDER BY sequence")) {
      select.setString(1, processId);
      try (ResultSet result = select.executeQuery()) {
        long sequence = 0;
        while (result.next()) {
          if (result.getLong(1) != ++sequence) {
            throw new IllegalStateException("row " + sequence + " of " + processId + " is missing");
          }
          rows.add(result.getBytes(2));
          rows.add(result.getBytes(3));
        }
      }
    }
    return rows;
  }

  /**
   * How many rows of {@code processTable} (the store's) are in each phase with each status, as the
   * store's portfolio asks: phase, status and count, three cells a group, as read.
   */
  public List<Object> countByPhaseAndStatus(String processTable) throws SQLException {
    List<Object> cells = new ArrayList<>();
    try (Connection connection = dataSource.getConnection();
        PreparedStatement select =
            connection.prepareStatement(
                "SELECT phase, status, COUNT(*) FROM " + processTable + " GROUP BY phase, status");
        ResultSet result = select.executeQuery()) {
      while (result.next()) {
        cells.add(result.getString(1));
        cells.add(result.getString(2));
        cells.add(result.getLong(3));
      }
    }
    return cells;
  }
}
