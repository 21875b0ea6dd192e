package no.levehelelivet.benchmarks;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;

/**
 * PostgreSQL 17 from the embedded binaries, committing as a production server does: {@code fsync},
 * {@code synchronous_commit} and {@code full_page_writes} on, which the embedded defaults turn off.
 * Every benchmark and run on PostgreSQL starts it here, so none measures a server that may lose a
 * commit.
 */
public final class DurablePostgres {

  private DurablePostgres() {}

  /**
   * Starts the server with its data in {@code data}, and refuses to go on if it reports any of the
   * three settings off.
   */
  public static EmbeddedPostgres start(Path data) throws IOException, SQLException {
    EmbeddedPostgres started =
        EmbeddedPostgres.builder()
            .setDataDirectory(data)
            .setCleanDataDirectory(true)
            .setServerConfig("fsync", "on")
            .setServerConfig("synchronous_commit", "on")
            .setServerConfig("full_page_writes", "on")
            .setServerConfig("max_connections", "50")
            .start();
    try (Connection connection = started.getPostgresDatabase().getConnection();
        Statement statement = connection.createStatement();
        ResultSet row =
            statement.executeQuery(
                "SELECT current_setting('fsync'), current_setting('synchronous_commit'),"
                    + " current_setting('full_page_writes')")) {
      row.next();
      for (int column = 1; column <= 3; column++) {
        if (!"on".equals(row.getString(column))) {
          started.close();
          throw new IllegalStateException(
              "PostgreSQL must commit durably: fsync, synchronous_commit and full_page_writes"
                  + " on, but setting "
                  + column
                  + " is "
                  + row.getString(column));
        }
      }
    }
    return started;
  }
}
