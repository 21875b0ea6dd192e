package no.levehelelivet.store;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.common.collect.ImmutableList;
import com.zaxxer.hikari.HikariDataSource;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.SplittableRandom;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import javax.sql.DataSource;
import no.levehelelivet.process.Effect;
import no.levehelelivet.process.ProcessInstance;
import no.levehelelivet.store.jdbc.Dialect;
import no.levehelelivet.store.jdbc.JdbcProcessStore;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * Writers racing for the same processes on H2 and PostgreSQL never lose or double a step, and the
 * outbox hands out every effect of every saved step exactly once, in order per process, even to
 * several nodes draining it at once. Each test prints one line of figures.
 */
class ConcurrencyTest {

  private static final int WRITERS = 8;
  private static final int STEPS = 500;
  private static final int MUNICIPALITIES = 357;

  @TempDir Path folder;

  private HikariDataSource dataSource(Dialect dialect, int size) {
    return dialect == Dialect.H2 ? Databases.h2(folder) : Databases.postgres(size);
  }

  @ParameterizedTest
  @EnumSource(Dialect.class)
  void eightWritersOnOneProcessStoreEveryStepOnceAndEveryEffectOnce(Dialect dialect)
      throws Exception {
    try (HikariDataSource dataSource = dataSource(dialect, WRITERS + 2)) {
      JdbcProcessStore store = Databases.store(dataSource, dialect, StoreOptions.defaults());
      String id = "vefsn-lhl-1";
      assertThat(store.create(StoreScenes.started(id, StoreScenes.VEFSN)).isSaved()).isTrue();
      long initial = store.load(id).version();

      Writers writers = new Writers();
      long start = System.nanoTime();
      writers.run(store, WRITERS, STEPS, (writer, n) -> id);
      Duration wall = Duration.ofNanos(System.nanoTime() - start);
      System.out.println(writers.figures("one process", dialect.name(), wall));

      List<Saved> saved = writers.saved(id);
      assertThat(saved).hasSize((int) writers.accepted.get());
      StoreScenes.assertStoredOnce(store, dataSource, id, initial, saved);
      assertIntactAndDrained(store, 1, saved);
    }
  }

  @ParameterizedTest
  @EnumSource(Dialect.class)
  void eightWritersOnEveryMunicipalityStoreEveryStepOnceAndEveryEffectOnce(Dialect dialect)
      throws Exception {
    try (HikariDataSource dataSource = dataSource(dialect, WRITERS + 2)) {
      JdbcProcessStore store = Databases.store(dataSource, dialect, StoreOptions.defaults());
      List<String> ids = new ArrayList<>();
      for (int i = 0; i < MUNICIPALITIES; i++) {
        String id = "lhl-" + StoreScenes.municipality(i).number();
        assertThat(store.create(StoreScenes.started(id, StoreScenes.municipality(i))).isSaved())
            .isTrue();
        ids.add(id);
      }
      assertThat(new HashSet<>(ids)).hasSize(MUNICIPALITIES);
      List<SplittableRandom> choices = new ArrayList<>();
      for (int writer = 0; writer < WRITERS; writer++) {
        choices.add(new SplittableRandom(writer));
      }

      Writers writers = new Writers();
      long start = System.nanoTime();
      writers.run(
          store,
          WRITERS,
          STEPS,
          (writer, n) -> ids.get(choices.get(writer).nextInt(MUNICIPALITIES)));
      Duration wall = Duration.ofNanos(System.nanoTime() - start);
      System.out.println(writers.figures(MUNICIPALITIES + " processes", dialect.name(), wall));

      for (String id : ids) {
        StoreScenes.assertStoredOnce(store, dataSource, id, 1, writers.saved(id));
      }
      assertIntactAndDrained(store, MUNICIPALITIES, writers.saved());
    }
  }

