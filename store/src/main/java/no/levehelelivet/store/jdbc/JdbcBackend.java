package no.levehelelivet.store.jdbc;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Savepoint;
import java.sql.Types;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;
import no.levehelelivet.core.Municipality;
import no.levehelelivet.process.Effect;
import no.levehelelivet.process.ProcessDefinition;
import no.levehelelivet.process.ProcessStatus;
import no.levehelelivet.process.journal.Digest;
import no.levehelelivet.store.ProcessSummary;
import no.levehelelivet.store.StoreCode;
import no.levehelelivet.store.StoreException;
import no.levehelelivet.store.internal.Backend;
import no.levehelelivet.store.internal.Change;
import no.levehelelivet.store.internal.StoredEntry;
import no.levehelelivet.store.internal.StoredProcess;

/**
 * The rows of the store on one connection, inside the transaction the caller runs: every statement
 * is parameterised, and a lost race is detected by the version in the summary row (an update that
 * finds another version changes nothing) or by the primary key (a second insert of a new process
 * fails and is rolled back to a savepoint).
 */
final class JdbcBackend implements Backend {

  static final String SUMMARY_COLUMNS =
      "process_id, municipality, municipality_name, definition_id, definition_version, phase,"
          + " status, version, head_digest, next_deadline, last_step, chain_key_id, salting";

  private final Connection connection;
  private final Sql sql;
  private final Definitions definitions;

  JdbcBackend(Connection connection, Sql sql, Definitions definitions) {
    this.connection = connection;
    this.sql = sql;
    this.definitions = definitions;
  }

  @Override
  public Optional<StoredProcess> read(String processId) {
    return Failures.run(
        processId,
        () -> {
          Optional<Summary> summary = summary(processId);
          if (summary.isEmpty()) {
            return Optional.empty();
          }
          List<StoredEntry> entries = new ArrayList<>();
          try (PreparedStatement select = connection.prepareStatement(sql.selectEntries)) {
            select.setString(1, processId);
            select.setLong(2, summary.get().summary().version());
            try (ResultSet rows = select.executeQuery()) {
              while (rows.next()) {
                entries.add(new StoredEntry(rows.getLong(1), rows.getBytes(2), rows.getBytes(3)));
              }
            }
          }
          Summary found = summary.get();
          return Optional.of(
              new StoredProcess(found.summary, found.chainKeyId, found.salting, entries));
        });
  }

  @Override
  public Optional<StoredProcess> head(String processId) {
    return Failures.run(
        processId,
        () ->
            summary(processId)
                .map(
                    found ->
                        new StoredProcess(
                            found.summary(), found.chainKeyId(), found.salting(), List.of())));
  }

  /** The summary row of a process, if it is stored. */
  Optional<Summary> summary(String processId) throws SQLException {
    try (PreparedStatement select = connection.prepareStatement(sql.selectSummary)) {
      select.setString(1, processId);
      try (ResultSet row = select.executeQuery()) {
        if (!row.next()) {
          return Optional.empty();
        }
        try {
          return Optional.of(summaryOf(row));
        } catch (RuntimeException e) {
          throw StoreException.of(
              StoreCode.SUMMARY_MISMATCH,
              processId,
              0,
              "the summary row cannot be read: " + e.getMessage(),
              e);
        }
      }
    }
  }

  @Override
  public Optional<ProcessDefinition> definition(String id, int version) {
    return definitions.find(connection, id, version);
  }

  @Override
  public ProcessDefinition keep(ProcessDefinition definition) {
    return definitions.keep(connection, definition);
  }

  @Override
  public OptionalLong commit(Change change) {
    return Failures.run(
        change.processId(),
        () -> {
          // On PostgreSQL at read committed, a step on a stored process meets another writer
          // only in its summary update, which then changes nothing; a new process's insert may
          // meet a duplicate key, and H2 may report a row changed or locked meanwhile. There,
          // everything the step writes is undone together back to a savepoint.
          if (sql.dialect == Dialect.POSTGRESQL && change.expectedVersion() > 0) {
            return write(change);
          }
          Savepoint savepoint = connection.setSavepoint();
          try {
            return write(change);
          } catch (SQLException e) {
            if (!Failures.isLostRace(e)) {
              throw e;
            }
            connection.rollback(savepoint);
            return OptionalLong.of(version(change.processId()).orElse(0));
          }
        });
  }

