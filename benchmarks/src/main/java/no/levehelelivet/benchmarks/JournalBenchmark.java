package no.levehelelivet.benchmarks;

import com.google.common.collect.ImmutableList;
import java.util.concurrent.TimeUnit;
import no.levehelelivet.process.ProcessDefinition;
import no.levehelelivet.process.ProcessInstance;
import no.levehelelivet.process.ReplayResult;
import no.levehelelivet.process.journal.Digest;
import no.levehelelivet.process.journal.Journal;
import no.levehelelivet.process.journal.JournalEntry;
import no.levehelelivet.process.journal.Verification;
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
 * Our journal at scale: replay and verification of a 10,000-entry journal. (How a command's cost
 * grows with the journal is in {@link GrowthBenchmark}.)
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Fork(
    value = 2,
    jvmArgsAppend = {"-Xms1g", "-Xmx1g", "-XX:+AlwaysPreTouch"})
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
public class JournalBenchmark {

  /** The journal's length. */
  static final int ENTRIES = 10_000;

  private Journal journal = Journal.empty();
  private ImmutableList<JournalEntry> entries = ImmutableList.of();
  private ImmutableList<Digest> digests = ImmutableList.of();

  /** A 10,000-entry journal from the cycle, and its digests as a store would have recorded them. */
  @Setup(Level.Trial)
  public void setUp() {
    ProcessInstance instance = new LeveHeleLivetWork(Fixtures.CLOCK).instance(ENTRIES);
    journal = instance.journal();
    entries = ImmutableList.copyOf(journal.entries());
    ImmutableList.Builder<Digest> recorded = ImmutableList.builder();
    for (long position = 1; position <= journal.size(); position++) {
      recorded.add(journal.digest(position));
    }
    digests = recorded.build();
    ReplayResult check = ProcessInstance.replay(ProcessDefinition.standard(), journal);
    if (!check.isReplayed()) {
      throw new IllegalStateException("the journal does not replay: " + check);
    }
  }

  /**
   * A journal as read back from storage before each verification: the entries with their recorded
   * digests, none computed yet, so that {@link #verify} hashes every entry.
   */
  @State(Scope.Thread)
  public static class ReadBack {
    Journal stored = Journal.empty();

    /** Reads the journal back (not measured). */
    @Setup(Level.Invocation)
    public void readBack(JournalBenchmark benchmark) {
      stored = Journal.fromRecorded(benchmark.entries, benchmark.digests);
    }
  }

  /** Rebuilds the instance from the standard definition and the 10,000-entry journal. */
  @Benchmark
  public ReplayResult replay() {
    return ProcessInstance.replay(ProcessDefinition.standard(), journal);
  }

  /** Recomputes the digest chain of 10,000 entries read back and compares each recorded digest. */
  @Benchmark
  public Verification verify(ReadBack readBack) {
    Verification verification = readBack.stored.verify();
    if (!verification.isIntact()) {
      throw new IllegalStateException(verification.toString());
    }
    return verification;
  }
}
