package no.levehelelivet.examples.cli;

import java.io.PrintStream;
import java.nio.file.Path;
import java.util.List;
import no.levehelelivet.core.Language;
import no.levehelelivet.process.Effect;
import no.levehelelivet.process.Outcome;
import no.levehelelivet.process.Reason;
import no.levehelelivet.process.journal.JournalEntry;
import no.levehelelivet.store.Conflict;
import no.levehelelivet.store.Refused;
import no.levehelelivet.store.Saved;
import no.levehelelivet.store.StoreResult;

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
      throw refused(what, outcome.reasons(), language);
    }
    files.write(file, outcome.instance());
    JournalEntry entry =
        outcome
            .instance()
            .journal()
            .last()
            .orElseThrow(() -> new IllegalStateException("an accepted step is journaled"));
    print(entry, outcome.effects(), out);
  }

  /**
   * Prints a step the store saved, with its journal entry and effects (now in the outbox); a
   * refusal ends with exit code 1, listing every reason in {@code language}, and a conflict with
   * {@code LHL-U-016}: nothing was stored.
   */
  static void reportStored(StoreResult result, PrintStream out, String what, Language language) {
    if (result instanceof Refused refused) {
      throw refused(what, refused.reasons(), language);
    }
    if (result instanceof Conflict conflict) {
      throw conflict(conflict);
    }
    Saved saved = (Saved) result;
    for (JournalEntry entry : saved.entries()) {
      print(entry, List.of(), out);
    }
    for (Effect effect : saved.effects()) {
      out.println("  effect: " + effect);
    }
  }

  /** The report of a conflict: the stored version, and the one the step was made on. */
  static CliException conflict(Conflict conflict) {
    return CliException.found(
        CliCode.STORE_CONFLICT,
        "process "
            + Echo.quote(conflict.processId())
            + " is stored at version "
            + conflict.currentVersion()
            + ", the step was made on version "
            + conflict.expectedVersion());
  }

  private static CliException refused(String what, List<Reason> reasons, Language language) {
    StringBuilder message = new StringBuilder(what + " refused:");
    for (Reason reason : reasons) {
      message.append(System.lineSeparator()).append("  ").append(Messages.of(reason, language));
    }
    return CliException.coded(ExitCode.REJECTED, message.toString());
  }

  private static void print(JournalEntry entry, List<Effect> effects, PrintStream out) {
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
    for (Effect effect : effects) {
      out.println("  effect: " + effect);
    }
  }
}
