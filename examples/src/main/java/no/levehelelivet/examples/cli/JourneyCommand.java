package no.levehelelivet.examples.cli;

import java.nio.file.Path;
import no.levehelelivet.core.Language;
import no.levehelelivet.core.Municipality;
import no.levehelelivet.examples.MunicipalityJourney;
import no.levehelelivet.process.ProcessInstance;
import no.levehelelivet.store.Conflict;
import org.jspecify.annotations.Nullable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/**
 * {@code levehelelivet journey}: runs a municipality through every phase of the standard process
 * and prints the timeline (example 2).
 */
@Command(
    name = "journey",
    mixinStandardHelpOptions = true,
    description = {
      "Run a municipality through every phase of the standard process, following the anchoring"
          + " steps of the course material, and print the timeline: criteria recorded, a refused"
          + " step and its correction, a step back, and the verified journal.",
      "With --out, also write the final process document as JSON; with --db, also store the"
          + " process, its whole journal, in the database (create its tables first with db init)."
    })
final class JourneyCommand implements Runnable {

  private final CliContext context;

  @Option(names = "--municipality", defaultValue = "Vefsn", description = "Municipality name.")
  String municipality = "Vefsn";

  @Option(
      names = "--number",
      defaultValue = "1824",
      paramLabel = "NNNN",
      description = "Four-digit kommunenummer (default: ${DEFAULT-VALUE}).")
  String number = "1824";

  @Option(
      names = "--lang",
      defaultValue = "nb",
      converter = LanguageConverter.class,
      paramLabel = "LANG",
      description = "Language of the timeline: nb, nn or en (default: ${DEFAULT-VALUE}).")
  Language language = Language.BOKMAL;

  @Option(names = "--out", paramLabel = "FILE", description = "Write the final process as JSON.")
  @Nullable Path out;

  @Mixin DatabaseOptions database = new DatabaseOptions();

  JourneyCommand(CliContext context) {
    this.context = context;
  }

  @Override
  public void run() {
    Municipality place = Municipality.of(municipality, number);
    if (!database.given()) {
      journey(place, null);
      return;
    }
    // The database is opened first, so that one without the store's tables fails before the walk.
    try (Database db = database.open(context, "where to keep the process")) {
      journey(place, db);
    }
  }

  private void journey(Municipality place, @Nullable Database db) {
    ProcessInstance instance = MunicipalityJourney.run(place, language, context.out());
    Path target = out;
    if (target != null) {
      context.files(language).write(target, instance);
      context.out().println();
      context.out().println("→ " + target);
    }
    if (db != null) {
      if (db.store().create(instance) instanceof Conflict conflict) {
        throw CliException.found(
            CliCode.STORE_CONFLICT,
            "a process with the id "
                + Echo.quote(instance.id())
                + " is already stored, at version "
                + conflict.currentVersion());
      }
      context.out().println();
      context.out().println("→ " + db.shown() + ", process " + instance.id());
    }
  }
}
