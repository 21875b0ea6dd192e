package no.levehelelivet.store.jdbc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Proxy;
import java.sql.Connection;
import java.sql.SQLException;
import no.levehelelivet.store.StoreCode;
import no.levehelelivet.store.StoreException;
import org.h2.jdbcx.JdbcDataSource;
import org.junit.jupiter.api.Test;

/** Work runs in a transaction of its own where it needs one, and the connection is given back. */
class TransactionsTest {

  private static JdbcDataSource h2(String name) {
    JdbcDataSource h2 = new JdbcDataSource();
    h2.setURL("jdbc:h2:mem:transactions-" + name + ";DB_CLOSE_DELAY=-1");
    return h2;
  }

  @Test
  void workOnAHostConnectionInAutoCommitRunsInATransactionAndLeavesItInAutoCommit()
      throws SQLException {
    try (Connection host = h2("host").getConnection()) {
      boolean autoCommitInside = Transactions.within(host).run(null, Connection::getAutoCommit);

      assertThat(autoCommitInside).isFalse();
      assertThat(host.getAutoCommit()).isTrue();
    }
  }

  @Test
  void workOnAHostConnectionInItsOwnTransactionJoinsIt() throws SQLException {
    try (Connection host = h2("joined").getConnection()) {
      host.setAutoCommit(false);

      boolean autoCommitInside = Transactions.within(host).run(null, Connection::getAutoCommit);

      assertThat(autoCommitInside).isFalse();
      assertThat(host.getAutoCommit()).isFalse();
    }
  }

  @Test
  void readsOnAConnectionInAutoCommitRunAsItIsWithNoTransaction() {
    boolean autoCommitInside = Transactions.on(h2("reads")).read(null, Connection::getAutoCommit);

    assertThat(autoCommitInside).isTrue();
  }

  @Test
  void aRollbackThatFailsTooIsKeptBesideTheFailureOfTheWork() throws SQLException {
    SQLException broken = new SQLException("rollback failed", "08006");
    try (Connection real = h2("rollback").getConnection()) {
      Connection host =
          (Connection)
              Proxy.newProxyInstance(
                  Connection.class.getClassLoader(),
                  new Class<?>[] {Connection.class},
                  (proxy, method, args) -> {
                    if (method.getName().equals("rollback")) {
                      throw broken;
                    }
                    try {
                      return method.invoke(real, args);
                    } catch (InvocationTargetException e) {
                      throw e.getCause();
                    }
                  });
      SQLException failure = new SQLException("write failed", "23505");

      assertThatThrownBy(
              () ->
                  Transactions.within(host)
                      .run(
                          "vefsn-lhl-1",
                          connection -> {
                            throw failure;
                          }))
          .isInstanceOfSatisfying(
              StoreException.class,
              e -> {
                assertThat(e.code()).isEqualTo(StoreCode.DATABASE_FAILED);
                assertThat(e.getCause()).isSameAs(failure);
              });
      assertThat(failure.getSuppressed()).containsExactly(broken);
      assertThat(real.getAutoCommit()).isTrue();
    }
  }
}
