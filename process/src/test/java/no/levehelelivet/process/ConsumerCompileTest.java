package no.levehelelivet.process;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;

import com.google.common.base.Splitter;
import java.io.ByteArrayOutputStream;
import java.io.File;
import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import javax.tools.JavaCompiler;
import javax.tools.ToolProvider;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A consumer's view of the engine, the journal and the history: a class that uses them compiles
 * with {@code -Xlint:all -Werror} against the module's classes with no Immutables on its path, so
 * no generated class or annotation value leaks into a user's build.
 */
class ConsumerCompileTest {

  private static final String CONSUMER =
      """
      package consumer;

      import java.time.Clock;
      import java.time.LocalDate;
      import no.levehelelivet.core.Municipality;
      import no.levehelelivet.process.Actor;
      import no.levehelelivet.process.Command;
      import no.levehelelivet.process.Deadline;
      import no.levehelelivet.process.ProcessDefinition;
      import no.levehelelivet.process.ProcessInstance;
      import no.levehelelivet.process.ProcessStatus;
      import no.levehelelivet.process.ReplayCode;
      import no.levehelelivet.process.ReplayException;
      import no.levehelelivet.process.ReplayFailure;
      import no.levehelelivet.process.ReplayResult;
      import no.levehelelivet.process.Replayed;
      import no.levehelelivet.process.NoRoute;
      import no.levehelelivet.process.Obstacle;
      import no.levehelelivet.process.Role;
      import no.levehelelivet.process.Route;
      import no.levehelelivet.process.RouteResult;
      import no.levehelelivet.process.RouteStep;
      import no.levehelelivet.process.Routes;
      import no.levehelelivet.process.TransitionCoverage;
      import no.levehelelivet.process.TransitionEdge;
      import no.levehelelivet.process.Trigger;
      import no.levehelelivet.process.history.Move;
      import no.levehelelivet.process.history.ProcessHistory;
      import no.levehelelivet.process.journal.Journal;
      import no.levehelelivet.process.journal.JournalEntry;

      public final class Consumer {
        private Consumer() {}

        public static String use(Clock clock) {
          Actor kari = Actor.of("kari", Role.PROCESS_LEAD);
          ProcessInstance instance =
              ProcessInstance.start(
                  ProcessDefinition.standard(), "v-1", Municipality.of("Vefsn", "1824"), kari, clock);
          instance = instance.fire(Command.of(Trigger.PAUSE, kari).withNote("x"), clock).instance();
          JournalEntry entry =
              JournalEntry.builder()
                  .from(instance.journal().entry(1))
                  .status(ProcessStatus.ACTIVE)
                  .note("rebuilt")
                  .build()
                  .withNote("again");
          StringBuilder out = new StringBuilder(entry.definitionId().orElse("none"));
          ReplayResult result = ProcessInstance.replay(instance.definition(), instance.journal());
          if (result instanceof Replayed replayed) {
            out.append(replayed.instance().version());
          } else if (result instanceof ReplayFailure failure) {
            ReplayCode code = failure.code();
            out.append(code.remedy()).append(failure.digests().map(ReplayFailure.Digests::recorded));
          }
          try {
            out.append(ProcessInstance.replay(instance.definition(), Journal.empty()).orElseThrow());
          } catch (ReplayException e) {
            out.append(e.code().code()).append(e.failure().sequence());
          }
          for (Deadline deadline : instance.overdue(LocalDate.of(2030, 1, 1))) {
            out.append(deadline.due());
          }
          for (Move move : ProcessHistory.from(instance.journal()).moves()) {
            out.append(move.entry().status().code());
          }
          RouteResult planned = Routes.plan(instance, "mapping", java.util.Set.of(Role.PROCESS_LEAD));
          if (planned instanceof Route route) {
            for (RouteStep step : route.steps()) {
              out.append(step.command(kari).trigger()).append(step.roles().size());
            }
          } else if (planned instanceof NoRoute none) {
            for (Obstacle obstacle : none.obstacles()) {
              out.append(obstacle.message(no.levehelelivet.core.Language.NYNORSK));
            }
          }
          TransitionCoverage coverage = TransitionCoverage.of(instance.definition());
          for (TransitionEdge edge : coverage.edges()) {
            out.append(edge.to().orElse(edge.kind().code()));
          }
          return out.append(coverage.totalSteps()).toString();
        }
      }
      """;

  @Test
  void compilesAConsumerWithWarningsAsErrorsAndNoImmutablesOnItsPath(@TempDir Path dir)
      throws IOException {
    Path source = dir.resolve("src/consumer/Consumer.java");
    Files.createDirectories(source.getParent());
    Files.writeString(source, CONSUMER, UTF_8);
    Path out = Files.createDirectories(dir.resolve("out"));
    JavaCompiler compiler = ToolProvider.getSystemJavaCompiler();
    ByteArrayOutputStream diagnostics = new ByteArrayOutputStream();
    int exit =
        compiler.run(
            null,
            diagnostics,
            diagnostics,
            "-Xlint:all",
            "-Werror",
            "-proc:none",
            "-d",
            out.toString(),
            "-classpath",
            consumerClassPath(),
            source.toString());
    assertThat(exit).as(diagnostics.toString(UTF_8)).isZero();
  }

  /** The test's class path without Immutables, test classes or test libraries. */
  private static String consumerClassPath() {
    List<String> path = new ArrayList<>();
    path.add(classesOf(ProcessDefinition.class));
    for (String entry :
        Splitter.on(File.pathSeparatorChar).split(System.getProperty("java.class.path"))) {
      String name = entry.replace('\\', '/');
      boolean wanted =
          name.contains("/levehelelivet-core")
              || name.contains("/core/target/classes")
              || name.contains("/com/google/guava/")
              || name.contains("/org/jspecify/")
              || name.contains("/com/google/errorprone/error_prone_annotations");
      if (wanted && !name.contains("immutables") && new File(entry).exists()) {
        path.add(entry);
      }
    }
    return String.join(File.pathSeparator, path);
  }

  private static String classesOf(Class<?> type) {
    try {
      return Path.of(type.getProtectionDomain().getCodeSource().getLocation().toURI()).toString();
    } catch (URISyntaxException e) {
      throw new IllegalStateException(e);
    }
  }
}
