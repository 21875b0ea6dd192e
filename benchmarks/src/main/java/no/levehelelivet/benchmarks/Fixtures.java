package no.levehelelivet.benchmarks;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;

/** What the benchmarks share: the fixed clock every contender's entries are timed by. */
final class Fixtures {

  /** A fixed clock, so no contender pays for reading the system clock. */
  static final Clock CLOCK = Clock.fixed(Instant.parse("2026-11-25T09:00:00Z"), ZoneOffset.UTC);

  private Fixtures() {}
}