  @Test
  void twoNodesWriteAndDrainOneOutboxEveryEffectOnceInOrderPerProcess() throws Exception {
    int processes = 12;
    int writersPerNode = 2;
    int drainersPerNode = 2;
    int steps = 150;
    try (HikariDataSource first = Databases.postgres(6);
        HikariDataSource second = Databases.postgres(6)) {
      JdbcProcessStore one = Databases.store(first, Dialect.POSTGRESQL, StoreOptions.defaults());
      JdbcProcessStore two =
          JdbcProcessStore.builder(second)
              .dialect(Dialect.POSTGRESQL)
              .tablePrefix(one.tables().prefix())
              .build();
      List<String> ids = new ArrayList<>();
      for (int i = 0; i < processes; i++) {
        String id = "node-" + i;
        assertThat(one.create(StoreScenes.started(id, StoreScenes.municipality(i))).isSaved())
            .isTrue();
        ids.add(id);
      }
      List<JdbcProcessStore> nodes = List.of(one, two);
      List<SplittableRandom> choices = new ArrayList<>();
      for (int writer = 0; writer < nodes.size() * writersPerNode; writer++) {
        choices.add(new SplittableRandom(100 + writer));
      }

      // What the drainers delivered, per process in the order delivered, before completing it:
      // the next effect of a process is handed out only after this one is complete.
      Map<String, List<Effect>> delivered = new ConcurrentHashMap<>();
      ConcurrentLinkedQueue<String> keys = new ConcurrentLinkedQueue<>();
      AtomicBoolean writing = new AtomicBoolean(true);
      Semaphore work = new Semaphore(0);
      int drainers = nodes.size() * drainersPerNode;
      ExecutorService pool = Executors.newFixedThreadPool(drainers);
      Writers writers = new Writers();
      long start = System.nanoTime();
      try {
        List<Future<Integer>> draining = new ArrayList<>();
        for (int d = 0; d < drainers; d++) {
          Outbox outbox = nodes.get(d % nodes.size()).outbox();
          draining.add(pool.submit(() -> drain(outbox, writing, work, delivered, keys)));
        }
        try {
          writers.run(
              nodes,
              writersPerNode,
              steps,
              (writer, n) -> ids.get(choices.get(writer).nextInt(processes)),
              () -> work.release(drainers));
        } finally {
          writing.set(false);
          work.release(1_000_000);
        }
        int completedByDrainers = 0;
        for (Future<Integer> drainer : draining) {
          completedByDrainers += drainer.get(2, TimeUnit.MINUTES);
        }
        Duration wall = Duration.ofNanos(System.nanoTime() - start);
        System.out.println(
            writers.figures(
                "two nodes, " + drainers + " drainers, " + completedByDrainers + " effects",
                "POSTGRESQL",
                wall));
      } finally {
        pool.shutdownNow();
      }

      List<Saved> saved = writers.saved();
      List<String> expected = StoreScenes.keys(saved);
      assertThat(expected).isNotEmpty().doesNotHaveDuplicates();
      assertThat(List.copyOf(keys)).doesNotHaveDuplicates();
      assertThat(List.copyOf(keys)).containsExactlyInAnyOrderElementsOf(expected);
      for (String id : ids) {
        List<Effect> order = delivered.getOrDefault(id, List.of());
        for (int i = 1; i < order.size(); i++) {
          Effect before = order.get(i - 1);
          Effect after = order.get(i);
          assertThat(
                  after.sequence() > before.sequence()
                      || (after.sequence() == before.sequence() && after.index() > before.index()))
              .as("%s delivered after %s", after.idempotencyKey(), before.idempotencyKey())
              .isTrue();
        }
        StoreScenes.assertStoredOnce(one, first, id, 1, writers.saved(id));
      }
      assertThat(one.outbox().pending()).isZero();
      assertThat(two.outbox().pending()).isZero();
      AuditReport report = two.verifyAll((checked, total, broken) -> {});
      assertThat(report.isIntact()).isTrue();
      assertThat(report.checked()).isEqualTo(processes);
    }
  }

