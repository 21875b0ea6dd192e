package no.levehelelivet.examples.cli;

import java.nio.file.Path;
import java.util.Optional;
import no.levehelelivet.process.ProcessInstance;
import no.levehelelivet.process.journal.JournalProblem;
import org.jspecify.annotations.Nullable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code levehelelivet verify}: checks a process's journal chain, in a document or in a database;
 * with {@code --all}, every process of a database.
 */
@Command(
    name = "verify",
    mixinStandardHelpOptions = true,
    description = {
      "Check the chain of SHA-256 digests of a process's journal: any changed, removed,"
          + " reordered or inserted entry, or a truncated journal, is reported (exit 1). The"
          + " process is in FILE, or in the database of --db under --process ID.",
      "With --all and --db, check every process of the database, showing progress on standard"
          + " error, and list each broken chain with its process and entry (exit 1)."
    })
final class VerifyCommand implements Runnable {

  private final CliContext context;

  @Parameters(
      arity = "0..1",
      paramLabel = "FILE",
      description = "The process document; or give --db and --process, or --db and --all.")
  @Nullable Path file;

  @Mixin ProcessOptions where = new ProcessOptions();

  @Option(names = "--all", description = "Check every process in the database of --db.")
  boolean all;

  @Mixin DefinitionOption definition = new DefinitionOption();

  @Mixin LanguageOption lang = new LanguageOption();

  VerifyCommand(CliContext context) {
    this.context = context;
  }

  @Override
  public void run() {
    if (all) {
      if (file != null) {
        throw CliException.usage(CliCode.EXCLUSIVE_ARGUMENTS, "FILE and --all");
      }
      if (where.process != null) {
        throw CliException.usage(CliCode.EXCLUSIVE_ARGUMENTS, "--process and --all");
      }
      try (Database db = where.database.openToRead(context, "the database to check with --all")) {
        Audit.run(db, context, lang.language);
      }
      return;
    }
    Path path = where.file(file, definition);
    String name = path == null ? "process " + Echo.quote(where.id()) : path.toString();
    // Reading re-verifies the recorded chain and replays it; a broken chain fails there (exit 1).
    ProcessInstance instance = where.load(context, file, definition, lang.language);
    Optional<JournalProblem> problem = instance.journal().verify().problem();
    if (problem.isPresent()) {
      throw CliException.coded(
          ExitCode.REJECTED,
          name + ": the journal chain is broken: " + Messages.of(problem.get(), lang.language));
    }
    context
        .out()
        .println(
            name
                + ": the journal chain is intact, "
                + instance.journal().size()
                + " entries, head digest "
                + instance.journal().headDigest().hex());
  }
}
