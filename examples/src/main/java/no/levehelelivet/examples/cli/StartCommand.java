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
            + " definition, and write it to a file.")
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

  @Option(names = "--out", required = true, paramLabel = "FILE", description = "Where to write.")
  Path out = Path.of("");

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
    ProcessInstance instance =
        ProcessInstance.start(processDefinition, processId, place, Actor.of(actor, starter), clock);
    definition.files(context, lang.language).write(out, instance);
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
                + out);
  }
}
