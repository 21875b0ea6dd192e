package no.levehelelivet.store.jdbc;

import com.google.common.collect.ImmutableList;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import javax.sql.DataSource;
import no.levehelelivet.core.CoreCode;
import no.levehelelivet.process.Actor;
import no.levehelelivet.process.Command;
import no.levehelelivet.process.ProcessDefinition;
import no.levehelelivet.process.ProcessInstance;
import no.levehelelivet.store.AuditProgress;
import no.levehelelivet.store.AuditReport;
import no.levehelelivet.store.Outbox;
import no.levehelelivet.store.Portfolio;
import no.levehelelivet.store.ProcessPage;
import no.levehelelivet.store.ProcessQuery;
import no.levehelelivet.store.ProcessStore;
import no.levehelelivet.store.ProcessSummary;
import no.levehelelivet.store.StoreCode;
import no.levehelelivet.store.StoreException;
import no.levehelelivet.store.StoreOptions;
import no.levehelelivet.store.StoreResult;
import no.levehelelivet.store.internal.StoreEngine;
import org.jspecify.annotations.Nullable;

/**
 * The process store in a database through plain JDBC (<i>databaselager</i>): embedded H2 by
 * default, PostgreSQL in production. The host brings its driver and its {@link DataSource} (a
 * pool); the store takes a connection per call and gives it back.
 *
 * <pre>{@code
 * JdbcDataSource h2 = new JdbcDataSource();              // org.h2.jdbcx
 * h2.setURL("jdbc:h2:file:./data/levehelelivet");
 * JdbcProcessStore store = JdbcProcessStore.builder(h2).build();
 * store.createSchema();
 * }</pre>
 *
 * <p>Each call runs in one transaction of its own, with the isolation the connection has (read
 * committed is enough): optimistic concurrency needs no lock held between loading and saving. To
 * save a step together with the host's own rows, run it on the host's connection with {@link
 * #using(Connection)}: the store then never commits or rolls back. Several application nodes may
 * share one database: two writers of the same process never both store a step on the same version
 * (the second gets a {@link no.levehelelivet.store.Conflict}), and the outbox is drained by any
 * number of nodes at once.
 *
 * <p>Thread-safe.
 */
public final class JdbcProcessStore implements ProcessStore {

  private final DataSource dataSource;
  private final Dialect dialect;
  private final Tables tables;
  private final Sql sql;
  private final Definitions definitions;
  private final StoreEngine engine;
  private final JdbcOperations own;

  private JdbcProcessStore(
      DataSource dataSource, Dialect dialect, Tables tables, StoreOptions options) {
    this.dataSource = dataSource;
    this.dialect = dialect;
    this.tables = tables;
    this.sql = new Sql(dialect, tables);
    this.definitions = new Definitions(sql);
    this.engine = new StoreEngine(options);
    this.own = new JdbcOperations(Transactions.on(dataSource), sql, definitions, engine);
  }

  /**
   * {@return a builder of a store on {@code dataSource}}
   *
   * @param dataSource where the store gets its connections; each call runs in a transaction of its
   *     own
   */
  public static Builder builder(DataSource dataSource) {
    return new Builder(dataSource);
  }

  /** {@return the store's dialect} */
  public Dialect dialect() {
    return dialect;
  }

  /** {@return the store's tables} */
  public Tables tables() {
    return tables;
  }

  /**
   * Creates the store's tables and indexes where they do not exist yet (<i>opprette skjema</i>),
   * with the same statements as the DDL in the jar ({@link Dialect#ddlResource()}), renamed to the
   * store's prefix. For an embedded database; in production, run the DDL with the host's migration
   * tool instead.
   *
   * @throws StoreException ({@code LHL-L-900}) if the database fails
   */
  public void createSchema() {
    List<String> statements = statements(dialect, tables);
    Transactions.on(dataSource)
        .run(
            null,
            connection -> {
              try (Statement statement = connection.createStatement()) {
                for (String ddl : statements) {
                  statement.execute(ddl);
                }
              }
              return true;
            });
  }

  /**
   * {@return this store working inside the host's transaction on {@code connection} (<i>i vertens
   * transaksjon</i>): every call runs on it, and the store never commits, rolls back or closes it,
   * so that the host saves its own rows and the step atomically, or neither} A connection in
   * auto-commit mode gets a transaction per call instead. Use the view from the thread that owns
   * the connection, for as long as the host's transaction lasts.
   *
   * @param connection the host's connection, in the host's transaction
   */
  public ProcessStore using(Connection connection) {
    return new JdbcOperations(
        Transactions.within(Objects.requireNonNull(connection, "connection")),
        sql,
        definitions,
        engine);
  }

