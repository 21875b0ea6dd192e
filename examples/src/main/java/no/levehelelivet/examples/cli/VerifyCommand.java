package no.levehelelivet.examples.cli;

import java.nio.file.Path;
import no.levehelelivet.process.ProcessInstance;
import no.levehelelivet.process.journal.Verification;
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

  VerifyCommand(CliContext context) {
    this.context = context;
  }

  @Override
  public void run() {
    // Reading re-verifies the recorded chain and replays it; a broken chain fails there (exit 1).
    ProcessInstance instance = definition.files(context).readOrFail(file, ProcessInstance.class);
    Verification verification = instance.journal().verify();
    if (!verification.isIntact()) {
      throw new CliException(
          ExitCode.REJECTED,
          file
              + ": the journal chain is broken: "
              + verification.problem().map(Object::toString).orElse(""));
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
