package no.levehelelivet.store.jdbc;

import com.google.common.collect.ImmutableList;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import no.levehelelivet.process.Effect;
import no.levehelelivet.process.ProcessDefinition;
import no.levehelelivet.store.Outbox;
import no.levehelelivet.store.OutboxEffect;
import no.levehelelivet.store.PendingEffect;
import no.levehelelivet.store.StoreCode;
import no.levehelelivet.store.StoreException;
import no.levehelelivet.store.internal.OutboxLimits;

/**
 * The outbox in the database: each claim, completion and failure in a transaction of its own on the
 * store's connections. A claim id is the effect's row id, a colon and a random UUID, so that
 * completing finds the row by its key and checks that the claim still holds it.
 */
final class JdbcOutbox implements Outbox {

  private final Transactions transactions;
  private final Sql sql;
  private final Definitions definitions;
  private final Clock clock;

  JdbcOutbox(Transactions transactions, Sql sql, Definitions definitions, Clock clock) {
    this.transactions = transactions;
    this.sql = sql;
    this.definitions = definitions;
    this.clock = clock;
  }

  @Override
  public ImmutableList<OutboxEffect> claim(int limit, Duration lease) {
    OutboxLimits.check(limit, lease);
    return transactions.run(null, connection -> claim(connection, limit, lease));
  }

  private ImmutableList<OutboxEffect> claim(Connection connection, int limit, Duration lease)
      throws SQLException {
    Instant now = clock.instant();
    Instant until = now.plus(lease);
    List<Long> ids = new ArrayList<>();
    List<OutboxEffect> claimed = new ArrayList<>();
    try (PreparedStatement select = connection.prepareStatement(sql.claimEffects)) {
      select.setObject(1, OffsetDateTime.ofInstant(now, ZoneOffset.UTC));
      select.setInt(2, limit);
      try (ResultSet row = select.executeQuery()) {
        while (row.next()) {
          long id = row.getLong(1);
          Effect effect = effect(connection, row);
          String claimId = id + ":" + UUID.randomUUID();
          ids.add(id);
          claimed.add(
              OutboxEffect.of(
                  effect,
                  claimId,
                  until,
                  row.getInt(16) + 1,
                  Optional.ofNullable(row.getString(17))));
        }
      }
    }
    if (!claimed.isEmpty()) {
      try (PreparedStatement update = connection.prepareStatement(sql.leaseEffect)) {
        for (int i = 0; i < ids.size(); i++) {
          update.setObject(1, OffsetDateTime.ofInstant(until, ZoneOffset.UTC));
          update.setString(2, claimed.get(i).claimId());
          update.setLong(3, ids.get(i));
          update.addBatch();
        }
        update.executeBatch();
      }
    }
    return ImmutableList.copyOf(claimed);
  }

  /** The effect of a row of {@link Sql#claimEffects} or {@link Sql#pendingEffects}. */
  private Effect effect(Connection connection, ResultSet row) throws SQLException {
    String processId = row.getString(2);
    ProcessDefinition definition =
        definitions
            .find(connection, row.getString(14), row.getInt(15))
            .orElseThrow(
                () ->
                    StoreException.of(
                        StoreCode.DEFINITION_UNKNOWN,
                        processId,
                        0,
                        "the definition of an effect in the outbox is not kept",
                        null));
    return EffectColumns.get(
        row,
        7,
        processId,
        row.getLong(3),
        row.getInt(4),
        row.getString(5),
        row.getString(6),
        definition);
  }

  @Override
  public ImmutableList<PendingEffect> pending(int limit) {
    OutboxLimits.check(limit);
    return transactions.read(
        null,
        connection -> {
          ImmutableList.Builder<PendingEffect> pending = ImmutableList.builder();
          try (PreparedStatement select = connection.prepareStatement(sql.pendingEffects)) {
            select.setInt(1, limit);
            try (ResultSet row = select.executeQuery()) {
              while (row.next()) {
                OffsetDateTime lease = row.getObject(18, OffsetDateTime.class);
                pending.add(
                    PendingEffect.of(
                        effect(connection, row),
                        row.getInt(16),
                        Optional.ofNullable(row.getString(17)),
                        Optional.ofNullable(lease).map(OffsetDateTime::toInstant)));
              }
            }
          }
          return pending.build();
        });
  }

  @Override
  public boolean complete(OutboxEffect effect) {
    long id = rowId(effect);
    return transactions.run(
        effect.effect().processId(),
        connection -> {
          try (PreparedStatement update = connection.prepareStatement(sql.completeEffect)) {
            update.setObject(1, OffsetDateTime.ofInstant(clock.instant(), ZoneOffset.UTC));
            update.setLong(2, id);
            update.setString(3, effect.claimId());
            return update.executeUpdate() == 1;
          }
        });
  }

  @Override
  public boolean fail(OutboxEffect effect, String error) {
    long id = rowId(effect);
    String cut = error.length() > 10_000 ? error.substring(0, 10_000) : error;
    String shown = cut.replace((char) 0, (char) 0xFFFD);
    return transactions.run(
        effect.effect().processId(),
        connection -> {
          try (PreparedStatement update = connection.prepareStatement(sql.failEffect)) {
            update.setString(1, shown);
            update.setLong(2, id);
            update.setString(3, effect.claimId());
            return update.executeUpdate() == 1;
          }
        });
  }

  @Override
  public long pending() {
    return transactions.read(
        null,
        connection -> {
          try (PreparedStatement select = connection.prepareStatement(sql.countPending);
              ResultSet row = select.executeQuery()) {
            row.next();
            return row.getLong(1);
          }
        });
  }

  private static long rowId(OutboxEffect effect) {
    String claim = effect.claimId();
    int colon = claim.indexOf(':');
    try {
      return Long.parseLong(colon < 0 ? claim : claim.substring(0, colon));
    } catch (NumberFormatException e) {
      return -1; // not a claim of this outbox: no row matches
    }
  }
}
