package no.levehelelivet.examples.cli;

import java.io.PrintStream;
import java.time.Clock;
import no.levehelelivet.core.Language;
import no.levehelelivet.serialization.WireCodec;

/** What every subcommand works with: where to print, what time it is, and the codec. */
final class CliContext {

  private final PrintStream out;
  private final PrintStream err;
  private final Clock clock;
  private final WireCodec codec;

  CliContext(PrintStream out, PrintStream err, Clock clock, WireCodec codec) {
    this.out = out;
    this.err = err;
    this.clock = clock;
    this.codec = codec;
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

  WireCodec codec() {
    return codec;
  }

  /** Document files on the standard codec, printing problems in {@code language}. */
  DocumentFiles files(Language language) {
    return new DocumentFiles(codec, language);
  }
}
