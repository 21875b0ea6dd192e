package no.levehelelivet.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code serve} and {@code hash-password}: what they refuse before the tool starts. */
class ServeCliTest {

  private static final Clock CLOCK =
      Clock.fixed(Instant.parse("2026-11-24T10:00:00Z"), ZoneOffset.UTC);

  @TempDir Path dir;

  private String out = "";
  private String err = "";

  private int run(String input, String... args) {
    ByteArrayOutputStream outBytes = new ByteArrayOutputStream();
    ByteArrayOutputStream errBytes = new ByteArrayOutputStream();
    int code =
        LeveHeleLivetCommand.execute(
            args,
            new ByteArrayInputStream(input.getBytes(StandardCharsets.UTF_8)),
            new PrintStream(outBytes, true, StandardCharsets.UTF_8),
            new PrintStream(errBytes, true, StandardCharsets.UTF_8),
            CLOCK,
            Map.of());
    out = outBytes.toString(StandardCharsets.UTF_8);
    err = errBytes.toString(StandardCharsets.UTF_8);
    return code;
  }

  @Test
  void anAddressOtherThanLoopbackNeedsAUsersFile() {
    assertThat(run("", "serve", "--bind", "0.0.0.0")).isEqualTo(2);

    assertThat(err)
        .startsWith(
            "LHL-U-003: et påkrevd valg eller en påkrevd parameter mangler: --users FILE (--bind")
        .contains("\"0.0.0.0\" is not a loopback address)");
    assertThat(out).isEmpty();
  }

  @Test
  void aPortOutOfRangeIsRefused() {
    assertThat(run("", "serve", "--port", "70000")).isEqualTo(2);

    assertThat(err).startsWith("LHL-U-004").contains("--port 70000; use 0 to 65535");
  }

  @Test
  void aMissingUsersFileIsNamed() {
    Path missing = dir.resolve("users.txt");

    assertThat(run("", "serve", "--users", missing.toString())).isEqualTo(2);

    assertThat(err).startsWith("LHL-U-006").contains("users.txt");
  }

  @Test
  void aBadLineOfTheUsersFileIsNamedWithItsNumber() throws IOException {
    Path users = dir.resolve("users.txt");
    Files.writeString(users, "# users\nkari:process-lead:not-a-hash\n");
    String url = initialised();

    assertThat(run("", "serve", "--db", url, "--port", "0", "--users", users.toString()))
        .isEqualTo(2);

    assertThat(err)
        .startsWith("LHL-U-004")
        .contains("users.txt, line 2: the hash is not one hash-password makes");
  }

  @Test
  void aPortInUseIsSaidWithItsOwnCode() throws IOException {
    String url = initialised();
    try (ServerSocket taken = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
      int port = taken.getLocalPort();

      assertThat(run("", "serve", "--db", url, "--port", String.valueOf(port))).isEqualTo(2);

      assertThat(err)
          .startsWith("LHL-U-017: verktøyet kan ikke lytte på adressen og porten:")
          .contains("port " + port);
    }
  }

  @Test
  void aDatabaseWithoutTheStoresTablesIsRefusedBeforeTheToolStarts() {
    assertThat(run("", "serve", "--db", "jdbc:h2:mem:empty", "--port", "0")).isEqualTo(2);

    assertThat(err).startsWith("LHL-U-011");
  }

  @Test
  void hashPasswordPrintsAHashThatMatchesThePasswordFromStandardInput() {
    assertThat(run("riktig hest batteri\n", "hash-password")).isEqualTo(0);

    assertThat(out.strip())
        .matches("pbkdf2-sha256\\$600000\\$[A-Za-z0-9+/]{22}==\\$[A-Za-z0-9+/]{43}=");
    assertThat(err).isEmpty();
  }

  @Test
  void hashPasswordRefusesAShortPasswordAndAnEmptyInput() {
    assertThat(run("kort\n", "hash-password")).isEqualTo(2);
    assertThat(err).startsWith("LHL-U-004").contains("a password of 4 characters; use 10 to 1024");

    assertThat(run("", "hash-password")).isEqualTo(2);
    assertThat(err).startsWith("LHL-U-003").contains("standard input is empty");
  }

  private String initialised() {
    String url = "jdbc:h2:" + dir.resolve("store").toAbsolutePath();
    assertThat(run("", "db", "init", "--db", url)).isEqualTo(0);
    return url;
  }
}
