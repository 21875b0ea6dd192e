package no.levehelelivet.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The launcher script {@code target/levehelelivet} as a shell runs it, after the package phase
 * built it with the jar and the class-data archive beside it: with the archive, without it, and
 * with one that does not fit the jar, a command prints the same, exits the same and says nothing
 * more on standard error.
 */
class LauncherIT {

  private static final Path TARGET = Paths.get("target").toAbsolutePath();

  private static final String PROCESS = "lhl-1824-2019";

  @TempDir static Path store;

  private static String db = "";

  @TempDir Path dir;

  /** What one run of the launcher printed and how it ended. */
  private record Run(int exitCode, String out, String err) {}

  @BeforeAll
  static void storeVefsnsJourney() throws Exception {
    db = "jdbc:h2:" + store.resolve("vefsn");
    Run init = launch(TARGET, Map.of(), "db", "init", "--db", db);
    assertThat(init.exitCode()).as(init.err()).isZero();
    Run journey = launch(TARGET, Map.of(), "journey", "--db", db);
    assertThat(journey.exitCode()).as(journey.err()).isZero();
  }

  private static Run launch(Path folder, Map<String, String> environment, String... args)
      throws IOException, InterruptedException {
    List<String> command = new ArrayList<>();
    command.add(folder.resolve("levehelelivet").toString());
    command.addAll(List.of(args));
    ProcessBuilder builder = new ProcessBuilder(command);
    Map<String, String> env = builder.environment();
    env.remove("JAVA_OPTS");
    env.put("JAVA_HOME", System.getProperty("java.home"));
    env.putAll(environment);
    Path out = Files.createTempFile(store, "out", ".txt");
    Path err = Files.createTempFile(store, "err", ".txt");
    Process process =
        builder
            .redirectInput(ProcessBuilder.Redirect.from(Path.of("/dev/null").toFile()))
            .redirectOutput(out.toFile())
            .redirectError(err.toFile())
            .start();
    assertThat(process.waitFor(60, TimeUnit.SECONDS)).as("the command ends").isTrue();
    return new Run(
        process.exitValue(),
        Files.readString(out, StandardCharsets.UTF_8),
        Files.readString(err, StandardCharsets.UTF_8));
  }

  private Run status(Path folder, String... more) throws IOException, InterruptedException {
    List<String> args =
        new ArrayList<>(List.of("status", "--db", db, "--process", PROCESS, "--role"));
    args.addAll(List.of(more));
    return launch(folder, Map.of(), args.toArray(String[]::new));
  }

  /** The launcher and the jar copied into a folder of their own, with or without the archive. */
  private Path copy(String folder, boolean withArchive) throws IOException {
    Path copy = Files.createDirectories(dir.resolve(folder));
    List<String> files = new ArrayList<>(List.of("levehelelivet", "levehelelivet.jar"));
    if (withArchive) {
      files.add("levehelelivet.jsa");
    }
    for (String file : files) {
      Files.copy(TARGET.resolve(file), copy.resolve(file), StandardCopyOption.COPY_ATTRIBUTES);
    }
    return copy;
  }

  @Test
  void theBuildPutsTheArchiveBesideTheJarAndTheLauncher() {
    assertThat(TARGET.resolve("levehelelivet")).isExecutable();
    assertThat(TARGET.resolve("levehelelivet.jar")).isRegularFile();
    assertThat(TARGET.resolve("levehelelivet.jsa")).isRegularFile();
  }

  @Test
  void statusOfAStoredProcessPrintsItsPhaseWithTheArchive() throws Exception {
    Run run = status(TARGET, "process-lead");

    assertThat(run.exitCode()).isZero();
    assertThat(run.err()).isEmpty();
    assertThat(run.out())
        .startsWith("lhl-1824-2019 — Vefsn (1824)" + System.lineSeparator())
        .contains("phase: implement-and-evaluate (Gjennomføre og evaluere), status: completed")
        .contains("triggers for process-lead:");
  }

  @Test
  void theArchiveServesTheCommandsClasses() throws Exception {
    Path log = dir.resolve("classes.txt");
    Run run =
        launch(
            TARGET,
            Map.of("JAVA_OPTS", "-Xlog:class+load=info:file=" + log),
            "status",
            "--db",
            db,
            "--process",
            PROCESS,
            "--role",
            "process-lead");

    assertThat(run.exitCode()).as(run.err()).isZero();
    assertThat(Files.readAllLines(log, StandardCharsets.UTF_8))
        .anySatisfy(
            line ->
                assertThat(line)
                    .contains("no.levehelelivet.examples.cli.StatusCommand ")
                    .contains("source: shared objects file (top)"));
  }

  @Test
  void withoutTheArchiveTheCommandPrintsTheSameAndNothingMore() throws Exception {
    Run with = status(TARGET, "process-lead");
    Run without = status(copy("without", false), "process-lead");

    assertThat(without).isEqualTo(with);
    assertThat(without.err()).isEmpty();
  }

  @Test
  void anArchiveMadeForAnotherJarIsLeftUnusedQuietly() throws Exception {
    // The copied archive names the jar in target/, not the copy beside it: the JVM refuses it.
    Run with = status(TARGET, "process-lead");
    Run mismatched = status(copy("mismatched", true), "process-lead");

    assertThat(mismatched).isEqualTo(with);
  }

  @Test
  void argumentsPassThroughUnchangedAndTheExitCodeIsKept() throws Exception {
    String[] args = {
      "status", "--db", db, "--process", "no such  process", "--role", "process-lead"
    };
    Run with = launch(TARGET, Map.of(), args);
    Run without = launch(copy("without", false), Map.of(), args);

    assertThat(with.exitCode()).isEqualTo(ExitCode.USAGE);
    assertThat(with.err()).startsWith("LHL-L-001 [\"no such  process\"]: ");
    assertThat(with.out()).isEmpty();
    assertThat(without).isEqualTo(with);
  }

  @Test
  void anUnknownRoleIsAUsageErrorAsInProcess() throws Exception {
    Run run = status(TARGET, "nobody", "--lang", "en");

    assertThat(run.exitCode()).isEqualTo(ExitCode.USAGE);
    assertThat(run.err()).startsWith("LHL-C-001: unknown role code \"nobody\"");
  }

  @Test
  void javaHomeNamesTheJvm() throws Exception {
    Map<String, String> environment = new HashMap<>();
    environment.put("JAVA_HOME", dir.resolve("no-jdk").toString());

    Run run = launch(TARGET, environment, "--version");

    assertThat(run.exitCode()).isEqualTo(127);
    assertThat(run.err()).contains(dir.resolve("no-jdk").resolve("bin").resolve("java").toString());
  }

  @Test
  void javaOptsReachTheJvm() throws Exception {
    Run run =
        launch(
            TARGET, Map.of("JAVA_OPTS", "-Dno.such.option -XshowSettings:properties"), "--version");

    assertThat(run.exitCode()).isZero();
    assertThat(run.out()).isEqualTo("levehelelivet 0.1.0-SNAPSHOT" + System.lineSeparator());
    assertThat(run.err()).contains("no.such.option = ");
  }
}
