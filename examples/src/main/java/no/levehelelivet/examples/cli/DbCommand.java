package no.levehelelivet.examples.cli;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;

/**
 * {@code levehelelivet db}: the database the processes are kept in; {@code db init} prepares it.
 */
@Command(
    name = "db",
    mixinStandardHelpOptions = true,
    description = "Prepare the database the processes are kept in: db init --db JDBC_URL.",
    subcommands = DbCommand.Init.class)
final class DbCommand implements Runnable {

  @Override
  public void run() {
    throw CliException.usage(CliCode.NO_SUBCOMMAND, "db init --db JDBC_URL");
  }

  /** {@code levehelelivet db init}: creates the store's tables where they are missing. */
  @Command(
      name = "init",
      mixinStandardHelpOptions = true,
      description =
          "Create the store's tables and indexes in the database of --db where they are missing"
              + " (an H2 file database is created too). Safe to run again. In production on"
              + " PostgreSQL, run the store's DDL with your migration tool instead.")
  static final class Init implements Runnable {

    private final CliContext context;

    @Mixin DatabaseOptions database = new DatabaseOptions();

    @Mixin LanguageOption lang = new LanguageOption();

    Init(CliContext context) {
      this.context = context;
    }

    @Override
    public void run() {
      try (Database db = database.openForInit(context)) {
        db.createSchema();
        context.out().println("the store's tables are in " + db.shown());
      }
    }
  }
}
