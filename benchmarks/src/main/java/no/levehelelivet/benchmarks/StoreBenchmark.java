package no.levehelelivet.benchmarks;

import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import no.levehelelivet.process.Command;
import no.levehelelivet.process.ProcessInstance;
import no.levehelelivet.process.ProcessStatus;
import no.levehelelivet.store.Portfolio;
import no.levehelelivet.store.ProcessQuery;
import no.levehelelivet.store.StoreResult;
import no.levehelelivet.store.jdbc.JdbcProcessStore;
import org.jspecify.annotations.Nullable;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * The JDBC store against bare JDBC on the same database ({@link StoreDatabase}: H2 file, or
 * PostgreSQL with fsync on), each pair in the same fork: {@code apply} of one command against one
 * row inserted and committed, {@code load} of a 1,000-entry process against a bare {@code SELECT}
 * of its rows, and the portfolio counts of 357 processes against the bare {@code GROUP BY}. Average
 * time per operation, one thread.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Fork(
    value = 1,
    jvmArgsAppend = {"-Xms1g", "-Xmx1g", "-XX:+AlwaysPreTouch"})
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
public class StoreBenchmark {

  /** Entries of the process that {@link #load} loads. */
  static final int ENTRIES = 1_000;

  /** Processes that {@link #portfolio} counts. */
  static final int PROCESSES = 357;

  /** A stored process of {@value #ENTRIES} entries, from the cycle (not measured). */
  @State(Scope.Benchmark)
  public static class Thousand {

    String id = "";

    /** Stores the process and checks that both sides read all its rows. */
    @Setup(Level.Trial)
    public void store(StoreDatabase database) throws SQLException {
      id = database.freshId("load");
      ProcessInstance instance = StoreDatabase.walked(id, LeveHeleLivetWork.TO_MAPPING);
      boolean planning = true;
      while (instance.version() < ENTRIES) {
        instance =
            instance
                .fire(
                    planning ? LeveHeleLivetWork.BEGIN_PLANNING : LeveHeleLivetWork.REVISIT_MAPPING,
                    Fixtures.CLOCK)
                .instance();
        planning = !planning;
      }
      StoreDatabase.requireSaved(database.store().create(instance));
      if (database.store().load(id).version() != ENTRIES) {
        throw new IllegalStateException("the stored process does not load with " + ENTRIES);
      }
      int read = database.plain().select(database.store().tables().entry(), id).size();
      if (read != 2 * ENTRIES) {
        throw new IllegalStateException("the bare select read " + read + " arrays");
      }
    }
  }

  /**
   * {@value #PROCESSES} stored processes in a store of their own, spread over every phase of the
   * walk and both its end states (process {@code i} has had the walk's first {@code i % 20}
   * commands), not measured.
   */
  @State(Scope.Benchmark)
  public static class Processes {

    private @Nullable JdbcProcessStore store;

    /** Stores the processes and checks that both sides count them all. */
    @Setup(Level.Trial)
    public void fill(StoreDatabase database) throws SQLException {
      JdbcProcessStore store = database.storeWithPrefix("folio_");
      this.store = store;
      for (int i = 0; i < PROCESSES; i++) {
        List<Command> walk =
            LeveHeleLivetWork.WALK.subList(0, i % (LeveHeleLivetWork.WALK.size() + 1));
        StoreDatabase.requireSaved(
            store.create(StoreDatabase.walked(database.freshId("folio"), walk)));
      }
      Portfolio portfolio = store.portfolio(ProcessQuery.all());
      long counted = 0;
      List<String> phases = new ArrayList<>(portfolio.counts().keySet());
      for (String phase : phases) {
        for (ProcessStatus status : ProcessStatus.values()) {
          counted += portfolio.count(phase, status);
        }
      }
      if (counted != PROCESSES || phases.size() < 5) {
        throw new IllegalStateException("the portfolio counted " + counted + " in " + phases);
      }
      List<Object> cells = database.plain().countByPhaseAndStatus(store.tables().process());
      long bare = 0;
      for (int cell = 2; cell < cells.size(); cell += 3) {
        bare += (Long) cells.get(cell);
      }
      if (bare != PROCESSES) {
        throw new IllegalStateException("the bare group-by counted " + bare);
      }
    }

    JdbcProcessStore store() {
      JdbcProcessStore filled = store;
      if (filled == null) {
        throw new IllegalStateException("the processes are not stored");
      }
      return filled;
    }
  }

  /**
   * One command applied by the store: the process's summary and entry rows read, its chain checked,
   * its journal (8 to 19 entries, see {@link StoreWriter}) replayed, the command fired, the summary
   * row updated, the entry and the step's effects inserted, committed.
   */
  @Benchmark
  public StoreResult apply(StoreDatabase database, StoreWriter writer) {
    return writer.apply(database);
  }

  /** The floor of {@link #apply}: one row of the same bytes inserted, committed. */
  @Benchmark
  public void insertCommit(StoreDatabase database, PlainWriter writer) throws SQLException {
    writer.insert(database);
  }

  /** A process of {@value #ENTRIES} entries loaded: rows read, chain checked, journal replayed. */
  @Benchmark
  public ProcessInstance load(StoreDatabase database, Thousand process) {
    return database.store().load(process.id);
  }

  /** The floor of {@link #load}: the same rows selected into byte arrays. */
  @Benchmark
  public List<byte[]> selectRows(StoreDatabase database, Thousand process) throws SQLException {
    return database.plain().select(database.store().tables().entry(), process.id);
  }

  /** The portfolio counts of {@value #PROCESSES} processes. */
  @Benchmark
  public Portfolio portfolio(Processes processes) {
    return processes.store().portfolio(ProcessQuery.all());
  }

  /** The floor of {@link #portfolio}: the same {@code GROUP BY} on the same table. */
  @Benchmark
  public List<Object> groupBy(StoreDatabase database, Processes processes) throws SQLException {
    return database.plain().countByPhaseAndStatus(processes.store().tables().process());
  }
}
