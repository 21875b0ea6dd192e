package no.levehelelivet.store.internal;

import com.google.common.collect.ImmutableList;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.HashSet;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import no.levehelelivet.process.Effect;
import no.levehelelivet.store.Outbox;
import no.levehelelivet.store.OutboxEffect;
import no.levehelelivet.store.PendingEffect;
import org.jspecify.annotations.Nullable;

/**
 * The outbox in memory: the effects not yet complete in the order they were stored, guarded by this
 * object's lock. A completed effect is dropped.
 */
final class InMemoryOutbox implements Outbox {

  /** An effect not yet complete; guarded by the outbox's lock. */
  private static final class Row {
    final Effect effect;
    int attempts;
    @Nullable Instant leaseUntil;
    @Nullable String claimId;
    @Nullable String lastError;

    Row(Effect effect) {
      this.effect = effect;
    }
  }

  private final Clock clock;
  private final Map<Long, Row> pending = new LinkedHashMap<>();
  private long nextId = 1;

  InMemoryOutbox(Clock clock) {
    this.clock = clock;
  }

  synchronized void add(List<Effect> effects) {
    for (Effect effect : effects) {
      pending.put(nextId++, new Row(effect));
    }
  }

  @Override
  public synchronized ImmutableList<OutboxEffect> claim(int limit, Duration lease) {
    OutboxLimits.check(limit, lease);
    Instant now = clock.instant();
    Instant until = now.plus(lease);
    Set<String> waiting = new HashSet<>();
    ImmutableList.Builder<OutboxEffect> claimed = ImmutableList.builder();
    int count = 0;
    for (Row row : pending.values()) {
      if (count == limit) {
        break;
      }
      String process = row.effect.processId();
      if (!waiting.add(process)) {
        continue; // an earlier effect of the process is not complete
      }
      if (row.leaseUntil != null && row.leaseUntil.isAfter(now)) {
        continue;
      }
      row.attempts++;
      row.leaseUntil = until;
      row.claimId = UUID.randomUUID().toString();
      claimed.add(
          OutboxEffect.of(
              row.effect, row.claimId, until, row.attempts, Optional.ofNullable(row.lastError)));
      count++;
    }
    return claimed.build();
  }

  @Override
  public synchronized boolean complete(OutboxEffect effect) {
    Iterator<Row> rows = pending.values().iterator();
    while (rows.hasNext()) {
      Row row = rows.next();
      if (effect.claimId().equals(row.claimId)) {
        rows.remove();
        return true;
      }
    }
    return false;
  }

  @Override
  public synchronized boolean fail(OutboxEffect effect, String error) {
    for (Row row : pending.values()) {
      if (effect.claimId().equals(row.claimId)) {
        row.claimId = null;
        row.leaseUntil = null;
        row.lastError = error;
        return true;
      }
    }
    return false;
  }

  @Override
  public synchronized ImmutableList<PendingEffect> pending(int limit) {
    OutboxLimits.check(limit);
    return pending.values().stream()
        .limit(limit)
        .map(
            row ->
                PendingEffect.of(
                    row.effect,
                    row.attempts,
                    Optional.ofNullable(row.lastError),
                    Optional.ofNullable(row.leaseUntil)))
        .collect(ImmutableList.toImmutableList());
  }

  @Override
  public synchronized long pending() {
    return pending.size();
  }
}
