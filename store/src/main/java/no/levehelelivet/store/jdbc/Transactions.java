package no.levehelelivet.store.jdbc;

import java.sql.Connection;
import java.sql.SQLException;
import javax.sql.DataSource;
import org.jspecify.annotations.Nullable;

/**
 * Where the store's work runs: each call in a transaction of its own on a connection from the
 * store's data source, or inside the host's transaction on the host's connection, which the store
 * then never commits, rolls back or closes. A host connection in auto-commit mode gets a
 * transaction per call, after which auto-commit is turned back on.
 */
final class Transactions {

  /** Work in a transaction. */
  @FunctionalInterface
  interface Work<T> {
    T run(Connection connection) throws SQLException;
  }

  private final @Nullable DataSource dataSource;
  private final @Nullable Connection host;

  private Transactions(@Nullable DataSource dataSource, @Nullable Connection host) {
    this.dataSource = dataSource;
    this.host = host;
  }

  static Transactions on(DataSource dataSource) {
    return new Transactions(dataSource, null);
  }

  static Transactions within(Connection host) {
    return new Transactions(null, host);
  }

  /** Runs {@code work} in a transaction; a failure of the database is a {@code StoreException}. */
  <T> T run(@Nullable String processId, Work<T> work) {
    return on(processId, connection -> onHost(connection, work), own -> alone(own, work));
  }

  /**
   * Runs {@code work}, which only reads, on a connection in auto-commit mode as it is, with no
   * transaction to commit; on one not in auto-commit mode as {@link #run} does. On the host's
   * connection, in auto-commit or in its transaction, the reads need nothing more.
   */
  <T> T read(@Nullable String processId, Work<T> work) {
    return on(processId, work, own -> own.getAutoCommit() ? work.run(own) : alone(own, work));
  }

  /** {@code onHost} on the host's connection, or {@code onOwn} on one of the data source's. */
  private <T> T on(@Nullable String processId, Work<T> onHost, Work<T> onOwn) {
    Connection connection = host;
    if (connection != null) {
      return Failures.run(processId, () -> onHost.run(connection));
    }
    DataSource source = dataSource;
    if (source == null) {
      throw new IllegalStateException("neither a data source nor a connection");
    }
    return Failures.run(
        processId,
        () -> {
          try (Connection own = source.getConnection()) {
            return onOwn.run(own);
          }
        });
  }

  private static <T> T onHost(Connection connection, Work<T> work) throws SQLException {
    if (!connection.getAutoCommit()) {
      return work.run(connection);
    }
    return alone(connection, work);
  }

  /** Runs {@code work} in a transaction of its own on {@code connection}, then commits. */
  private static <T> T alone(Connection connection, Work<T> work) throws SQLException {
    boolean autoCommit = connection.getAutoCommit();
    if (autoCommit) {
      connection.setAutoCommit(false);
    }
    try {
      T result = work.run(connection);
      connection.commit();
      return result;
    } catch (SQLException | RuntimeException | Error e) {
      rollBack(connection, e);
      throw e;
    } finally {
      if (autoCommit) {
        restoreAutoCommit(connection);
      }
    }
  }

  private static void restoreAutoCommit(Connection connection) {
    try {
      if (!connection.isClosed()) {
        connection.setAutoCommit(true);
      }
    } catch (SQLException e) {
      // the connection is broken; the pool discards it, and the failure that broke it is thrown
    }
  }

  private static void rollBack(Connection connection, Throwable failure) {
    try {
      if (!connection.isClosed()) {
        connection.rollback();
      }
    } catch (SQLException e) {
      failure.addSuppressed(e);
    }
  }
}
