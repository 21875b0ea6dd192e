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
 * Reading YAML (STRICT) as it grows: a measure document of 1, 4 and 16 MiB (the largest the reader
 * accepts), the measure behind a comment that fills the rest, either one long line (a single token
 * as long as the document, which once made reading quadratic) or lines of 80 characters. Reading
 * time should grow in proportion to the size.
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

  /** The document's size in KiB. */
  @Param({"1024", "4096", "16384"})
  public int kib = 1024;

  @Param public Shape shape = Shape.ONE_LINE;

  private final WireCodec codec = WireCodec.standard();
  private byte[] document = new byte[0];

  /** Builds the document, exactly {@code kib} KiB of UTF-8, and checks it reads. */
  @Setup
  public void setUp() {
    byte[] measure = MEASURE.getBytes(StandardCharsets.UTF_8);
    int comment = kib * 1024 - measure.length;
    StringBuilder yaml = new StringBuilder(comment);
    if (shape == Shape.ONE_LINE) {
      yaml.append("# ").append("x".repeat(comment - 3)).append('\n');
    } else {
      String line = "# " + "x".repeat(77) + "\n";
      while (yaml.length() + line.length() <= comment) {
        yaml.append(line);
      }
      int rest = comment - yaml.length();
      if (rest > 0) {
        yaml.append("#".repeat(rest - 1)).append('\n');
      }
    }
    byte[] head = yaml.toString().getBytes(StandardCharsets.UTF_8);
    document = new byte[head.length + measure.length];
    System.arraycopy(head, 0, document, 0, head.length);
    System.arraycopy(measure, 0, document, head.length, measure.length);
    if (document.length != kib * 1024) {
      throw new IllegalStateException("the document is " + document.length + " bytes");
    }
    read().orElseThrow();
  }

  /** One STRICT read of the document. */
  @Benchmark
  public ReadResult<Measure> read() {
    return codec.readYaml(document, Measure.class, ReadMode.STRICT);
  }
}
