package no.levehelelivet.examples.cli;

import java.nio.file.Path;
import no.levehelelivet.process.Command;
import no.levehelelivet.process.ProcessDefinition;
import no.levehelelivet.process.ProcessInstance;
import picocli.CommandLine;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code levehelelivet record}: records that a criterion is met, itself a journaled command. */
@CommandLine.Command(
    name = "record",
    mixinStandardHelpOptions = true,
    description =
        "Record that a criterion is met, with evidence such as a case or document number."
            + " The file is rewritten atomically; on refusal it is left as it was.")
final class RecordCommand implements Runnable {

  private final CliContext context;

  @Parameters(paramLabel = "FILE", description = "The process document.")
  Path file = Path.of("");

  @Option(names = "--criterion", required = true, paramLabel = "C", description = "Criterion code.")
  String criterion = "";

  @Mixin ActorOptions actor = new ActorOptions();

  @Mixin StepOptions step = new StepOptions();

  @Mixin DefinitionOption definition = new DefinitionOption();

  @Mixin LanguageOption lang = new LanguageOption();

  RecordCommand(CliContext context) {
    this.context = context;
  }

  @Override
  public void run() {
    DocumentFiles files = definition.files(context, lang.language);
    ProcessInstance instance = files.readOrFail(file, ProcessInstance.class);
    ProcessDefinition processDefinition = instance.definition();
    Command command =
        step.applyTo(Command.recordCriterion(criterion, actor.actor(processDefinition)));
    Outcomes.saveOrRefuse(
        instance.fire(command, actor.clock(context)),
        file,
        files,
        context.out(),
        "recording " + Echo.quote(criterion),
        lang.language);
  }
}
