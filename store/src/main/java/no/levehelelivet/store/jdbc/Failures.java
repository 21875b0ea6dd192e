package no.levehelelivet.store.jdbc;

import java.sql.SQLException;
import no.levehelelivet.store.StoreCode;
import no.levehelelivet.store.StoreException;
import org.jspecify.annotations.Nullable;

/** How the store tells the database's failures apart, and reports them with a code. */
final class Failures {

  /** Work on a connection that may fail with a {@link SQLException}. */
  @FunctionalInterface
  interface Work<T> {
    T run() throws SQLException;
  }

  private Failures() {}

  /** Runs {@code work}, reporting a failure of the database as a {@link StoreException}. */
  static <T> T run(@Nullable String processId, Work<T> work) {
    try {
      return work.run();
    } catch (SQLException e) {
      throw failed(processId, e);
    }
  }

  /** The store's report of {@code e}: the tables are missing, or the database failed. */
  static StoreException failed(@Nullable String processId, SQLException e) {
    String state = String.valueOf(e.getSQLState());
    if (state.equals("42P01") || state.equals("42S02") || state.equals("42S04")) {
      return StoreException.of(
          StoreCode.SCHEMA_MISSING, processId, 0, String.valueOf(e.getMessage()), e);
    }
    return StoreException.of(
        StoreCode.DATABASE_FAILED, processId, 0, "SQL state " + state + ": " + e.getMessage(), e);
  }

  /**
   * Whether {@code e} says another transaction won a race for the same row: a duplicate key, a
   * serialization failure, or H2's report of a row changed or locked by another transaction.
   */
  static boolean isLostRace(SQLException e) {
    String state = String.valueOf(e.getSQLState());
    int code = e.getErrorCode();
    return state.equals("23505")
        || state.startsWith("40")
        || code == 90131 // H2: concurrent update
        || code == 50200; // H2: lock timeout
  }
}