  /** The DDL of {@code dialect} for {@code tables}, one statement a string. */
  static List<String> statements(Dialect dialect, Tables tables) {
    String ddl;
    try (InputStream in =
        JdbcProcessStore.class.getClassLoader().getResourceAsStream(dialect.ddlResource())) {
      if (in == null) {
        throw new IllegalStateException(
            CoreCode.MISSING_RESOURCE.code() + ": " + dialect.ddlResource() + " is not in the jar");
      }
      ddl = new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new IllegalStateException(
          CoreCode.MISSING_RESOURCE.code() + ": " + dialect.ddlResource() + " cannot be read", e);
    }
    List<String> statements = new ArrayList<>();
    StringBuilder current = new StringBuilder();
    for (String line : ddl.split("\n", -1)) {
      String trimmed = line.strip();
      if (trimmed.startsWith("--") || trimmed.isEmpty()) {
        continue;
      }
      current.append(line).append('\n');
      if (trimmed.endsWith(";")) {
        String statement = current.toString().strip();
        statements.add(tables.rename(statement.substring(0, statement.length() - 1)));
        current.setLength(0);
      }
    }
    return statements;
  }

  @Override
  public void register(ProcessDefinition definition) {
    own.register(definition);
  }

  @Override
  public Optional<ProcessDefinition> definition(String id, int version) {
    return own.definition(id, version);
  }

  @Override
  public ImmutableList<ProcessDefinition> definitions() {
    return own.definitions();
  }

  @Override
  public StoreResult create(ProcessInstance instance) {
    return own.create(instance);
  }

  @Override
  public ProcessInstance load(String id) {
    return own.load(id);
  }

  @Override
  public Optional<ProcessInstance> find(String id) {
    return own.find(id);
  }

  @Override
  public ProcessInstance asOf(String id, long sequence) {
    return own.asOf(id, sequence);
  }

  @Override
  public StoreResult apply(String id, Command command, Clock clock) {
    return own.apply(id, command, clock);
  }

  @Override
  public StoreResult redact(
      String id, Actor actor, String reason, Collection<Long> sequences, Clock clock) {
    return own.redact(id, actor, reason, sequences, clock);
  }

  @Override
  public Optional<ProcessSummary> summary(String id) {
    return own.summary(id);
  }

  @Override
  public ProcessPage processes(ProcessQuery query) {
    return own.processes(query);
  }

  @Override
  public Portfolio portfolio(ProcessQuery query) {
    return own.portfolio(query);
  }

  @Override
  public Outbox outbox() {
    return own.outbox();
  }

  @Override
  public AuditReport verifyAll(AuditProgress progress) {
    return own.verifyAll(progress);
  }

  @Override
  public String toString() {
    return "JdbcProcessStore[" + dialect + ", " + tables.prefix() + "]";
  }

  /** Builds a {@link JdbcProcessStore}; not thread-safe. Obtain one from {@link #builder}. */
  public static final class Builder {

    private final DataSource dataSource;
    private @Nullable Dialect dialect;
    private Tables tables = Tables.withPrefix(Tables.DEFAULT_PREFIX);
    private StoreOptions options = StoreOptions.defaults();

    private Builder(DataSource dataSource) {
      this.dataSource = Objects.requireNonNull(dataSource, "dataSource");
    }

    /**
     * The dialect; if not set, the store asks the database when it is built.
     *
     * @param dialect the database's dialect
     * @return this builder
     */
    public Builder dialect(Dialect dialect) {
      this.dialect = Objects.requireNonNull(dialect, "dialect");
      return this;
    }

    /**
     * The prefix of the table names; {@value Tables#DEFAULT_PREFIX} if not set.
     *
     * @param prefix the prefix of every table name, following the rule of {@link Tables#withPrefix}
     * @return this builder
     * @throws StoreException ({@code LHL-L-008}) if it breaks the rule of {@link Tables#withPrefix}
     */
    public Builder tablePrefix(String prefix) {
      this.tables = Tables.withPrefix(prefix);
      return this;
    }

    /**
     * The chain keys, salt source and outbox clock; {@link StoreOptions#defaults()} if not set.
     *
     * @param options the store's options
     * @return this builder
     */
    public Builder options(StoreOptions options) {
      this.options = Objects.requireNonNull(options, "options");
      return this;
    }

    /**
     * {@return the store} Connects once to learn the dialect if it was not set.
     *
     * @throws StoreException ({@code LHL-L-900}) if that connection fails or the database is
     *     neither H2 nor PostgreSQL
     */
    public JdbcProcessStore build() {
      Dialect chosen = dialect;
      if (chosen == null) {
        try (Connection connection = dataSource.getConnection()) {
          chosen = Dialect.of(connection);
        } catch (SQLException e) {
          throw StoreException.of(
              StoreCode.DATABASE_FAILED, null, 0, "could not connect to learn the dialect", e);
        }
      }
      return new JdbcProcessStore(dataSource, chosen, tables, options);
    }
  }
}
