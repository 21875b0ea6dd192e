package no.levehelelivet.examples.cli;

import java.time.Instant;
import java.time.format.DateTimeParseException;
import no.levehelelivet.core.Municipality;

/** Turns command-line arguments into values, failing as a usage error (exit 2) with the reason. */
final class Arguments {

  private Arguments() {}

  /** A municipality from its name and number, or a usage error naming what is wrong. */
  static Municipality municipality(String name, String number) {
    try {
      return Municipality.of(name, number);
    } catch (IllegalArgumentException e) {
      throw new CliException(ExitCode.USAGE, String.valueOf(e.getMessage()), e);
    }
  }

  /** An ISO-8601 instant such as {@code 2026-11-24T10:15:30Z}, or a usage error. */
  static Instant instant(String option, String value) {
    try {
      return Instant.parse(value);
    } catch (DateTimeParseException e) {
      throw new CliException(
          ExitCode.USAGE,
          option
              + " must be an ISO-8601 instant such as 2026-11-24T10:15:30Z, was \""
              + value
              + "\"",
          e);
    }
  }
}
