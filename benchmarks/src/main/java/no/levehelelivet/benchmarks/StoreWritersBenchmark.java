package no.levehelelivet.benchmarks;

import java.sql.SQLException;
import java.util.concurrent.TimeUnit;
import no.levehelelivet.store.StoreResult;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Threads;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Whether the store's writes scale with writers: the throughput of one writer and of eight at once,
 * each on processes of its own ({@link StoreWriter}), so no two ever race for a process; and the
 * same for bare JDBC inserts ({@link PlainWriter}), which shows how far the database itself scales
 * (on PostgreSQL, how many commits one WAL flush carries). Each pool has {@value
 * StoreDatabase#POOL} connections, one per writer. Operations per second, all threads together.
 */
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Fork(
    value = 1,
    jvmArgsAppend = {"-Xms1g", "-Xmx1g", "-XX:+AlwaysPreTouch"})
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
public class StoreWritersBenchmark {

  /** One writer applying commands. */
  @Benchmark
  @Threads(1)
  public StoreResult oneWriter(StoreDatabase database, StoreWriter writer) {
    return writer.apply(database);
  }

  /** Eight writers applying commands at once, each to processes of its own. */
  @Benchmark
  @Threads(8)
  public StoreResult eightWriters(StoreDatabase database, StoreWriter writer) {
    return writer.apply(database);
  }

  /** One writer inserting and committing bare rows. */
  @Benchmark
  @Threads(1)
  public void onePlainWriter(StoreDatabase database, PlainWriter writer) throws SQLException {
    writer.insert(database);
  }

  /** Eight writers inserting and committing bare rows at once. */
  @Benchmark
  @Threads(8)
  public void eightPlainWriters(StoreDatabase database, PlainWriter writer) throws SQLException {
    writer.insert(database);
  }
}
