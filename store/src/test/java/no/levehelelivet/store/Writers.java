package no.levehelelivet.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import no.levehelelivet.process.Command;

/**
 * Writers racing for the store's processes, each retrying a command on a {@link Conflict} until it
 * is saved or refused, and the tally of what became of their commands.
 */
final class Writers {

  /** One writer's work: the process and the command of its {@code n}th step. */
  interface Plan {
    String process(int writer, int n);
  }

  final AtomicLong attempted = new AtomicLong();
  final AtomicLong accepted = new AtomicLong();
  final AtomicLong refused = new AtomicLong();
  final AtomicLong conflicts = new AtomicLong();
  private final Map<String, List<Saved>> saved = new ConcurrentHashMap<>();

  /** The steps saved for {@code id}, in no particular order. */
  List<Saved> saved(String id) {
    return List.copyOf(saved.getOrDefault(id, List.of()));
  }

  /** Every step saved, in no particular order. */
  List<Saved> saved() {
    List<Saved> all = new ArrayList<>();
    saved.values().forEach(all::addAll);
    return all;
  }

  /**
   * Fires the {@code n}th command of a writer at {@code id} until it is saved or refused; {@code
   * onSaved} runs after each saved step.
   */
  void write(ProcessStore store, String id, int n, Runnable onSaved) {
    Command command = StoreScenes.next(store, id, n);
    attempted.incrementAndGet();
    while (true) {
      StoreResult result = store.apply(id, command, StoreScenes.CLOCK);
      if (result instanceof Saved step) {
        accepted.incrementAndGet();
        saved.computeIfAbsent(id, key -> Collections.synchronizedList(new ArrayList<>())).add(step);
        onSaved.run();
        return;
      }
      if (result instanceof Refused) {
        refused.incrementAndGet();
        return;
      }
      conflicts.incrementAndGet();
    }
  }

  /**
   * Runs {@code writers} threads of {@code steps} commands each on {@code store}, all starting
   * together, and waits for them.
   */
  void run(ProcessStore store, int writers, int steps, Plan plan) throws Exception {
    run(List.of(store), writers, steps, plan, () -> {});
  }

  /**
   * Runs {@code writers} threads per store of {@code steps} commands each, all starting together,
   * and waits for them; {@code onSaved} runs after each saved step.
   */
  void run(List<? extends ProcessStore> stores, int writers, int steps, Plan plan, Runnable onSaved)
      throws Exception {
    int threads = stores.size() * writers;
    ExecutorService pool = Executors.newFixedThreadPool(threads);
    try {
      CountDownLatch start = new CountDownLatch(1);
      List<Future<?>> running = new ArrayList<>();
      for (int t = 0; t < threads; t++) {
        int writer = t;
        ProcessStore store = stores.get(t % stores.size());
        running.add(
            pool.submit(
                () -> {
                  start.await();
                  for (int n = 0; n < steps; n++) {
                    write(store, plan.process(writer, n), writer * 10_000 + n, onSaved);
                  }
                  return null;
                }));
      }
      start.countDown();
      for (Future<?> writer : running) {
        writer.get(5, TimeUnit.MINUTES);
      }
    } finally {
      pool.shutdownNow();
    }
    assertThat(attempted.get()).isEqualTo((long) threads * steps);
    assertThat(accepted.get() + refused.get()).isEqualTo(attempted.get());
  }

  /** One line of figures: the backend, the commands and what became of them, the wall time. */
  String figures(String test, String backend, Duration wall) {
    return String.format(
        "%s on %s: %d commands attempted, %d accepted, %d refused, %d conflicts, %d ms",
        test,
        backend,
        attempted.get(),
        accepted.get(),
        refused.get(),
        conflicts.get(),
        wall.toMillis());
  }
}
