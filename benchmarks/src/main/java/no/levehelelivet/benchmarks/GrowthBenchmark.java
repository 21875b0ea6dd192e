package no.levehelelivet.benchmarks;

import java.util.concurrent.TimeUnit;
import no.levehelelivet.process.Outcome;
import no.levehelelivet.process.ProcessInstance;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OperationsPerInvocation;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;
import org.openjdk.jmh.infra.Blackhole;

/**
 * Whether a command costs more on a long journal: the cycle's guarded transitions on an instance
 * whose journal has 10 or 10,000 entries.
 *
 * <p>Firing returns a new instance and appends in place to the journal it owns; firing twice at the
 * same instance branches (copies) its journal, which is a different thing to measure. So each
 * measured batch starts from a fresh instance of {@code entries} entries (made before the batch,
 * not measured) and fires {@value #BATCH} commands in a row, each at the instance the previous one
 * returned, the way a host applies commands to a process. The journal thus grows from {@code
 * entries} + 1 to {@code entries} + {@value #BATCH} within a batch; the score is per command.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@Fork(
    value = 2,
    jvmArgsAppend = {"-Xms1g", "-Xmx1g", "-XX:+AlwaysPreTouch"})
@Warmup(iterations = 1000)
@Measurement(iterations = 1000)
public class GrowthBenchmark {

  /** Commands per measured batch. */
  static final int BATCH = 100;

  /** The journal's length before the batch. */
  @Param({"10", "10000"})
  public int entries;

  private ProcessInstance base = new LeveHeleLivetWork(Fixtures.CLOCK).newProcess();
  private ProcessInstance fresh = base;

  /** An instance with {@code entries} entries. */
  @Setup(Level.Trial)
  public void setUp() {
    base = new LeveHeleLivetWork(Fixtures.CLOCK).instance(entries - 1);
  }

  /**
   * An instance with {@code entries} entries that owns its journal: one command fired at the base,
   * whose journal it branches (not measured).
   */
  @Setup(Level.Iteration)
  public void freshInstance() {
    fresh = base.fire(LeveHeleLivetWork.next(base), Fixtures.CLOCK).instance();
    if (fresh.version() != entries) {
      throw new IllegalStateException("expected " + entries + " entries, was " + fresh.version());
    }
  }

  /** {@value #BATCH} guarded transitions in a row, each recorded in the journal. */
  @Benchmark
  @OperationsPerInvocation(BATCH)
  public void command(Blackhole blackhole) {
    ProcessInstance instance = fresh;
    for (int i = 0; i < BATCH; i++) {
      Outcome outcome = instance.fire(LeveHeleLivetWork.next(instance), Fixtures.CLOCK);
      instance = outcome.instance();
      blackhole.consume(outcome);
    }
  }
}
