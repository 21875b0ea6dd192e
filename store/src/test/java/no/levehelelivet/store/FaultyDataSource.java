package no.levehelelivet.store;

import java.lang.reflect.InvocationHandler;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Proxy;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Set;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Predicate;
import javax.sql.DataSource;

/**
 * A data source whose connections fail once at a chosen point: before a statement whose SQL
 * matches, or before a commit (the SQL {@code "COMMIT"}). There the connection dies (it closes its
 * real connection and throws), throws without closing, or pauses until the test lets it go on, so
 * that the test can kill the server's backend meanwhile.
 */
final class FaultyDataSource {

  /** What the connection does at the chosen point. */
  enum Action {
    /** Closes the real connection, so the database rolls its transaction back, and throws. */
    DIE,
    /** Throws, leaving the connection open. */
    THROW,
    /**
     * Tells the test it is there (with the backend pid, on PostgreSQL), waits until the test lets
     * it go, then runs the statement.
     */
    PAUSE
  }

  /** The SQL a commit stands for. */
  static final String COMMIT = "COMMIT";

  private static final Set<String> EXECUTES =
      Set.of(
          "execute",
          "executeQuery",
          "executeUpdate",
          "executeBatch",
          "executeLargeUpdate",
          "executeLargeBatch");

  /** The chosen point and what happens there; fires once. */
  static final class Trap {
    private final Predicate<String> where;
    private final Action action;
    private final AtomicBoolean armed = new AtomicBoolean(true);
    final CountDownLatch reached = new CountDownLatch(1);
    final CountDownLatch resume = new CountDownLatch(1);
    private final AtomicInteger backend = new AtomicInteger();

    Trap(Predicate<String> where, Action action) {
      this.where = where;
      this.action = action;
    }

    /** Whether the trap has fired. */
    boolean fired() {
      return !armed.get();
    }

    /** The PostgreSQL backend pid of the connection that paused; 0 before it pauses. */
    int backendPid() {
      return backend.get();
    }

    void disarm() {
      armed.set(false);
    }

    void before(Connection real, String sql) throws SQLException {
      if (!where.test(sql) || !armed.compareAndSet(true, false)) {
        return;
      }
      switch (action) {
        case DIE -> {
          real.close();
          throw new SQLException("the connection died before: " + sql, "08006");
        }
        case THROW -> throw new SQLException("the statement failed: " + sql, "08000");
        case PAUSE -> {
          if (real.getMetaData().getDatabaseProductName().contains("PostgreSQL")) {
            try (Statement statement = real.createStatement();
                ResultSet row = statement.executeQuery("SELECT pg_backend_pid()")) {
              row.next();
              backend.set(row.getInt(1));
            }
          }
          reached.countDown();
          try {
            if (!resume.await(1, TimeUnit.MINUTES)) {
              throw new SQLException("the test never let the statement go on");
            }
          } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new SQLException("interrupted", e);
          }
        }
      }
    }
  }

  private FaultyDataSource() {}

  /** Connections of {@code real} that spring {@code trap}. */
  static DataSource of(DataSource real, Trap trap) {
    return proxy(
        DataSource.class,
        (proxy, method, args) -> {
          Object result = invoke(real, method, args);
          if (method.getName().equals("getConnection")) {
            return connection((Connection) result, trap);
          }
          return result;
        });
  }

  private static Connection connection(Connection real, Trap trap) {
    return proxy(
        Connection.class,
        (proxy, method, args) -> {
          String name = method.getName();
          if (name.equals("commit")) {
            trap.before(real, COMMIT);
          }
          Object result = invoke(real, method, args);
          if (name.equals("prepareStatement")) {
            return statement((PreparedStatement) result, real, (String) args[0], trap);
          }
          return result;
        });
  }

  private static PreparedStatement statement(
      PreparedStatement real, Connection connection, String sql, Trap trap) {
    return proxy(
        PreparedStatement.class,
        (proxy, method, args) -> {
          if (EXECUTES.contains(method.getName())) {
            trap.before(connection, sql);
          }
          return invoke(real, method, args);
        });
  }

  private static Object invoke(Object target, Method method, Object[] args) throws Throwable {
    try {
      return method.invoke(target, args);
    } catch (InvocationTargetException e) {
      Throwable cause = e.getCause();
      throw cause == null ? e : cause;
    }
  }

  private static <T> T proxy(Class<T> type, InvocationHandler handler) {
    return type.cast(
        Proxy.newProxyInstance(
            FaultyDataSource.class.getClassLoader(), new Class<?>[] {type}, handler));
  }
}
