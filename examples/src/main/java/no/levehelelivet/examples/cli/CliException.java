package no.levehelelivet.examples.cli;

import no.levehelelivet.core.Language;
import org.jspecify.annotations.Nullable;

/**
 * A failure a subcommand reports to the user: the text for standard error and the exit code to end
 * with. A usage error (exit 2) or a found problem of the command's own (exit 1) carries a {@link
 * CliCode} and prints one line, {@code CODE: meaning: detail}; a rejection (exit 1) prints its
 * text, whose every problem or reason has its own code.
 */
final class CliException extends RuntimeException {

  private static final long serialVersionUID = 1L;

  private final int exitCode;
  private final @Nullable CliCode code;

  private CliException(
      int exitCode, @Nullable CliCode code, String text, @Nullable Throwable cause) {
    super(text, cause);
    this.exitCode = exitCode;
    this.code = code;
  }

  /**
   * A usage error (exit 2) with its code and a detail such as the option and value at fault; the
   * detail is one line and echoes input cut short.
   */
  static CliException usage(CliCode code, String detail) {
    return new CliException(ExitCode.USAGE, code, detail, null);
  }

  /** A usage error (exit 2) caused by {@code cause}. */
  static CliException usage(CliCode code, String detail, Throwable cause) {
    return new CliException(ExitCode.USAGE, code, detail, cause);
  }

  /** A problem the command found (exit 1), such as a stored process that another writer changed. */
  static CliException found(CliCode code, String detail) {
    return new CliException(ExitCode.REJECTED, code, detail, null);
  }

  /**
   * A failure whose text already names the code of every problem or reason in it, one a line: exit
   * 1 for a rejection, exit 2 for malformed input.
   */
  static CliException coded(int exitCode, String text) {
    return new CliException(exitCode, null, text, null);
  }

  int exitCode() {
    return exitCode;
  }

  /** The text for standard error, in {@code language} where it has translations. */
  String text(Language language) {
    String detail = String.valueOf(getMessage());
    CliCode own = code;
    if (own == null) {
      return detail;
    }
    String line = own.code() + ": " + Messages.meaning(own, language);
    return detail.isEmpty() ? line : line + ": " + detail;
  }
}
