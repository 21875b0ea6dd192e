package no.levehelelivet.examples.cli;

/** The exit codes of the {@code levehelelivet} command. */
public final class ExitCode {

  /** Success. */
  public static final int OK = 0;

  /** The input was understood but rejected: invalid document, rejected command, broken chain. */
  public static final int REJECTED = 1;

  /** A usage error, an unreadable or unwritable file, or malformed input. */
  public static final int USAGE = 2;

  private ExitCode() {}
}
