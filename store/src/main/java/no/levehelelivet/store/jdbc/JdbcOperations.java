package no.levehelelivet.store.jdbc;

import com.google.common.collect.ImmutableList;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import no.levehelelivet.process.Actor;
import no.levehelelivet.process.Command;
import no.levehelelivet.process.ProcessDefinition;
import no.levehelelivet.process.ProcessInstance;
import no.levehelelivet.process.ProcessStatus;
import no.levehelelivet.store.AuditProgress;
import no.levehelelivet.store.AuditReport;
import no.levehelelivet.store.BrokenChain;
import no.levehelelivet.store.Outbox;
import no.levehelelivet.store.Portfolio;
import no.levehelelivet.store.ProcessPage;
import no.levehelelivet.store.ProcessQuery;
import no.levehelelivet.store.ProcessStore;
import no.levehelelivet.store.ProcessSummary;
import no.levehelelivet.store.StoreCode;
import no.levehelelivet.store.StoreException;
import no.levehelelivet.store.StoreResult;
import no.levehelelivet.store.internal.StoreEngine;
import no.levehelelivet.store.internal.StoredProcess;

/**
 * The store's operations on the database, each in one transaction of {@link Transactions}: its own,
 * or the host's.
 */
final class JdbcOperations implements ProcessStore {

  private static final int AUDIT_PAGE = 200;

  private final Transactions transactions;
  private final Sql sql;
  private final Definitions definitions;
  private final StoreEngine engine;
  private final Outbox outbox;

  JdbcOperations(Transactions transactions, Sql sql, Definitions definitions, StoreEngine engine) {
    this.transactions = transactions;
    this.sql = sql;
    this.definitions = definitions;
    this.engine = engine;
    this.outbox = new JdbcOutbox(transactions, sql, definitions, engine.options().clock());
  }

  private JdbcBackend backend(Connection connection) {
    return new JdbcBackend(connection, sql, definitions);
  }

  @Override
  public void register(ProcessDefinition definition) {
    transactions.run(null, connection -> backend(connection).keep(definition));
  }

  @Override
  public Optional<ProcessDefinition> definition(String id, int version) {
    return transactions.read(null, connection -> backend(connection).definition(id, version));
  }

  @Override
  public ImmutableList<ProcessDefinition> definitions() {
    return transactions.read(null, definitions::all);
  }

  @Override
  public StoreResult create(ProcessInstance instance) {
    return transactions.run(
        instance.id(), connection -> engine.create(backend(connection), instance));
  }

  @Override
  public ProcessInstance load(String id) {
    return transactions.read(id, connection -> engine.load(backend(connection), id));
  }

  @Override
  public Optional<ProcessInstance> find(String id) {
    return transactions.read(id, connection -> engine.find(backend(connection), id));
  }

  @Override
  public ProcessInstance asOf(String id, long sequence) {
    return transactions.read(id, connection -> engine.asOf(backend(connection), id, sequence));
  }

  @Override
  public StoreResult apply(String id, Command command, Clock clock) {
    return transactions.run(
        id, connection -> engine.apply(backend(connection), id, command, clock));
  }

  @Override
  public StoreResult redact(
      String id, Actor actor, String reason, Collection<Long> sequences, Clock clock) {
    return transactions.run(
        id, connection -> engine.redact(backend(connection), id, actor, reason, sequences, clock));
  }

  @Override
  public Optional<ProcessSummary> summary(String id) {
    return transactions.read(
        id, connection -> backend(connection).summary(id).map(JdbcBackend.Summary::summary));
  }

  @Override
  public ProcessPage processes(ProcessQuery query) {
    Filter filter = Filter.of(query, true);
    String select =
        "SELECT "
            + JdbcBackend.SUMMARY_COLUMNS
            + " FROM "
            + sql.tables.process()
            + filter.where()
            + " ORDER BY process_id FETCH FIRST ? ROWS ONLY";
    return transactions.read(
        null,
        connection -> {
          List<ProcessSummary> page = new ArrayList<>();
          try (PreparedStatement statement = connection.prepareStatement(select)) {
            int next = filter.bind(statement);
            statement.setInt(next, query.limit());
            try (ResultSet rows = statement.executeQuery()) {
              while (rows.next()) {
                page.add(JdbcBackend.summaryOf(rows).summary());
              }
            }
          }
          return ProcessPage.of(query, page);
        });
  }

