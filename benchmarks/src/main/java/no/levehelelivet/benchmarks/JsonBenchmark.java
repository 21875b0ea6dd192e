package no.levehelelivet.benchmarks;

import java.util.Arrays;
import java.util.List;
import java.util.concurrent.TimeUnit;
import no.levehelelivet.benchmarks.plain.PlainJournal;
import no.levehelelivet.benchmarks.plain.PlainProcess;
import no.levehelelivet.process.ProcessInstance;
import no.levehelelivet.serialization.ReadMode;
import no.levehelelivet.serialization.ReadResult;
import no.levehelelivet.serialization.WireCodec;
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
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.SerializationFeature;
import tools.jackson.databind.json.JsonMapper;

/**
 * The wire format: writing and reading (STRICT) a process with 200 journal entries with our codec,
 * and the same document with plain Jackson binding of hand-written classes ({@link PlainProcess}),
 * which checks nothing — the floor for any Jackson-based codec. Our STRICT read also verifies the
 * digest chain and replays the journal on the definition. Our write finds the chain digests already
 * known, as a host finds them after reading a process and firing a command at it (the digest of the
 * one new entry aside).
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Fork(
    value = 2,
    jvmArgsAppend = {"-Xms1g", "-Xmx1g", "-XX:+AlwaysPreTouch"})
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
public class JsonBenchmark {

  /** The process's journal length. */
  static final int ENTRIES = 200;

  /** Who writes and reads the document. */
  public enum Codec {
    /** Our {@link WireCodec}. */
    LEVEHELELIVET,
    /** Jackson 3 databind of {@link PlainProcess}, pretty-printed like ours. */
    PLAIN_JACKSON
  }

  @Param public Codec codec = Codec.LEVEHELELIVET;

  private final WireCodec wire = WireCodec.standard();
  private final JsonMapper jackson =
      JsonMapper.builder()
          .enable(SerializationFeature.INDENT_OUTPUT)
          .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
          .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
          .build();
  private ProcessInstance instance = new LeveHeleLivetWork(Fixtures.CLOCK).newProcess();
  private PlainProcess plain =
      new PlainProcess(
          "",
          "",
          "",
          new PlainProcess.Municipality("", ""),
          new PlainProcess.DefinitionRef("", 1, ""),
          "",
          "",
          new PlainJournal(List.of(), ""));
  private byte[] ours = new byte[0];
  private byte[] theirs = new byte[0];

  /**
   * The process, our document of it, and the same document bound to the plain classes (which must
   * take every member) and written back by Jackson.
   */
  @Setup(Level.Trial)
  public void setUp() {
    instance = new LeveHeleLivetWork(new SteppingClock()).instance(ENTRIES);
    ours = wire.writeBytes(instance);
    plain = jackson.readValue(ours, PlainProcess.class);
    theirs = jackson.writeValueAsBytes(plain);
    ProcessInstance read = wire.read(ours, ProcessInstance.class, ReadMode.STRICT).orElseThrow();
    if (!read.equals(instance) || !Arrays.equals(wire.writeBytes(read), ours)) {
      throw new IllegalStateException("our codec does not round-trip the process");
    }
    if (!jackson.readValue(theirs, PlainProcess.class).equals(plain)) {
      throw new IllegalStateException("plain Jackson does not round-trip the process");
    }
  }

  /** Writes the document. */
  @Benchmark
  public byte[] write() {
    return codec == Codec.LEVEHELELIVET
        ? wire.writeBytes(instance)
        : jackson.writeValueAsBytes(plain);
  }

  /** Reads the document in STRICT mode (ours) or binds it (plain Jackson). */
  @Benchmark
  public Object readStrict() {
    if (codec == Codec.LEVEHELELIVET) {
      ReadResult<ProcessInstance> result = wire.read(ours, ProcessInstance.class, ReadMode.STRICT);
      return result.orElseThrow();
    }
    return jackson.readValue(theirs, PlainProcess.class);
  }
}
