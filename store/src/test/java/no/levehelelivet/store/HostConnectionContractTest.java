package no.levehelelivet.store;

import com.zaxxer.hikari.HikariDataSource;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import no.levehelelivet.store.jdbc.Dialect;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.io.TempDir;

/**
 * The view of the store on a host's own connection ({@code using(connection)}) keeps every promise
 * of the contract: on a connection in auto-commit mode each call is a transaction of its own, as
 * the store's own calls are. Run with no cache, so every step reads its rows on that connection.
 */
class HostConnectionContractTest extends ProcessStoreContract {

  @TempDir Path folder;

  private HikariDataSource database;
  private final List<Connection> connections = new ArrayList<>();

  @BeforeEach
  void openDatabase() {
    database = Databases.h2(folder);
  }

  @AfterEach
  void closeDatabase() throws SQLException {
    for (Connection connection : connections) {
      connection.close();
    }
    database.close();
  }

  @Override
  protected ProcessStore newStore(StoreOptions options) {
    try {
      Connection connection = database.getConnection();
      connections.add(connection);
      return Databases.store(database, Dialect.H2, options.withCacheBytes(0)).using(connection);
    } catch (SQLException e) {
      throw new IllegalStateException(e);
    }
  }
}
