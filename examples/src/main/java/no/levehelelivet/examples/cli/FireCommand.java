package no.levehelelivet.examples.cli;

import java.nio.file.Path;
import no.levehelelivet.process.Command;
import no.levehelelivet.process.ProcessDefinition;
import no.levehelelivet.process.ProcessInstance;
import org.jspecify.annotations.Nullable;
import picocli.CommandLine;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code levehelelivet fire}: applies one command to a process and saves it atomically. */
@CommandLine.Command(
    name = "fire",
    mixinStandardHelpOptions = true,
    description =
        "Apply one command (a trigger such as begin-mapping) to the process in FILE and"
            + " write it back atomically. On refusal or any error the file is left byte for byte as it"
            + " was. With --db and --process, the step is stored in the database in one"
            + " transaction, its effects in the outbox.")
final class FireCommand implements Runnable {

  private final CliContext context;

  @Parameters(
      arity = "0..1",
      paramLabel = "FILE",
      description = "The process document; or give --db and --process.")
  @Nullable Path file;

  @Mixin ProcessOptions where = new ProcessOptions();

  @Option(names = "--trigger", required = true, paramLabel = "T", description = "Trigger code.")
  String trigger = "";

  @Mixin ActorOptions actor = new ActorOptions();

  @Option(names = "--target", paramLabel = "PHASE", description = "Target phase, for revisit.")
  @Nullable String target;

  @Mixin StepOptions step = new StepOptions();

  @Option(
      names = "--expected-version",
      paramLabel = "N",
      description = "Refuse unless the process still has N journal entries (a stale write).")
  @Nullable Long expectedVersion;

  @Mixin DefinitionOption definition = new DefinitionOption();

  @Mixin LanguageOption lang = new LanguageOption();

  FireCommand(CliContext context) {
    this.context = context;
  }

  @Override
  public void run() {
    Path path = where.file(file, definition);
    if (path == null) {
      try (Database db = where.open(context)) {
        String id = where.id();
        Command command = command(db.store().load(id).definition());
        Outcomes.reportStored(
            db.store().apply(id, command, actor.clock(context)),
            context.out(),
            Echo.quote(trigger),
            lang.language);
      }
      return;
    }
    DocumentFiles files = definition.files(context, lang.language);
    ProcessInstance instance = files.readOrFail(path, ProcessInstance.class);
    Outcomes.saveOrRefuse(
        instance.fire(command(instance.definition()), actor.clock(context)),
        path,
        files,
        context.out(),
        Echo.quote(trigger),
        lang.language);
  }

  /** The command to fire, with this command line's target, evidence, note and version. */
  private Command command(ProcessDefinition processDefinition) {
    Command command = Command.of(trigger, actor.actor(processDefinition));
    String phase = target;
    if (phase != null) {
      command = command.withTarget(phase);
    }
    command = step.applyTo(command);
    Long version = expectedVersion;
    if (version != null) {
      command = command.withExpectedVersion(version);
    }
    return command;
  }
}
