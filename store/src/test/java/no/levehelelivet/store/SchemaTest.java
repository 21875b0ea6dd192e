package no.levehelelivet.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import javax.sql.DataSource;
import no.levehelelivet.store.jdbc.Dialect;
import no.levehelelivet.store.jdbc.JdbcProcessStore;
import no.levehelelivet.store.jdbc.Tables;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.output.MigrateResult;
import org.h2.jdbcx.JdbcDataSource;
import org.junit.jupiter.api.Test;
import org.postgresql.ds.PGSimpleDataSource;

/**
 * The DDL in the jar, run by Flyway as it is, gives the same tables, columns and indexes as {@link
 * JdbcProcessStore#createSchema()}; and a table prefix is checked before it reaches any SQL.
 */
class SchemaTest {

  @Test
  void flywayAndCreateSchemaGiveTheSameSchemaOnH2() throws SQLException {
    DataSource flyway = h2("flyway");
    DataSource created = h2("created");

    MigrateResult result =
        Flyway.configure()
            .dataSource(flyway)
            .locations(Dialect.H2.flywayLocation())
            .load()
            .migrate();
    assertThat(result.migrationsExecuted).isEqualTo(1);
    JdbcProcessStore store = JdbcProcessStore.builder(created).dialect(Dialect.H2).build();
    store.createSchema();
    store.createSchema(); // a second time changes nothing

    String columns =
        "SELECT table_name, column_name, data_type, is_nullable, character_maximum_length,"
            + " numeric_precision FROM information_schema.columns"
            + " WHERE table_schema = 'PUBLIC' AND table_name LIKE 'LHL%'"
            + " ORDER BY table_name, column_name";
    String indexes =
        "SELECT table_name, index_name, index_type_name FROM information_schema.indexes"
            + " WHERE table_schema = 'PUBLIC' AND table_name LIKE 'LHL%'"
            + " AND index_name NOT LIKE 'PRIMARY_KEY%' AND index_name NOT LIKE 'CONSTRAINT%'"
            + " ORDER BY table_name, index_name";
    List<String> flywayColumns = rows(flyway, columns);
    assertThat(flywayColumns).hasSizeGreaterThan(30);
    assertThat(rows(created, columns)).isEqualTo(flywayColumns);
    assertThat(rows(created, indexes)).isEqualTo(rows(flyway, indexes)).hasSize(5);
  }

  @Test
  void flywayAndCreateSchemaGiveTheSameSchemaOnPostgres() throws SQLException {
    DataSource server = Databases.postgresUnpooled();
    String suffix = Databases.freshPrefix();
    String flywaySchema = "fw_" + suffix;
    String createdSchema = "cs_" + suffix;
    try (Connection connection = server.getConnection();
        Statement statement = connection.createStatement()) {
      statement.execute("CREATE SCHEMA " + flywaySchema);
      statement.execute("CREATE SCHEMA " + createdSchema);
    }
    MigrateResult result =
        Flyway.configure()
            .dataSource(server)
            .schemas(flywaySchema)
            .locations(Dialect.POSTGRESQL.flywayLocation())
            .load()
            .migrate();
    assertThat(result.migrationsExecuted).isEqualTo(1);
    JdbcProcessStore store =
        JdbcProcessStore.builder(inSchema(server, createdSchema))
            .dialect(Dialect.POSTGRESQL)
            .build();
    store.createSchema();
    store.createSchema();

    String columns =
        "SELECT table_name, column_name, data_type, is_nullable, character_maximum_length,"
            + " collation_name, column_default IS NOT NULL, is_identity"
            + " FROM information_schema.columns"
            + " WHERE table_schema = ? AND table_name LIKE 'lhl%'"
            + " ORDER BY table_name, column_name";
    String indexes =
        "SELECT tablename, indexname, replace(indexdef, schemaname || '.', '')"
            + " FROM pg_indexes WHERE schemaname = ? AND tablename LIKE 'lhl%'"
            + " ORDER BY tablename, indexname";
    List<String> flywayColumns = rows(server, columns, flywaySchema);
    assertThat(flywayColumns).hasSizeGreaterThan(30);
    assertThat(rows(server, columns, createdSchema)).isEqualTo(flywayColumns);
    List<String> flywayIndexes = rows(server, indexes, flywaySchema);
    assertThat(flywayIndexes).anyMatch(index -> index.contains("WHERE (completed_at IS NULL)"));
    assertThat(rows(server, indexes, createdSchema)).isEqualTo(flywayIndexes);
  }

  @Test
  void aTablePrefixMustBeAPlainLowerCaseIdentifier() {
    assertThat(Tables.withPrefix("kommune_a1_").entry()).isEqualTo("kommune_a1_entry");
    for (String bad :
        List.of(
            "",
            "1lhl_",
            "LHL_",
            "lhl-",
            "lhl_; DROP TABLE x;--",
            "lhl_\"",
            "æøå_",
            "a".repeat(21))) {
      assertThatThrownBy(() -> Tables.withPrefix(bad))
          .isInstanceOfSatisfying(
              StoreException.class,
              e -> assertThat(e.code()).isEqualTo(StoreCode.INVALID_TABLE_PREFIX))
          .hasMessageStartingWith("LHL-L-008: ");
    }
    assertThat(Tables.withPrefix("a".repeat(20)).prefix()).hasSize(20);
  }

  private static DataSource h2(String name) {
    JdbcDataSource h2 = new JdbcDataSource();
    h2.setURL("jdbc:h2:mem:" + name + Databases.freshPrefix() + ";DB_CLOSE_DELAY=-1");
    return h2;
  }

  /** The server's data source with {@code schema} first on the search path. */
  private static DataSource inSchema(DataSource server, String schema) throws SQLException {
    PGSimpleDataSource source = new PGSimpleDataSource();
    try (Connection connection = server.getConnection()) {
      source.setURL(connection.getMetaData().getURL());
      source.setUser(connection.getMetaData().getUserName());
    }
    if (server instanceof PGSimpleDataSource given && given.getPassword() != null) {
      source.setPassword(given.getPassword());
    }
    source.setCurrentSchema(schema);
    return source;
  }

  private static List<String> rows(DataSource source, String sql, String... parameters)
      throws SQLException {
    List<String> rows = new ArrayList<>();
    try (Connection connection = source.getConnection();
        PreparedStatement statement = connection.prepareStatement(sql)) {
      for (int i = 0; i < parameters.length; i++) {
        statement.setString(i + 1, parameters[i]);
      }
      try (ResultSet row = statement.executeQuery()) {
        int columns = row.getMetaData().getColumnCount();
        while (row.next()) {
          StringBuilder line = new StringBuilder();
          for (int c = 1; c <= columns; c++) {
            line.append(c == 1 ? "" : " | ").append(row.getString(c));
          }
          rows.add(line.toString());
        }
      }
    }
    return rows;
  }
}
