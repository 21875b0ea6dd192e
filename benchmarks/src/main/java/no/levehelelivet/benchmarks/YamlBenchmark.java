package no.levehelelivet.benchmarks;

import java.nio.charset.StandardCharsets;
import java.util.concurrent.TimeUnit;
import no.levehelelivet.core.Measure;
import no.levehelelivet.serialization.ReadMode;
import no.levehelelivet.serialization.ReadResult;
import no.levehelelivet.serialization.WireCodec;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Reading YAML (STRICT) as it grows: a measure document behind a comment of the given size, either
 * one long line (a single token as long as the document, which once made reading quadratic) or
 * lines of 80 characters. Reading time should grow in proportion to the size.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Fork(
    value = 1,
    jvmArgsAppend = {"-Xms1g", "-Xmx1g", "-XX:+AlwaysPreTouch"})
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
public class YamlBenchmark {

  private static final String MEASURE =
      """
      schemaVersion: "2.0"
      documentType: measure
      title: Måltidsvenner i hjemmetjenesten
      focusAreas: [food-and-meals]
      solutions: [the-good-meal]
      responsibleSector: health-and-welfare
      collaborators: [voluntary-organisations]
      """;

  /** How the comment is laid out. */
  public enum Shape {
    /** One comment line the size of the document. */
    ONE_LINE,
    /** Comment lines of 80 characters. */
    LINES
  }

  /** The comment's size in KiB. */
  @Param({"64", "1024", "4096"})
  public int kib = 64;

  @Param public Shape shape = Shape.ONE_LINE;

  private final WireCodec codec = WireCodec.standard();
  private byte[] document = new byte[0];

  /** Builds the document and checks it reads. */
  @Setup
  public void setUp() {
    int size = kib * 1024;
    StringBuilder yaml = new StringBuilder(size + MEASURE.length());
    if (shape == Shape.ONE_LINE) {
      yaml.append("# ").append("x".repeat(size - 3)).append('\n');
    } else {
      String line = "# " + "x".repeat(77) + "\n";
      while (yaml.length() + line.length() <= size) {
        yaml.append(line);
      }
    }
    document = yaml.append(MEASURE).toString().getBytes(StandardCharsets.UTF_8);
    read().orElseThrow();
  }

  /** One STRICT read of the document. */
  @Benchmark
  public ReadResult<Measure> read() {
    return codec.readYaml(document, Measure.class, ReadMode.STRICT);
  }
}
