package no.levehelelivet.process;

import com.google.common.collect.ImmutableList;
import java.time.Instant;
import org.jspecify.annotations.Nullable;

/**
 * The deadlines of entering a phase, with the instant from which each is past due: the start, in
 * Norway, of the day after its due date. A step compares its instant with these instead of taking
 * its day in Norway's time zone, which asks the zone's rules every time. The instants are computed
 * when first needed, so that a definition that is built and never entered does not load the zone's
 * rules. Thread-safe.
 */
final class DueDeadlines {

  /** No deadlines. */
  static final DueDeadlines NONE = new DueDeadlines(ImmutableList.of());

  private final ImmutableList<Deadline> deadlines;

  /**
   * The instants, once computed. Racy but safe: every thread computes equal instants from the same
   * deadlines, and an immutable list is safe to publish without a lock.
   */
  private @Nullable ImmutableList<Instant> pastDueFrom;

  DueDeadlines(ImmutableList<Deadline> deadlines) {
    this.deadlines = deadlines;
  }

  ImmutableList<Deadline> deadlines() {
    return deadlines;
  }

  /** Whether the deadline at {@code index} is past due at {@code time}: due before that day. */
  boolean isPastDue(int index, Instant time) {
    ImmutableList<Instant> from = pastDueFrom;
    if (from == null) {
      ImmutableList.Builder<Instant> computed =
          ImmutableList.builderWithExpectedSize(deadlines.size());
      for (Deadline deadline : deadlines) {
        computed.add(deadline.due().plusDays(1).atStartOfDay(EntryEffects.Norway.ZONE).toInstant());
      }
      from = computed.build();
      pastDueFrom = from;
    }
    return !time.isBefore(from.get(index));
  }
}
