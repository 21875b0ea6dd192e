package no.levehelelivet.examples.cli;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import no.levehelelivet.core.Municipality;
import no.levehelelivet.process.Actor;
import no.levehelelivet.process.ProcessDefinition;
import no.levehelelivet.process.ProcessInstance;
import no.levehelelivet.process.Role;
import no.levehelelivet.store.Conflict;
import org.jspecify.annotations.Nullable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code levehelelivet start}: a new process for a municipality, written as a document. */
@Command(
    name = "start",
    mixinStandardHelpOptions = true,
    description =
        "Start a new change process for a municipality on the standard (or a tailored)"
            + " definition, and write it to a file, or store it in the database of --db.")
final class StartCommand implements Runnable {

  private final CliContext context;

  @Option(names = "--municipality", required = true, paramLabel = "NAME", description = "Name.")
  String municipality = "";

  @Option(
      names = "--number",
      required = true,
      paramLabel = "NNNN",
      description = "Four-digit kommunenummer.")
  String number = "";

  @Mixin DefinitionOption definition = new DefinitionOption();

  @Option(
      names = "--out",
      paramLabel = "FILE",
      description = "Where to write the process document; or give --db.")
  @Nullable Path out;

  @Mixin DatabaseOptions database = new DatabaseOptions();

  @Option(names = "--id", paramLabel = "ID", description = "Process id; default: lhl-NNNN.")
  @Nullable String id;

  @Option(
      names = "--actor",
      defaultValue = "process-lead",
      paramLabel = "ID",
      description = "Who starts it (default: ${DEFAULT-VALUE}).")
  String actor = "process-lead";

  @Option(
      names = "--role",
      defaultValue = "process-lead",
      paramLabel = "R",
      description = "The starter's role (default: ${DEFAULT-VALUE}).")
  String role = "process-lead";

  @Option(
      names = "--at",
      paramLabel = "INSTANT",
      converter = InstantConverter.class,
      description = "When, ISO-8601 in UTC such as 2026-11-24T10:15:30Z; default: now.")
  @Nullable Instant at;

  @Mixin LanguageOption lang = new LanguageOption();

  StartCommand(CliContext context) {
    this.context = context;
  }

  @Override
  public void run() {
    Municipality place = Municipality.of(municipality, number);
    ProcessDefinition processDefinition = definition.definition(context, lang.language);
    Role starter = processDefinition.role(role);
    Instant instant = at;
    Clock clock = instant == null ? context.clock() : Clock.fixed(instant, ZoneOffset.UTC);
    String processId = id == null ? "lhl-" + place.number() : id;
    Path file = out;
    if (file != null && database.given()) {
      throw CliException.usage(CliCode.EXCLUSIVE_ARGUMENTS, "--out and --db");
    }
    if (file == null) {
      database.urlFor("or --out FILE: where to keep the new process");
    }
    ProcessInstance instance =
        ProcessInstance.start(processDefinition, processId, place, Actor.of(actor, starter), clock);
    String where;
    if (file != null) {
      definition.files(context, lang.language).write(file, instance);
      where = file.toString();
    } else {
      try (Database db = database.open(context, "where to keep the new process")) {
        if (db.store().create(instance) instanceof Conflict conflict) {
          throw CliException.found(
              CliCode.STORE_CONFLICT,
              "a process with the id "
                  + Echo.quote(processId)
                  + " is already stored, at version "
                  + conflict.currentVersion());
        }
        where = db.shown();
      }
    }
    context
        .out()
        .println(
            "started "
                + processId
                + " for "
                + place.name()
                + " ("
                + place.number()
                + ") on "
                + processDefinition.id()
                + " v"
                + processDefinition.version()
                + " in phase "
                + instance.phase()
                + " -> "
                + where);
  }
}
