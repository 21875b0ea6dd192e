package no.levehelelivet.benchmarks;

import com.google.common.base.Splitter;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import no.levehelelivet.benchmarks.web.LoadRun;
import org.openjdk.jmh.profile.GCProfiler;
import org.openjdk.jmh.results.RunResult;
import org.openjdk.jmh.results.format.ResultFormatType;
import org.openjdk.jmh.runner.Runner;
import org.openjdk.jmh.runner.options.ChainedOptionsBuilder;
import org.openjdk.jmh.runner.options.OptionsBuilder;
import org.openjdk.jmh.runner.options.TimeValue;

/**
 * The benchmark runner: every benchmark in one JMH run, written as JMH JSON to {@code
 * benchmarks/results.json}; then the memory footprints (JOL, in a JVM of its own); then {@code
 * benchmarks/RESULTS.md}. Run it from the repository root; see {@code benchmarks/README.md}.
 *
 * <p>{@code --quick} runs each benchmark once, briefly, and writes to {@code
 * benchmarks/target/quick/} instead: a smoke test of the whole chain, not a measurement. {@code
 * --store} runs the store benchmarks alone (no memory measurement) and writes to {@code
 * benchmarks/target/store/} (with {@code --quick}, to the quick folder).
 */
public final class Run {

  private Run() {}

  /**
   * Runs everything.
   *
   * @param args {@code --quick} for a smoke test, {@code --store} for the store benchmarks alone,
   *     {@code --web} for the load run of the web tool alone (into the web section of RESULTS.md)
   */
  public static void main(String[] args) throws Exception {
    boolean quick = List.of(args).contains("--quick");
    boolean storeOnly = List.of(args).contains("--store");
    Path out = Path.of("benchmarks");
    if (!Files.isRegularFile(out.resolve("pom.xml"))) {
      throw new IllegalStateException("run from the repository root (no benchmarks/pom.xml here)");
    }
    if (List.of(args).contains("--web")) {
      Path results =
          quick
              ? out.resolve("target").resolve("quick").resolve("RESULTS.md")
              : out.resolve("RESULTS.md");
      Files.createDirectories(results.toAbsolutePath().getParent());
      LoadRun.run(results, quick ? 3 : LoadRun.SECONDS);
      return;
    }
    if (quick) {
      out = out.resolve("target").resolve("quick");
    }
    if (storeOnly && !quick) {
      out = out.resolve("target").resolve("store");
    }
    Files.createDirectories(out);
    String command =
        System.getProperty(
            "lhl.command",
            "java -jar benchmarks/target/benchmarks.jar"
                + (quick ? " --quick" : "")
                + (storeOnly ? " --store" : ""));
    Instant started = Instant.now().truncatedTo(ChronoUnit.SECONDS);
    String loadBefore = Machine.load();
    ChainedOptionsBuilder options =
        new OptionsBuilder()
            .include(
                storeOnly
                    ? "no\\.levehelelivet\\.benchmarks\\.Store.*Benchmark\\..*"
                    : "no\\.levehelelivet\\.benchmarks\\.(?!Store).*Benchmark\\..*")
            .jvmArgsAppend("-Xms1g", "-Xmx1g")
            .addProfiler(GCProfiler.class)
            .shouldFailOnError(true)
            .resultFormat(ResultFormatType.JSON)
            .result(out.resolve("results.json").toString());
    if (quick) {
      options
          .forks(1)
          .warmupIterations(1)
          .warmupTime(TimeValue.milliseconds(200))
          .measurementIterations(1)
          .measurementTime(TimeValue.milliseconds(200));
    }
    Collection<RunResult> runs = new Runner(options.build()).run();
    List<Memory.Footprint> memory = storeOnly ? List.of() : measureMemory();
    String loadAfter = Machine.load();
    Duration took = Duration.between(started, Instant.now()).truncatedTo(ChronoUnit.SECONDS);
    String report =
        new Report(Results.of(runs), memory)
            .render(Machine.current(), command, started, took, loadBefore, loadAfter);
    Files.writeString(
        out.resolve("RESULTS.md"),
        merged(out.resolve("RESULTS.md"), report),
        StandardCharsets.UTF_8);
    System.out.println(
        "Wrote " + out.resolve("RESULTS.md") + " and " + out.resolve("results.json"));
  }

  /**
   * The report in place of the generated part of the results already at {@code file}, between
   * {@link Report#START} and {@link Report#END}, keeping what is written around it by hand or by
   * other runs (the analysis, the store run, the web tool's load run); the report alone if the file
   * has no such part.
   */
  static String merged(Path file, String report) throws IOException {
    if (!Files.isRegularFile(file)) {
      return report;
    }
    String old = Files.readString(file, StandardCharsets.UTF_8);
    int start = old.indexOf(Report.START);
    int end = old.indexOf(Report.END);
    if (start < 0 || end < start) {
      return report;
    }
    String tail = old.substring(end + Report.END.length());
    return old.substring(0, start)
        + report.stripTrailing()
        + (tail.startsWith("\n") ? tail : "\n" + tail);
  }

  /** Runs {@link Memory} in a JVM of its own, with the flags JOL needs, and reads its lines. */
  private static List<Memory.Footprint> measureMemory() throws IOException, InterruptedException {
    String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
    Process process =
        new ProcessBuilder(
                java,
                "-Djol.magicFieldOffset=true",
                "-Djdk.attach.allowAttachSelf=true",
                "-cp",
                System.getProperty("java.class.path"),
                Memory.class.getName())
            .redirectErrorStream(true)
            .start();
    List<Memory.Footprint> footprints = new ArrayList<>();
    List<String> other = new ArrayList<>();
    try (BufferedReader reader =
        new BufferedReader(
            new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8))) {
      for (String line = reader.readLine(); line != null; line = reader.readLine()) {
        if (line.startsWith(Memory.LINE)) {
          List<String> fields = Splitter.on('\t').splitToList(line);
          footprints.add(
              new Memory.Footprint(
                  Library.valueOf(fields.get(1)),
                  Long.parseLong(fields.get(2)),
                  Long.parseLong(fields.get(3))));
        } else {
          other.add(line);
        }
      }
    }
    int exit = process.waitFor();
    if (exit != 0 || footprints.size() != Library.values().length) {
      throw new IllegalStateException(
          "the memory measurement failed (exit " + exit + "):\n" + String.join("\n", other));
    }
    return footprints;
  }
}
