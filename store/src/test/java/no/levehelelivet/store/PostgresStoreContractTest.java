package no.levehelelivet.store;

import com.zaxxer.hikari.HikariDataSource;
import no.levehelelivet.store.jdbc.Dialect;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;

/**
 * The store on PostgreSQL keeps every promise of the contract; each store has tables of its own on
 * the server of the test run.
 */
class PostgresStoreContractTest extends ProcessStoreContract {

  private static HikariDataSource database;

  @BeforeAll
  static void openDatabase() {
    database = Databases.postgres(4);
  }

  @AfterAll
  static void closeDatabase() {
    database.close();
  }

  @Override
  protected ProcessStore newStore(StoreOptions options) {
    return Databases.store(database, Dialect.POSTGRESQL, options);
  }
}
