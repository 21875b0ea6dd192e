package no.levehelelivet.store;

import static no.levehelelivet.store.Fixtures.ADMIN;
import static no.levehelelivet.store.Fixtures.KEY;
import static no.levehelelivet.store.Fixtures.LEAD;
import static no.levehelelivet.store.Fixtures.hour;
import static no.levehelelivet.store.Fixtures.started;
import static no.levehelelivet.store.StoreAssertions.assertStoreCode;
import static no.levehelelivet.store.StoreAssertions.saved;
import static org.assertj.core.api.Assertions.assertThat;

import com.zaxxer.hikari.HikariDataSource;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import no.levehelelivet.process.Command;
import no.levehelelivet.process.ProcessInstance;
import no.levehelelivet.process.StandardProcess;
import no.levehelelivet.store.jdbc.Dialect;
import no.levehelelivet.store.jdbc.JdbcProcessStore;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The store on an H2 file database keeps every promise of the contract; and, since two stores can
 * share its tables, a store not given a process's chain key cannot load it, and a redacted text is
 * gone from the rows themselves.
 */
class H2StoreContractTest extends ProcessStoreContract {

  @TempDir Path folder;

  private HikariDataSource database;

  @BeforeEach
  void openDatabase() {
    database = Databases.h2(folder);
  }

  @AfterEach
  void closeDatabase() {
    database.close();
  }

  @Override
  protected JdbcProcessStore newStore(StoreOptions options) {
    return Databases.store(database, Dialect.H2, options);
  }

  /** Another store on the same tables as {@code store}, with {@code options}. */
  private JdbcProcessStore sameTables(JdbcProcessStore store, StoreOptions options) {
    return JdbcProcessStore.builder(database)
        .dialect(Dialect.H2)
        .tablePrefix(store.tables().prefix())
        .options(options)
        .build();
  }

  @Test
  void aStoreWithoutTheChainKeyCannotLoadASealedProcess() {
    JdbcProcessStore keyed = newStore(StoreOptions.defaults().withChainKey(KEY));
    saved(keyed.create(started("vefsn-lhl-1").withChainKey(KEY)));
    Command step = Fixtures.record(ADMIN, StandardProcess.POLITICAL_ANCHORING);
    saved(keyed.apply("vefsn-lhl-1", step, hour(1)));
    JdbcProcessStore keyless = sameTables(keyed, StoreOptions.defaults());

    assertStoreCode(() -> keyless.load("vefsn-lhl-1"), StoreCode.CHAIN_KEY_UNKNOWN);
    assertThat(keyless.verifyAll(AuditProgress.NONE).broken())
        .extracting(BrokenChain::code)
        .containsExactly(StoreCode.CHAIN_KEY_UNKNOWN);
    assertThat(sameTables(keyed, StoreOptions.defaults().withChainKey(KEY)).load("vefsn-lhl-1"))
        .isEqualTo(keyed.load("vefsn-lhl-1"));
  }

  @Test
  void twoStoresOnTheSameTablesTakeTurnsWithoutLosingAStep() {
    JdbcProcessStore first = newStore(StoreOptions.defaults());
    JdbcProcessStore second = sameTables(first, StoreOptions.defaults());
    List<Command> steps = Fixtures.stepsTo(StandardProcess.PLAN_AND_DECIDE);
    ProcessInstance expected = Fixtures.fired(started("vefsn-lhl-1"), steps);
    saved(first.create(started("vefsn-lhl-1")));

    for (int i = 0; i < steps.size(); i++) {
      JdbcProcessStore turn = i % 2 == 0 ? first : second;
      assertThat(saved(turn.apply("vefsn-lhl-1", steps.get(i), hour(i + 1))).version())
          .isEqualTo(i + 2);
    }

    assertThat(first.load("vefsn-lhl-1")).isEqualTo(expected);
    assertThat(second.load("vefsn-lhl-1")).isEqualTo(expected);
    Command late =
        Fixtures.record(LEAD, StandardProcess.ACTORS_MOBILISED).withExpectedVersion(steps.size());
    assertThat(first.apply("vefsn-lhl-1", late, hour(20)))
        .isEqualTo(Conflict.of("vefsn-lhl-1", steps.size(), steps.size() + 1));
  }

  @Test
  void aRedactedTextIsGoneFromTheRows() throws SQLException {
    JdbcProcessStore store = newStore(StoreOptions.defaults());
    String name = "Ola Nordmann, født 1941";
    saved(store.create(started("vefsn-lhl-1").withSalts(Fixtures.seeded(42))));
    saved(
        store.apply("vefsn-lhl-1", Command.answer("what-is-useful-for-you", LEAD, name), hour(1)));
    assertThat(rowsHolding(store, name)).isEqualTo(1);

    saved(store.redact("vefsn-lhl-1", LEAD, "innsynskrav 2026/77", List.of(2L), hour(2)));

    assertThat(rowsHolding(store, name)).isZero();
    assertThat(store.load("vefsn-lhl-1").journal().verify().isIntact()).isTrue();
  }

  /** How many entry rows hold {@code text} in their bytes. */
  private int rowsHolding(JdbcProcessStore store, String text) throws SQLException {
    byte[] wanted = text.getBytes(StandardCharsets.UTF_8);
    int holding = 0;
    try (Connection connection = database.getConnection();
        Statement statement = connection.createStatement();
        ResultSet rows = statement.executeQuery("SELECT entry FROM " + store.tables().entry())) {
      while (rows.next()) {
        holding += contains(rows.getBytes(1), wanted) ? 1 : 0;
      }
    }
    return holding;
  }

  private static boolean contains(byte[] bytes, byte[] wanted) {
    for (int at = 0; at + wanted.length <= bytes.length; at++) {
      int i = 0;
      while (i < wanted.length && bytes[at + i] == wanted[i]) {
        i++;
      }
      if (i == wanted.length) {
        return true;
      }
    }
    return false;
  }
}
