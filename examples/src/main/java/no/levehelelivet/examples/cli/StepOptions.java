package no.levehelelivet.examples.cli;

import java.util.ArrayList;
import java.util.List;
import no.levehelelivet.process.Command;
import org.jspecify.annotations.Nullable;
import picocli.CommandLine.Option;

/** The options every journaled step may carry: evidence references and a note. */
final class StepOptions {

  @Option(names = "--evidence", paramLabel = "REF", description = "Evidence reference; repeatable.")
  List<String> evidence = new ArrayList<>();

  @Option(names = "--note", paramLabel = "TEXT", description = "A note saying why.")
  @Nullable String note;

  /** The command with this step's evidence and note. */
  Command applyTo(Command command) {
    Command result = command;
    if (!evidence.isEmpty()) {
      result = result.withEvidence(evidence.toArray(new String[0]));
    }
    String text = note;
    if (text != null) {
      result = result.withNote(text);
    }
    return result;
  }
}
