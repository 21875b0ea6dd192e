package no.levehelelivet.examples;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;

/**
 * Part of example 4: the story's clock, which stands still until the story moves it on, so that the
 * printed times are the same at every run and a lease can run out without waiting for it.
 * Thread-safe.
 */
final class StoryClock extends Clock {

  private volatile Instant now;

  StoryClock(Instant start) {
    this.now = start;
  }

  /** Moves the clock on by {@code duration}. */
  synchronized void advance(Duration duration) {
    now = now.plus(duration);
  }

  @Override
  public Instant instant() {
    return now;
  }

  @Override
  public ZoneId getZone() {
    return ZoneOffset.UTC;
  }

  @Override
  public Clock withZone(ZoneId zone) {
    return Clock.fixed(instant(), zone);
  }
}
