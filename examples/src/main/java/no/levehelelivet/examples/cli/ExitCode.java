package no.levehelelivet.examples.cli;

/** The exit codes of the {@code levehelelivet} command. */
public final class ExitCode {

  /** Success. */
  public static final int OK = 0;

  /**
   * The input was understood but rejected: invalid document, rejected command, broken chain, or a
   * step another writer stored first.
   */
  public static final int REJECTED = 1;

  /** A usage error, an unreadable or unwritable file, malformed input, or an unusable database. */
  public static final int USAGE = 2;

  private ExitCode() {}
}
