package no.levehelelivet.examples.cli;

import java.nio.file.Path;
import java.util.Optional;
import no.levehelelivet.process.ProcessInstance;
import no.levehelelivet.process.journal.JournalProblem;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Parameters;

/** {@code levehelelivet verify}: checks a process document's journal chain. */
@Command(
    name = "verify",
    mixinStandardHelpOptions = true,
    description =
        "Check the chain of SHA-256 digests of a process document's journal: any changed,"
            + " removed, reordered or inserted entry, or a truncated journal, is reported (exit 1).")
final class VerifyCommand implements Runnable {

  private final CliContext context;

  @Parameters(paramLabel = "FILE", description = "The process document.")
  Path file = Path.of("");

  @Mixin DefinitionOption definition = new DefinitionOption();

  @Mixin LanguageOption lang = new LanguageOption();

  VerifyCommand(CliContext context) {
    this.context = context;
  }

  @Override
  public void run() {
    // Reading re-verifies the recorded chain and replays it; a broken chain fails there (exit 1).
    ProcessInstance instance =
        definition.files(context, lang.language).readOrFail(file, ProcessInstance.class);
    Optional<JournalProblem> problem = instance.journal().verify().problem();
    if (problem.isPresent()) {
      throw CliException.coded(
          ExitCode.REJECTED,
          file + ": the journal chain is broken: " + Messages.of(problem.get(), lang.language));
    }
    context
        .out()
        .println(
            file
                + ": the journal chain is intact, "
                + instance.journal().size()
                + " entries, head digest "
                + instance.journal().headDigest().hex());
  }
}
