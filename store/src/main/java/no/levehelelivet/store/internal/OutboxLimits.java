package no.levehelelivet.store.internal;

import java.time.Duration;
import no.levehelelivet.core.ArgumentCode;
import no.levehelelivet.core.InvalidValueException;

/** The bounds of a claim from the outbox, the same for every store. */
public final class OutboxLimits {

  /** The most effects one claim hands out. */
  public static final int MAX_CLAIM = 10_000;

  private OutboxLimits() {}

  /** Checks a claim's limit and lease. */
  public static void check(int limit, Duration lease) {
    check(limit);
    if (lease.isNegative() || lease.isZero() || lease.compareTo(Duration.ofDays(1)) > 0) {
      throw InvalidValueException.of(
          ArgumentCode.INVALID_VALUE, "lease", "positive and at most a day", lease);
    }
  }

  /** Checks how many effects a claim or a look may hand out. */
  public static void check(int limit) {
    if (limit < 1 || limit > MAX_CLAIM) {
      throw InvalidValueException.of(
          ArgumentCode.INVALID_VALUE, "limit", "from 1 to " + MAX_CLAIM, limit);
    }
  }
}
