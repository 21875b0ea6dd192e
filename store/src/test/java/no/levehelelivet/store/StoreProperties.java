package no.levehelelivet.store;

import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.PropertyDefaults;
import net.jqwik.api.Provide;
import net.jqwik.api.statistics.Statistics;
import net.jqwik.api.statistics.StatisticsReport;
import no.levehelelivet.process.ProcessDefinition;
import no.levehelelivet.process.StandardProcess;
import no.levehelelivet.store.StoreWalk.Step;

/**
 * The law of every store: applying commands through it is firing them in memory. Runs on the store
 * in memory; a subclass runs it on another store by overriding {@link #store()}, which may give the
 * same store every try, since every try walks a process of its own id.
 */
@PropertyDefaults(tries = 200)
class StoreProperties {

  private final AtomicInteger walks = new AtomicInteger();

  /** The store a try walks its process through. */
  protected ProcessStore store() {
    return ProcessStore.inMemory();
  }

  @Provide
  Arbitrary<List<Step>> walks() {
    return StoreWalk.walks(1, 40);
  }

  @Property(seed = "20260105")
  @StatisticsReport(onFailureOnly = true)
  void applyingThroughTheStoreIsFiringInMemory(@ForAll("walks") List<Step> steps) {
    String id = "walk-" + walks.incrementAndGet();
    List<String> results = StoreWalk.check(store(), ProcessDefinition.standard(), id, steps);
    results.subList(0, results.size() - 1).forEach(Statistics.label("step")::collect);
    Statistics.label("last phase").collect(results.get(results.size() - 1));
    // walks that never store, refuse, conflict or get far would prove little
    Statistics.label("step")
        .coverage(
            coverage -> {
              coverage.check("saved").percentage(p -> p > 30);
              coverage.check("refused").percentage(p -> p > 10);
              coverage.check("conflict").percentage(p -> p > 1);
            });
    Statistics.label("last phase")
        .coverage(last -> last.check(StandardProcess.PLAN_AND_DECIDE).count(n -> n > 5));
  }
}
