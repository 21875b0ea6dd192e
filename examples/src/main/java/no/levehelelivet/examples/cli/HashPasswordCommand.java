package no.levehelelivet.examples.cli;

import java.io.BufferedReader;
import java.io.Console;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import no.levehelelivet.examples.web.WebTool;
import picocli.CommandLine.Command;

/**
 * {@code levehelelivet hash-password}: a password hash for a line of {@code serve --users FILE}.
 * The password is asked for twice on a terminal, without echo, or read as the first line of
 * standard input; it never appears on the command line.
 */
@Command(
    name = "hash-password",
    mixinStandardHelpOptions = true,
    description =
        "Print a password hash for a users file line NAME:ROLE[,ROLE…]:HASH. The password is asked"
            + " for on the terminal, or read from the first line of standard input.")
final class HashPasswordCommand implements Runnable {

  /** Passwords shorter than this are refused. */
  static final int MIN_LENGTH = 10;

  private static final int MAX_LENGTH = 1024;

  private final CliContext context;

  HashPasswordCommand(CliContext context) {
    this.context = context;
  }

  @Override
  public void run() {
    char[] password = read();
    try {
      if (password.length < MIN_LENGTH || password.length > MAX_LENGTH) {
        throw CliException.usage(
            CliCode.INVALID_VALUE,
            "a password of "
                + password.length
                + " characters; use "
                + MIN_LENGTH
                + " to "
                + MAX_LENGTH);
      }
      context.out().println(WebTool.hashPassword(password));
    } finally {
      Arrays.fill(password, '\0');
    }
  }

  @SuppressWarnings("SystemConsoleNull") // on Java 17, our target, it is null without a terminal
  private char[] read() {
    Console console = System.console();
    if (console != null && context.isSystemIn()) {
      char[] first = console.readPassword("password: ");
      char[] again = console.readPassword("again: ");
      if (first == null || again == null) {
        throw CliException.usage(CliCode.MISSING_ARGUMENT, "the password (none was typed)");
      }
      boolean same = Arrays.equals(first, again);
      Arrays.fill(again, '\0');
      if (!same) {
        Arrays.fill(first, '\0');
        throw CliException.usage(CliCode.INVALID_VALUE, "the two passwords typed differ");
      }
      return first;
    }
    try {
      BufferedReader reader =
          new BufferedReader(new InputStreamReader(context.in(), StandardCharsets.UTF_8));
      String line = reader.readLine();
      if (line == null) {
        throw CliException.usage(
            CliCode.MISSING_ARGUMENT, "the password (standard input is empty)");
      }
      return line.toCharArray();
    } catch (IOException e) {
      throw CliException.usage(CliCode.UNREADABLE_FILE, "standard input: " + e.getMessage(), e);
    }
  }
}
