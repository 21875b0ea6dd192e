package no.levehelelivet.benchmarks;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;

/**
 * A clock that moves one second on every reading, so that every journal or ledger entry holds an
 * instant of its own, as it would in production (a fixed clock shares one). Not thread-safe.
 */
final class SteppingClock extends Clock {

  private Instant next = Instant.parse("2026-11-25T09:00:00Z");

  @Override
  public ZoneId getZone() {
    return ZoneOffset.UTC;
  }

  @Override
  public Clock withZone(ZoneId zone) {
    throw new UnsupportedOperationException("a stepping clock stays in UTC");
  }

  @Override
  public Instant instant() {
    Instant now = next;
    next = now.plusSeconds(1);
    return now;
  }
}
