package no.levehelelivet.benchmarks;

import java.time.Clock;
import java.util.concurrent.TimeUnit;
import no.levehelelivet.core.Catalogue;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * The cold start: in a fresh JVM (one per fork), the first call of each contender — load its
 * classes, compile the standard process (ours: the catalogue and the standard definition), start a
 * process and fire the first command. Measured once in each of ten forks, without warm-up; the
 * JVM's own boot and JMH's set-up before the call are not included.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Fork(10)
@Warmup(iterations = 0)
@Measurement(iterations = 1)
public class ColdStartBenchmark {

  @Param public Library library = Library.LEVEHELELIVET;

  /** Catalogue (ours only), definition, new process, first command. */
  @Benchmark
  public Object firstCommand() {
    if (library == Library.LEVEHELELIVET) {
      Catalogue.leveHeleLivet();
    }
    return library.create(Clock.systemUTC()).firstCommand();
  }
}
