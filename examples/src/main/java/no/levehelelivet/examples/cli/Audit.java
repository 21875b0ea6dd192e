package no.levehelelivet.examples.cli;

import java.time.Duration;
import java.util.Locale;
import me.tongfei.progressbar.ConsoleProgressBarConsumer;
import me.tongfei.progressbar.ProgressBar;
import me.tongfei.progressbar.ProgressBarBuilder;
import me.tongfei.progressbar.ProgressBarStyle;
import no.levehelelivet.core.Language;
import no.levehelelivet.store.AuditReport;
import no.levehelelivet.store.BrokenChain;

/**
 * {@code verify --all}: the audit (<i>revisjon</i>) of every process of a database, with a progress
 * bar on standard error, a summary with its time on standard output, and each broken chain as one
 * coded line on standard error (exit 1).
 */
final class Audit {

  /** The width of the bar's line: fixed, so that no terminal is asked and nothing else printed. */
  private static final int WIDTH = 80;

  private Audit() {}

  static void run(Database db, CliContext context, Language language) {
    long started = System.nanoTime();
    AuditReport report;
    try (ProgressBar bar =
        new ProgressBarBuilder()
            .setTaskName("verify")
            .setInitialMax(0)
            .setStyle(ProgressBarStyle.ASCII)
            .setUpdateIntervalMillis(250)
            .setConsumer(new ConsoleProgressBarConsumer(context.err(), WIDTH))
            .build()) {
      report =
          db.store()
              .verifyAll(
                  (checked, total, broken) -> {
                    bar.maxHint(total);
                    bar.stepTo(checked);
                    bar.setExtraMessage(broken == 0 ? "" : broken + " broken");
                  });
    }
    Duration took = Duration.ofNanos(System.nanoTime() - started);
    String time = String.format(Locale.ROOT, "%.3f s", took.toMillis() / 1000.0);
    String checked =
        report.checked()
            + (report.checked() == 1 ? " process checked in " : " processes checked in ");
    if (report.isIntact()) {
      context.out().println(checked + time + ": every chain is intact");
      return;
    }
    context
        .out()
        .println(
            checked
                + time
                + ": "
                + report.broken().size()
                + (report.broken().size() == 1 ? " chain is broken" : " chains are broken"));
    StringBuilder lines = new StringBuilder();
    for (BrokenChain chain : report.broken()) {
      if (lines.length() > 0) {
        lines.append(System.lineSeparator());
      }
      lines.append(line(chain, language));
    }
    throw CliException.coded(ExitCode.REJECTED, lines.toString());
  }

  /**
   * A broken chain as one line: the process and the sequence number of the first entry that fails,
   * then the store's code with what it means and what to do, in {@code language}.
   */
  static String line(BrokenChain chain, Language language) {
    String place = Echo.quote(chain.processId()) + " #" + chain.sequence();
    if (language == Language.ENGLISH) {
      return place + ": " + Failures.oneLine(chain.message());
    }
    return place
        + ": "
        + chain.code().code()
        + ": "
        + chain.code().meaning(language)
        + "; "
        + chain.code().remedy(language);
  }
}
