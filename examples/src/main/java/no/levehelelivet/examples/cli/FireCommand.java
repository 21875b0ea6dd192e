package no.levehelelivet.examples.cli;

import java.nio.file.Path;
import no.levehelelivet.process.Command;
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
            + " was.")
final class FireCommand implements Runnable {

  private final CliContext context;

  @Parameters(paramLabel = "FILE", description = "The process document.")
  Path file = Path.of("");

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
    DocumentFiles files = definition.files(context, lang.language);
    ProcessInstance instance = files.readOrFail(file, ProcessInstance.class);
    Command command = Command.of(trigger, actor.actor(instance.definition()));
    String phase = target;
    if (phase != null) {
      command = command.withTarget(phase);
    }
    command = step.applyTo(command);
    Long version = expectedVersion;
    if (version != null) {
      command = command.withExpectedVersion(version);
    }
    Outcomes.saveOrRefuse(
        instance.fire(command, actor.clock(context)),
        file,
        files,
        context.out(),
        Echo.quote(trigger),
        lang.language);
  }
}
