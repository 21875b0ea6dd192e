package no.levehelelivet.store;

import com.google.common.collect.ImmutableSortedMap;
import java.util.Map;
import no.levehelelivet.process.ProcessStatus;
import no.levehelelivet.store.internal.StoreTuple;
import org.immutables.value.Value;

/**
 * How many stored processes are in each phase with each status (<i>portefølje</i>), for an overview
 * of every municipality's change process: read from the summary rows in one query, never by
 * replaying a journal.
 *
 * <p>Immutable and thread-safe.
 */
@Value.Immutable
@StoreTuple
public abstract class Portfolio {

  Portfolio() {}

  /**
   * {@return the counts: for each phase code, in ascending order, the number of processes in it
   * with each status; a phase and status with no process is absent}
   */
  public abstract ImmutableSortedMap<String, ImmutableSortedMap<ProcessStatus, Long>> counts();

  /**
   * {@return how many processes are in {@code phase} with {@code status}}
   *
   * @param phase the code of the phase
   * @param status the status
   */
  public long count(String phase, ProcessStatus status) {
    ImmutableSortedMap<ProcessStatus, Long> statuses = counts().get(phase);
    if (statuses == null) {
      return 0;
    }
    return statuses.getOrDefault(status, 0L);
  }

  /**
   * {@return how many processes are in {@code phase}, whatever their status}
   *
   * @param phase the code of the phase
   */
  public long count(String phase) {
    ImmutableSortedMap<ProcessStatus, Long> statuses = counts().get(phase);
    return statuses == null ? 0 : statuses.values().stream().mapToLong(Long::longValue).sum();
  }

  /**
   * {@return how many processes have {@code status}, whatever their phase}
   *
   * @param status the status
   */
  public long count(ProcessStatus status) {
    return counts().values().stream().mapToLong(map -> map.getOrDefault(status, 0L)).sum();
  }

  /** {@return how many processes there are} */
  public long total() {
    return counts().values().stream()
        .flatMap(map -> map.values().stream())
        .mapToLong(Long::longValue)
        .sum();
  }

  /**
   * {@return the portfolio of the given counts per phase and status}
   *
   * @param counts for each phase code, the number of processes in it with each status
   */
  public static Portfolio of(Map<String, ? extends Map<ProcessStatus, Long>> counts) {
    ImmutableSortedMap.Builder<String, ImmutableSortedMap<ProcessStatus, Long>> copy =
        ImmutableSortedMap.naturalOrder();
    counts.forEach((phase, statuses) -> copy.put(phase, ImmutableSortedMap.copyOf(statuses)));
    return ImmutablePortfolio.of(copy.buildOrThrow());
  }
}