  /** Writes the step's rows; the stored version if another writer's step is stored instead. */
  private OptionalLong write(Change change) throws SQLException {
    if (change.expectedVersion() == 0) {
      OptionalLong lost = insertSummary(change);
      if (lost.isPresent()) {
        return lost;
      }
    } else {
      OptionalLong lost = updateSummary(change);
      if (lost.isPresent()) {
        return lost;
      }
    }
    for (Map.Entry<Long, byte[]> rewrite : change.rewritten().entrySet()) {
      try (PreparedStatement update = connection.prepareStatement(sql.redactEntry)) {
        update.setBytes(1, rewrite.getValue());
        update.setString(2, change.processId());
        update.setLong(3, rewrite.getKey());
        if (update.executeUpdate() != 1) {
          throw new SQLException("entry " + rewrite.getKey() + " to redact is not stored");
        }
      }
    }
    try (PreparedStatement insert = connection.prepareStatement(sql.insertEntry)) {
      for (StoredEntry entry : change.appended()) {
        insert.setString(1, change.processId());
        insert.setLong(2, entry.sequence());
        insert.setBytes(3, entry.bytes());
        insert.setBytes(4, entry.digest());
        if (change.appended().size() == 1) {
          insert.executeUpdate();
        } else {
          insert.addBatch();
        }
      }
      if (change.appended().size() > 1) {
        insert.executeBatch();
      }
    } catch (SQLException e) {
      if (change.expectedVersion() == 0 || !Failures.isLostRace(e)) {
        throw e;
      }
      // The summary row moved on from the expected version, so no writer of the store stored
      // this entry: a row was put beyond the head behind the store's back.
      throw StoreException.of(
          StoreCode.CHAIN_BROKEN,
          change.processId(),
          change.expectedVersion() + 1,
          "an entry row is stored beyond the head (" + e.getMessage() + ")",
          e);
    }
    if (!change.effects().isEmpty()) {
      try (PreparedStatement insert = connection.prepareStatement(sql.insertEffect)) {
        for (Effect effect : change.effects()) {
          insert.setString(1, effect.processId());
          insert.setLong(2, effect.sequence());
          insert.setInt(3, effect.index());
          insert.setString(4, effect.kind());
          insert.setString(5, effect.idempotencyKey());
          insert.setString(6, effect.trigger());
          EffectColumns.set(insert, 7, effect);
          insert.setString(14, change.summary().definitionId());
          insert.setInt(15, change.summary().definitionVersion());
          insert.addBatch();
        }
        insert.executeBatch();
      }
    }
    return OptionalLong.empty();
  }

  /** Inserts the summary row of a new process; the stored version if one is stored already. */
  private OptionalLong insertSummary(Change change) throws SQLException {
    OptionalLong stored = version(change.processId());
    if (stored.isPresent()) {
      return stored;
    }
    try (PreparedStatement insert = connection.prepareStatement(sql.insertSummary)) {
      setSummary(insert, change);
      insert.executeUpdate();
    }
    return OptionalLong.empty();
  }

  /** Moves the summary row on from the expected version; the stored version if it is another. */
  private OptionalLong updateSummary(Change change) throws SQLException {
    int updated;
    try (PreparedStatement update = connection.prepareStatement(sql.updateSummary)) {
      setSummary(update, change);
      update.setString(14, change.processId());
      update.setLong(15, change.expectedVersion());
      updated = update.executeUpdate();
    }
    if (updated == 1) {
      return OptionalLong.empty();
    }
    return OptionalLong.of(version(change.processId()).orElse(0));
  }

  /** Whether an entry row numbered {@code sequence} or later is stored for the process. */
  boolean beyond(String processId, long sequence) throws SQLException {
    try (PreparedStatement count = connection.prepareStatement(sql.countBeyond)) {
      count.setString(1, processId);
      count.setLong(2, sequence - 1);
      try (ResultSet row = count.executeQuery()) {
        row.next();
        return row.getLong(1) > 0;
      }
    }
  }

  private OptionalLong version(String processId) throws SQLException {
    try (PreparedStatement select = connection.prepareStatement(sql.selectVersion)) {
      select.setString(1, processId);
      try (ResultSet row = select.executeQuery()) {
        return row.next() ? OptionalLong.of(row.getLong(1)) : OptionalLong.empty();
      }
    }
  }

  /** Sets the summary's thirteen columns, in the order of {@link #SUMMARY_COLUMNS}. */
  private static void setSummary(PreparedStatement statement, Change change) throws SQLException {
    ProcessSummary summary = change.summary();
    statement.setString(1, summary.id());
    statement.setString(2, summary.municipality().number());
    statement.setString(3, summary.municipality().name());
    statement.setString(4, summary.definitionId());
    statement.setInt(5, summary.definitionVersion());
    statement.setString(6, summary.phase());
    statement.setString(7, summary.status().code());
    statement.setLong(8, summary.version());
    statement.setString(9, summary.headDigest().hex());
    if (summary.nextDeadline().isPresent()) {
      statement.setObject(10, summary.nextDeadline().get());
    } else {
      statement.setNull(10, Types.DATE);
    }
    statement.setObject(11, OffsetDateTime.ofInstant(summary.lastStep(), ZoneOffset.UTC));
    if (change.chainKeyId().isPresent()) {
      statement.setString(12, change.chainKeyId().get());
    } else {
      statement.setNull(12, Types.VARCHAR);
    }
    statement.setBoolean(13, change.salting());
  }

  /** A summary row read in the order of {@link #SUMMARY_COLUMNS}. */
  static Summary summaryOf(ResultSet row) throws SQLException {
    LocalDate deadline = row.getObject(10, LocalDate.class);
    OffsetDateTime lastStep = row.getObject(11, OffsetDateTime.class);
    Instant last = lastStep == null ? Instant.EPOCH : lastStep.toInstant();
    ProcessSummary summary =
        ProcessSummary.of(
            row.getString(1),
            Municipality.of(row.getString(3), row.getString(2)),
            row.getString(4),
            row.getInt(5),
            row.getString(6),
            ProcessStatus.fromCode(row.getString(7)),
            row.getLong(8),
            Digest.parse(row.getString(9)),
            Optional.ofNullable(deadline),
            last);
    String keyId = row.getString(12);
    return new Summary(summary, Optional.ofNullable(keyId), row.getBoolean(13));
  }

  /** A summary row and the two columns that are not part of {@link ProcessSummary}. */
  record Summary(ProcessSummary summary, Optional<String> chainKeyId, boolean salting) {}
}
