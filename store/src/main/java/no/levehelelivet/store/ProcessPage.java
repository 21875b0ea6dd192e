package no.levehelelivet.store;

import com.google.common.collect.ImmutableList;
import java.util.Optional;
import no.levehelelivet.store.internal.StoreTuple;
import org.immutables.value.Value;

/**
 * One page of a listing (<i>side</i>): the summaries of the processes on it, in ascending order of
 * id, and the query for the next page if there may be one.
 *
 * <p>Immutable and thread-safe.
 */
@Value.Immutable
@StoreTuple
public abstract class ProcessPage {

  ProcessPage() {}

  /** {@return the query this page answers} */
  public abstract ProcessQuery query();

  /** {@return the processes on this page, at most the query's limit} */
  public abstract ImmutableList<ProcessSummary> processes();

  /**
   * {@return the query for the next page: the same filters after the last process of this page;
   * empty when this page is not full, so that no process can follow it}
   */
  public Optional<ProcessQuery> next() {
    ImmutableList<ProcessSummary> processes = processes();
    if (processes.size() < query().limit()) {
      return Optional.empty();
    }
    return Optional.of(query().withAfter(processes.get(processes.size() - 1).id()));
  }

  /**
   * {@return the page answering {@code query} with {@code processes}}
   *
   * @param query the query this page answers
   * @param processes the processes on this page, at most the query's limit
   */
  public static ProcessPage of(ProcessQuery query, Iterable<? extends ProcessSummary> processes) {
    return ImmutableProcessPage.of(query, processes);
  }
}
