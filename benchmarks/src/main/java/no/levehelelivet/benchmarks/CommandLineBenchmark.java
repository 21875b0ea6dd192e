package no.levehelelivet.benchmarks;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
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
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;

/**
 * The {@code levehelelivet} command as a shell runs it: each operation starts a JVM as a child
 * process and waits for it to end, so a score is the wall time of one whole command, JVM start and
 * exit included. The commands ({@link Kind}) compare a status of a stored process through the
 * launcher with the floor, the same JVM with the same flags and the same jar running an empty
 * {@code main}, and with the same status without the class-data archive and through {@code java
 * -jar}.
 *
 * <p>It runs what {@code mvn -pl benchmarks -am package} built under {@code examples/target} (the
 * jar, the launcher and the archive), from the repository's root, and keeps its store and the empty
 * main in a temporary folder it deletes afterwards.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Fork(1)
@Warmup(iterations = 2)
@Measurement(iterations = 15)
public class CommandLineBenchmark {

  /** The JVM flags the launcher {@code examples/src/main/sh/levehelelivet} gives, in its order. */
  private static final List<String> LAUNCHER_FLAGS =
      List.of(
          "-Xshare:auto",
          "-Xlog:cds*=off",
          "-XX:TieredStopAtLevel=1",
          "-XX:+UseSerialGC",
          "-XX:-UsePerfData");

  private static final String PROCESS = "lhl-1824-2019";

  /** What one operation runs. */
  public enum Kind {
    /** {@code levehelelivet status} of a stored process, through the launcher. */
    STATUS,
    /** The same status through a copy of the launcher and the jar without the archive beside it. */
    STATUS_NO_CDS,
    /** The same status as the README runs it: {@code java -jar levehelelivet.jar status …}. */
    STATUS_JAVA_JAR,
    /**
     * The floor: the JVM with the launcher's flags and archive and the jar on the class path, and
     * after it a folder with {@link EmptyMain} alone, through a shell as the launcher runs.
     */
    EMPTY_MAIN
  }

  @Param public Kind command = Kind.STATUS;

  private final List<String> line = new ArrayList<>();
  private Path folder = Path.of("");

  /** Stores Vefsn's journey in an H2 file with the jar itself, and lays out what the kind needs. */
  @Setup(Level.Trial)
  public void storeAProcess() throws IOException, InterruptedException {
    Path target = Path.of("examples", "target").toAbsolutePath();
    Path jar = target.resolve("levehelelivet.jar");
    Path launcher = target.resolve("levehelelivet");
    Path archive = target.resolve("levehelelivet.jsa");
    for (Path needed : List.of(jar, launcher, archive)) {
      if (!Files.isRegularFile(needed)) {
        throw new IllegalStateException(
            needed
                + " is missing: run the benchmarks from the repository's root after"
                + " mvn -B -ntp -q -pl benchmarks -am package -DskipTests, which builds it");
      }
    }
    folder = Files.createTempDirectory("lhl-command-line");
    String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
    String db = "jdbc:h2:" + folder.resolve("vefsn");
    List<String> status =
        List.of("status", "--db", db, "--process", PROCESS, "--role", "process-lead");
    switch (command) {
      case STATUS -> {
        line.add(launcher.toString());
        line.addAll(status);
      }
      case STATUS_NO_CDS -> {
        Path bare = Files.createDirectories(folder.resolve("without-archive"));
        Files.copy(launcher, bare.resolve("levehelelivet"), StandardCopyOption.COPY_ATTRIBUTES);
        Files.copy(jar, bare.resolve("levehelelivet.jar"), StandardCopyOption.COPY_ATTRIBUTES);
        line.add(bare.resolve("levehelelivet").toString());
        line.addAll(status);
      }
      case STATUS_JAVA_JAR -> {
        line.addAll(List.of(java, "-jar", jar.toString()));
        line.addAll(status);
      }
      case EMPTY_MAIN -> {
        Path classes = folder.resolve("classes");
        String name = EmptyMain.class.getName();
        Path file = classes.resolve(name.replace('.', '/') + ".class");
        Files.createDirectories(file.getParent());
        try (InputStream bytes =
            CommandLineBenchmark.class.getResourceAsStream(
                "/" + name.replace('.', '/') + ".class")) {
          if (bytes == null) {
            throw new IllegalStateException(name + " is not on the class path");
          }
          Files.copy(bytes, file);
        }
        line.addAll(List.of("sh", "-c", "exec \"$@\"", "sh", java));
        line.addAll(LAUNCHER_FLAGS);
        line.add("-XX:SharedArchiveFile=" + archive);
        line.addAll(List.of("-cp", jar + ":" + classes, name));
      }
    }
    if (command != Kind.EMPTY_MAIN) {
      run(List.of(launcher.toString(), "db", "init", "--db", db));
      run(List.of(launcher.toString(), "journey", "--db", db));
    }
  }

  @TearDown(Level.Trial)
  public void deleteTheStore() throws IOException {
    try (Stream<Path> paths = Files.walk(folder)) {
      paths.sorted(Comparator.reverseOrder()).forEach(CommandLineBenchmark::delete);
    }
  }

  /** One command, from the start of its JVM to its end. */
  @Benchmark
  public int command() throws IOException, InterruptedException {
    return run(line);
  }

  private int run(List<String> command) throws IOException, InterruptedException {
    Process process =
        new ProcessBuilder(command)
            .directory(folder.toFile())
            .redirectInput(ProcessBuilder.Redirect.from(Path.of("/dev/null").toFile()))
            .redirectOutput(ProcessBuilder.Redirect.DISCARD)
            .redirectError(ProcessBuilder.Redirect.DISCARD)
            .start();
    int exit = process.waitFor();
    if (exit != 0) {
      throw new IllegalStateException(String.join(" ", command) + " ended with exit " + exit);
    }
    return exit;
  }

  private static void delete(Path path) {
    try {
      Files.delete(path);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
