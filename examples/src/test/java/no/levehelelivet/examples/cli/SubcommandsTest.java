package no.levehelelivet.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Map;
import org.junit.jupiter.api.Test;
import picocli.CommandLine.Command;

/**
 * The subcommands the command line is built with: only the one named, unless the line names none or
 * asks for {@code help}, and then every one, as the usage lists them.
 */
class SubcommandsTest {

  private static final Clock CLOCK =
      Clock.fixed(Instant.parse("2026-11-24T10:00:00Z"), ZoneOffset.UTC);

  private String out = "";
  private String err = "";

  private int run(String... args) {
    ByteArrayOutputStream outBytes = new ByteArrayOutputStream();
    ByteArrayOutputStream errBytes = new ByteArrayOutputStream();
    int code =
        LeveHeleLivetCommand.execute(
            args,
            new PrintStream(outBytes, true, StandardCharsets.UTF_8),
            new PrintStream(errBytes, true, StandardCharsets.UTF_8),
            CLOCK,
            Map.of());
    out = outBytes.toString(StandardCharsets.UTF_8);
    err = errBytes.toString(StandardCharsets.UTF_8);
    return code;
  }

  @Test
  void everySubcommandIsKeptUnderTheNameItsAnnotationGives() {
    assertThat(LeveHeleLivetCommand.SUBCOMMANDS)
        .hasSize(18)
        .allSatisfy(
            (name, type) -> assertThat(type.getAnnotation(Command.class).name()).isEqualTo(name));
  }

  @Test
  void theUsageListsEverySubcommandInOrder() {
    assertThat(run("--help")).isZero();

    assertThat(out)
        .containsSubsequence(
            "journey",
            "catalogue",
            "start",
            "record",
            "status",
            "fire",
            "verify",
            "list",
            "portfolio",
            "outbox",
            "db",
            "validate",
            "diagram",
            "schema",
            "calendar",
            "serve",
            "hash-password",
            "help");
  }

  @Test
  void helpOnASubcommandFindsIt() {
    assertThat(run("help", "status")).isZero();

    assertThat(out).startsWith("Usage: levehelelivet status");
  }

  @Test
  void aSubcommandsOwnHelpNamesItUnderTheCommand() {
    assertThat(run("db", "init", "--help")).isZero();

    assertThat(out).startsWith("Usage: levehelelivet db init");
  }

  @Test
  void anUnknownSubcommandIsAUsageErrorThatSuggestsTheNearest() {
    assertThat(run("statsu")).isEqualTo(ExitCode.USAGE);

    assertThat(err).startsWith("LHL-U-").contains("statsu");
    assertThat(out).isEmpty();
  }
}
