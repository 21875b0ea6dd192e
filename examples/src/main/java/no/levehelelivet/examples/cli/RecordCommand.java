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

/** {@code levehelelivet record}: records that a criterion is met, itself a journaled command. */
@CommandLine.Command(
    name = "record",
    mixinStandardHelpOptions = true,
    description =
        "Record that a criterion is met, with evidence such as a case or document number."
            + " The file is rewritten atomically; on refusal it is left as it was. With --db and"
            + " --process, the step is stored in the database in one transaction.")
final class RecordCommand implements Runnable {

  private final CliContext context;

  @Parameters(
      arity = "0..1",
      paramLabel = "FILE",
      description = "The process document; or give --db and --process.")
  @Nullable Path file;

  @Mixin ProcessOptions where = new ProcessOptions();

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
    String what = "recording " + Echo.quote(criterion);
    Path path = where.file(file, definition);
    if (path == null) {
      try (Database db = where.open(context)) {
        String id = where.id();
        ProcessDefinition processDefinition = db.store().load(id).definition();
        Command command =
            step.applyTo(Command.recordCriterion(criterion, actor.actor(processDefinition)));
        Outcomes.reportStored(
            db.store().apply(id, command, actor.clock(context)),
            context.out(),
            what,
            lang.language);
      }
      return;
    }
    DocumentFiles files = definition.files(context, lang.language);
    ProcessInstance instance = files.readOrFail(path, ProcessInstance.class);
    ProcessDefinition processDefinition = instance.definition();
    Command command =
        step.applyTo(Command.recordCriterion(criterion, actor.actor(processDefinition)));
    Outcomes.saveOrRefuse(
        instance.fire(command, actor.clock(context)),
        path,
        files,
        context.out(),
        what,
        lang.language);
  }
}