  @ParameterizedTest
  @EnumSource(Dialect.class)
  void aStepCommittedBetweenReadingTheSummaryAndTheEntriesIsNotTakenForTampering(Dialect dialect)
      throws Exception {
    try (HikariDataSource dataSource = dataSource(dialect, 4)) {
      JdbcProcessStore store = Databases.store(dataSource, dialect, StoreOptions.defaults());
      String id = "vefsn-lhl-1";
      StoreResult created = store.create(StoreScenes.started(id, StoreScenes.VEFSN));
      assertThat(created).isInstanceOf(Saved.class);
      FaultyDataSource.Trap trap =
          new FaultyDataSource.Trap(
              sql ->
                  sql.startsWith("SELECT sequence, entry, digest FROM " + store.tables().entry()),
              FaultyDataSource.Action.PAUSE);
      DataSource real =
          dialect == Dialect.H2
              ? Objects.requireNonNull(dataSource.getDataSource(), "H2 data source")
              : Databases.postgresUnpooled();
      JdbcProcessStore reader =
          JdbcProcessStore.builder(FaultyDataSource.of(real, trap))
              .dialect(dialect)
              .tablePrefix(store.tables().prefix())
              .build();
      ExecutorService thread = Executors.newSingleThreadExecutor();
      try {
        Future<ProcessInstance> loading = thread.submit(() -> reader.load(id));
        assertThat(trap.reached.await(1, TimeUnit.MINUTES)).isTrue();
        // the reader has the summary of version 1; a writer stores version 2 before it reads on
        StoreResult written = store.apply(id, StoreScenes.answer(1), StoreScenes.CLOCK);
        assertThat(written).isInstanceOf(Saved.class);
        trap.resume.countDown();
        // either committed state will do; a failure, or a mix of the two, will not
        assertThat(loading.get(1, TimeUnit.MINUTES))
            .isIn(((Saved) created).instance(), ((Saved) written).instance());
      } finally {
        thread.shutdownNow();
      }
      assertThat(store.verifyAll((checked, total, broken) -> {}).isIntact()).isTrue();
    }
  }

  /**
   * Claims, delivers and completes effects until the writers are done and nothing is pending; waits
   * for a writer's word when a claim comes back empty. Returns how many it completed.
   */
  private static int drain(
      Outbox outbox,
      AtomicBoolean writing,
      Semaphore work,
      Map<String, List<Effect>> delivered,
      ConcurrentLinkedQueue<String> keys)
      throws InterruptedException {
    int completed = 0;
    while (!Thread.currentThread().isInterrupted()) {
      ImmutableList<OutboxEffect> claimed = outbox.claim(10, StoreScenes.LEASE);
      if (claimed.isEmpty()) {
        if (!writing.get() && outbox.pending() == 0) {
          return completed;
        }
        work.acquire();
        continue;
      }
      for (OutboxEffect effect : claimed) {
        delivered
            .computeIfAbsent(
                effect.effect().processId(), id -> Collections.synchronizedList(new ArrayList<>()))
            .add(effect.effect());
        keys.add(effect.idempotencyKey());
        assertThat(outbox.complete(effect)).as("completing %s", effect.idempotencyKey()).isTrue();
        completed++;
      }
    }
    return completed;
  }

  /** Every chain holds, and the outbox hands out exactly the effects of {@code saved}, once. */
  private static void assertIntactAndDrained(
      JdbcProcessStore store, long processes, List<Saved> saved) {
    AuditReport report = store.verifyAll((checked, total, broken) -> {});
    assertThat(report.isIntact()).isTrue();
    assertThat(report.checked()).isEqualTo(processes);
    List<String> expected = StoreScenes.keys(saved);
    assertThat(expected).isNotEmpty().doesNotHaveDuplicates();
    assertThat(store.outbox().pending()).isEqualTo(expected.size());
    List<String> drained = new ArrayList<>();
    for (OutboxEffect effect : StoreScenes.drain(store.outbox())) {
      drained.add(effect.idempotencyKey());
      assertThat(effect.attempt()).isEqualTo(1);
    }
    assertThat(drained).doesNotHaveDuplicates().containsExactlyInAnyOrderElementsOf(expected);
    assertThat(store.outbox().pending()).isZero();
  }
}
