package no.levehelelivet.examples.cli;

import java.io.InputStream;
import java.io.PrintStream;
import java.time.Clock;
import java.util.Map;
import no.levehelelivet.core.Language;
import no.levehelelivet.serialization.WireCodec;
import org.jspecify.annotations.Nullable;

/**
 * What every subcommand works with: where to print, what time it is, the codec, and the environment
 * variables it may read (only {@code LHL_DB_PASSWORD}).
 */
final class CliContext {

  private final PrintStream out;
  private final PrintStream err;
  private final Clock clock;
  private final Map<String, String> environment;
  private final InputStream in;

  CliContext(PrintStream out, PrintStream err, Clock clock, Map<String, String> environment) {
    this(System.in, out, err, clock, environment);
  }

  CliContext(
      InputStream in,
      PrintStream out,
      PrintStream err,
      Clock clock,
      Map<String, String> environment) {
    this.in = in;
    this.out = out;
    this.err = err;
    this.clock = clock;
    this.environment = Map.copyOf(environment);
  }

  /** Standard input, or what a test gives in its place. */
  InputStream in() {
    return in;
  }

  /** Whether {@link #in} is the process's own standard input, which a terminal may be behind. */
  boolean isSystemIn() {
    return in == System.in;
  }

  PrintStream out() {
    return out;
  }

  PrintStream err() {
    return err;
  }

  Clock clock() {
    return clock;
  }

  /**
   * The standard codec, asked for only by the commands that read or write a document: a command
   * that does not, such as {@code --help}, never builds its mappers.
   */
  WireCodec codec() {
    return WireCodec.standard();
  }

  /** The value of the environment variable {@code name}, or {@code null} if it is not set. */
  @Nullable String environment(String name) {
    return environment.get(name);
  }

  /** Document files on the standard codec, printing problems in {@code language}. */
  DocumentFiles files(Language language) {
    return new DocumentFiles(codec(), language);
  }
}
