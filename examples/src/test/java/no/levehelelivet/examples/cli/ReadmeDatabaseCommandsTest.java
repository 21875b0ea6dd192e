package no.levehelelivet.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The README's commands that keep the journey in a database run as written, on a database in a
 * folder of the test's own instead of {@code ./vefsn}, and {@code list} prints what the README
 * shows.
 */
class ReadmeDatabaseCommandsTest {

  private static final String JAR = "java -jar examples/target/levehelelivet.jar ";
  private static final String README_URL = "jdbc:h2:./vefsn";

  @TempDir Path dir;

  @Test
  void theJourneyKeptInADatabaseRunsAsTheReadmeShows() throws IOException {
    List<String> section = section("### The journey kept in a database");
    List<String> commands = block(section, "```sh");
    List<String> listing = block(section, "```text");
    assertThat(commands).hasSize(4).allMatch(line -> line.startsWith(JAR));
    String url = "jdbc:h2:" + dir.resolve("vefsn").toAbsolutePath();

    List<String> outputs = new ArrayList<>();
    for (String command : commands) {
      List<String> args = new ArrayList<>();
      for (String arg : command.substring(JAR.length()).split(" ", -1)) {
        args.add(arg.equals(README_URL) ? url : arg);
      }
      ByteArrayOutputStream out = new ByteArrayOutputStream();
      ByteArrayOutputStream err = new ByteArrayOutputStream();
      int code =
          LeveHeleLivetCommand.execute(
              args.toArray(new String[0]),
              new PrintStream(out, true, StandardCharsets.UTF_8),
              new PrintStream(err, true, StandardCharsets.UTF_8),
              Clock.systemUTC(),
              Map.of());
      assertThat(code).as("%s%n%s", command, err.toString(StandardCharsets.UTF_8)).isZero();
      outputs.add(out.toString(StandardCharsets.UTF_8));
    }
    assertThat(outputs.get(2).lines().toList()).isEqualTo(listing);
    assertThat(outputs.get(3)).startsWith("lhl-1824-2019 — Vefsn (1824)");
  }

  private static List<String> section(String heading) throws IOException {
    List<String> lines = Files.readAllLines(Path.of("..", "README.md"), StandardCharsets.UTF_8);
    int start = lines.indexOf(heading);
    assertThat(start).as("the README has the section %s", heading).isNotNegative();
    int end = start + 1;
    while (end < lines.size() && !lines.get(end).startsWith("#")) {
      end++;
    }
    return lines.subList(start + 1, end);
  }

  private static List<String> block(List<String> section, String fence) {
    int start = section.indexOf(fence);
    assertThat(start).as("the section has a %s block", fence).isNotNegative();
    int end = section.subList(start + 1, section.size()).indexOf("```") + start + 1;
    return section.subList(start + 1, end);
  }
}
