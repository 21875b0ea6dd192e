package no.levehelelivet.store.jdbc;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.Locale;
import no.levehelelivet.store.StoreCode;
import no.levehelelivet.store.StoreException;

/**
 * The SQL dialect of a database the store runs on (<i>SQL-dialekt</i>): embedded H2, the default
 * with no server, or PostgreSQL 14 or newer for production. Each has its DDL in the jar, at {@link
 * #ddlResource()}, named so that Flyway runs it unchanged.
 */
public enum Dialect {
  /** H2 2.x, embedded in the application, in a file: no server to run. */
  H2("h2"),
  /** PostgreSQL 14 or newer. */
  POSTGRESQL("postgresql");

  /** The name of the DDL file in each dialect's folder, a Flyway versioned migration. */
  public static final String DDL_FILE = "V1__levehelelivet_store.sql";

  private final String folder;

  Dialect(String folder) {
    this.folder = folder;
  }

  /**
   * {@return the classpath location of the DDL that creates the store's tables with the default
   * prefix {@code lhl_}, for example {@code
   * no/levehelelivet/store/jdbc/postgresql/V1__levehelelivet_store.sql}}; point Flyway at its
   * folder ({@code classpath:no/levehelelivet/store/jdbc/postgresql}).
   */
  public String ddlResource() {
    return "no/levehelelivet/store/jdbc/" + folder + "/" + DDL_FILE;
  }

  /**
   * {@return the Flyway location of the DDL, {@code classpath:} and the folder of {@link
   * #ddlResource()}}
   */
  public String flywayLocation() {
    return "classpath:no/levehelelivet/store/jdbc/" + folder;
  }

  /**
   * {@return the dialect of the database {@code connection} is connected to, from its product name}
   *
   * @param connection an open connection to the database
   * @throws StoreException ({@code LHL-L-900}) if it is neither H2 nor PostgreSQL, or the driver
   *     fails
   */
  public static Dialect of(Connection connection) {
    String product;
    try {
      product = connection.getMetaData().getDatabaseProductName();
    } catch (SQLException e) {
      throw StoreException.of(
          StoreCode.DATABASE_FAILED, null, 0, "could not read the database's name", e);
    }
    String name = String.valueOf(product).toLowerCase(Locale.ROOT);
    if (name.contains("h2")) {
      return H2;
    }
    if (name.contains("postgres")) {
      return POSTGRESQL;
    }
    throw StoreException.of(
        StoreCode.DATABASE_FAILED,
        null,
        0,
        "the database is " + product + "; the store runs on H2 and PostgreSQL",
        null);
  }
}
