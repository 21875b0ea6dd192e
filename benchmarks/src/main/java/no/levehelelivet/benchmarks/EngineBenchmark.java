package no.levehelelivet.benchmarks;

import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * The same work on every contender (see {@link ProcessWork}): one guarded transition on an existing
 * process, a machine for a new process, and a walk through every phase with one rejected command.
 * Average time per operation; the ratio of each rival to us is in {@code RESULTS.md}.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@Fork(
    value = 2,
    jvmArgsAppend = {"-Xms1g", "-Xmx1g", "-XX:+AlwaysPreTouch"})
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
public class EngineBenchmark {

  @Param public Library library = Library.LEVEHELELIVET;

  private ProcessWork work = Library.LEVEHELELIVET.create(Fixtures.CLOCK);
  private ProcessWork.Cycle cycle = work.cycle();

  /** Creates the adapter (compiling the definition), checks its work, readies the cycle. */
  @Setup(Level.Trial)
  public void setUp() {
    work = library.create(Fixtures.CLOCK);
    work.check();
    cycle = work.cycle();
  }

  /**
   * One guarded transition on an existing process, recorded: begin-planning (role and three
   * criteria) and a revisit to mapping (role and note) in turn. Ours appends the journal entry and
   * returns the outcome with the new instance.
   */
  @Benchmark
  public Object transition() {
    return cycle.fireNext();
  }

  /** A machine (ours: an instance, with its start entry) for a new process. */
  @Benchmark
  public Object newProcess() {
    return work.newProcess();
  }

  /** A new process walked through every phase to completed, one command rejected on the way. */
  @Benchmark
  public Object walk() {
    return work.walk();
  }
}
