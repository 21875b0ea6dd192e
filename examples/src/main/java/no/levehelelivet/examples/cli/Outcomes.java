package no.levehelelivet.examples.cli;

import java.io.PrintStream;
import java.nio.file.Path;
import no.levehelelivet.core.Language;
import no.levehelelivet.process.Effect;
import no.levehelelivet.process.Outcome;
import no.levehelelivet.process.Reason;
import no.levehelelivet.process.journal.JournalEntry;

/** How the commands that change a process report an outcome. */
final class Outcomes {

  private Outcomes() {}

  /**
   * Saves an accepted outcome to {@code file} and prints its journal entry and effects; a refusal
   * leaves the file exactly as it was and ends with exit code 1, listing every reason in {@code
   * language}.
   */
  static void saveOrRefuse(
      Outcome outcome,
      Path file,
      DocumentFiles files,
      PrintStream out,
      String what,
      Language language) {
    if (!outcome.isAccepted()) {
      StringBuilder message = new StringBuilder(what + " refused:");
      for (Reason reason : outcome.reasons()) {
        message.append(System.lineSeparator()).append("  ").append(Messages.of(reason, language));
      }
      throw CliException.coded(ExitCode.REJECTED, message.toString());
    }
    files.write(file, outcome.instance());
    JournalEntry entry =
        outcome
            .instance()
            .journal()
            .last()
            .orElseThrow(() -> new IllegalStateException("an accepted step is journaled"));
    out.println(
        "#"
            + entry.sequence()
            + " "
            + entry.time()
            + " "
            + entry.trigger()
            + " by "
            + entry.actorId()
            + " ("
            + entry.role()
            + "): "
            + entry.fromPhase()
            + " -> "
            + entry.toPhase()
            + " ["
            + entry.status().code()
            + "]");
    for (Effect effect : outcome.effects()) {
      out.println("  effect: " + effect);
    }
  }
}
