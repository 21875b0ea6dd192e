package no.levehelelivet.examples.cli;

import java.nio.file.Path;
import no.levehelelivet.core.Language;
import no.levehelelivet.process.ProcessInstance;
import org.jspecify.annotations.Nullable;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/**
 * Where a command that reads or changes one process finds it: in a FILE, or in the database of
 * {@code --db} under {@code --process ID}; one or the other, never both.
 */
final class ProcessOptions {

  @Mixin DatabaseOptions database = new DatabaseOptions();

  @Option(
      names = "--process",
      paramLabel = "ID",
      description = "The id of the process in the database of --db, instead of a FILE.")
  @Nullable String process;

  /**
   * The process file, or {@code null} if the process is in the database; a usage error if both or
   * neither are named, or if a definition file is given for a process in the database, which keeps
   * each process's definition itself.
   */
  @Nullable Path file(@Nullable Path file, DefinitionOption definition) {
    if (definition.file != null && (database.given() || process != null)) {
      throw CliException.usage(CliCode.EXCLUSIVE_ARGUMENTS, "--definition and --db");
    }
    if (file != null) {
      if (database.given()) {
        throw CliException.usage(CliCode.EXCLUSIVE_ARGUMENTS, "FILE and --db");
      }
      if (process != null) {
        throw CliException.usage(CliCode.EXCLUSIVE_ARGUMENTS, "FILE and --process");
      }
      return file;
    }
    if (!database.given() && process == null) {
      throw CliException.usage(
          CliCode.MISSING_ARGUMENT, "FILE, or --db JDBC_URL with --process ID");
    }
    id();
    database.urlFor("the database of --process");
    return null;
  }

  /** The id of {@code --process}, or a usage error if it is missing. */
  String id() {
    String id = process;
    if (id == null) {
      throw CliException.usage(CliCode.MISSING_ARGUMENT, "--process ID (the process in --db)");
    }
    return id;
  }

  /** Opens the database of {@code --db}. */
  Database open(CliContext context) {
    return database.open(context, "the database of --process");
  }

  /** The process, from its file or from the database; problems in {@code language}. */
  ProcessInstance load(
      CliContext context, @Nullable Path file, DefinitionOption definition, Language language) {
    Path path = file(file, definition);
    if (path != null) {
      return definition.files(context, language).readOrFail(path, ProcessInstance.class);
    }
    try (Database db = database.openToRead(context, "the database of --process")) {
      return db.store().load(id());
    }
  }
}