  @Override
  public Portfolio portfolio(ProcessQuery query) {
    Filter filter = Filter.of(query, false);
    String select =
        "SELECT phase, status, COUNT(*) FROM "
            + sql.tables.process()
            + filter.where()
            + " GROUP BY phase, status";
    return transactions.read(
        null,
        connection -> {
          Map<String, Map<ProcessStatus, Long>> counts = new TreeMap<>();
          try (PreparedStatement statement = connection.prepareStatement(select)) {
            filter.bind(statement);
            try (ResultSet rows = statement.executeQuery()) {
              while (rows.next()) {
                counts
                    .computeIfAbsent(rows.getString(1), phase -> new TreeMap<>())
                    .put(ProcessStatus.fromCode(rows.getString(2)), rows.getLong(3));
              }
            }
          }
          return Portfolio.of(counts);
        });
  }

  @Override
  public Outbox outbox() {
    return outbox;
  }

  @Override
  public AuditReport verifyAll(AuditProgress progress) {
    long total =
        transactions.read(
            null,
            connection -> {
              try (PreparedStatement count = connection.prepareStatement(sql.countProcesses);
                  ResultSet row = count.executeQuery()) {
                row.next();
                return row.getLong(1);
              }
            });
    List<BrokenChain> broken = new ArrayList<>();
    long checked = 0;
    String after = "";
    while (true) {
      String from = after;
      List<String> ids = transactions.read(null, connection -> ids(connection, from));
      for (String id : ids) {
        Optional<StoreException> failure =
            transactions.read(
                id,
                connection -> {
                  JdbcBackend backend = backend(connection);
                  Optional<StoredProcess> stored;
                  try {
                    stored = backend.read(id);
                  } catch (StoreException e) {
                    return Optional.of(e);
                  }
                  if (stored.isEmpty()) {
                    return Optional.<StoreException>empty();
                  }
                  Optional<StoreException> failed = engine.check(backend, stored.get());
                  return failed.isPresent() ? failed : strayRows(backend, stored.get());
                });
        failure.ifPresent(e -> broken.add(BrokenChain.of(e)));
        checked++;
        progress.checked(checked, Math.max(total, checked), broken.size());
      }
      if (ids.size() < AUDIT_PAGE) {
        return AuditReport.of(checked, broken);
      }
      after = ids.get(ids.size() - 1);
    }
  }

  /**
   * A failure if entry rows are stored beyond the head of {@code process} and its summary row has
   * not moved on meanwhile (a step committed since the read would explain them).
   */
  private static Optional<StoreException> strayRows(JdbcBackend backend, StoredProcess process)
      throws SQLException {
    ProcessSummary summary = process.summary();
    long next = summary.version() + 1;
    if (!backend.beyond(summary.id(), next)) {
      return Optional.empty();
    }
    Optional<StoredProcess> now = backend.head(summary.id());
    if (now.isPresent() && now.get().summary().version() != summary.version()) {
      return Optional.empty();
    }
    return Optional.of(
        StoreException.of(
            StoreCode.CHAIN_BROKEN,
            summary.id(),
            next,
            "entry rows are stored beyond the head, which is entry " + summary.version(),
            null));
  }

  private List<String> ids(Connection connection, String after) throws SQLException {
    List<String> ids = new ArrayList<>();
    try (PreparedStatement select = connection.prepareStatement(sql.selectIds)) {
      select.setString(1, after);
      select.setInt(2, AUDIT_PAGE);
      try (ResultSet rows = select.executeQuery()) {
        while (rows.next()) {
          ids.add(rows.getString(1));
        }
      }
    }
    return ids;
  }
}
