package no.levehelelivet.examples.cli;

import java.io.StringWriter;
import java.nio.file.Path;
import java.util.List;
import no.levehelelivet.core.Language;
import no.levehelelivet.process.Actor;
import no.levehelelivet.process.CriterionRecord;
import no.levehelelivet.process.ProcessDefinition;
import no.levehelelivet.process.ProcessInstance;
import no.levehelelivet.process.Reason;
import no.levehelelivet.process.Role;
import no.levehelelivet.process.Verdict;
import org.jspecify.annotations.Nullable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import tools.jackson.core.JsonGenerator;
import tools.jackson.core.ObjectWriteContext;
import tools.jackson.core.json.JsonFactory;

/**
 * {@code levehelelivet status}: where a process stands, and — for a role — every trigger with its
 * verdict, so a screen knows which buttons to enable and why the others are disabled.
 */
@Command(
    name = "status",
    mixinStandardHelpOptions = true,
    description =
        "Show a process's phase, status and criteria met, and every trigger with its"
            + " verdict for a role: allowed, or each reason it is not. The process is in FILE,"
            + " or in the database of --db under --process ID.")
final class StatusCommand implements Runnable {

  private final CliContext context;

  @Parameters(
      arity = "0..1",
      paramLabel = "FILE",
      description = "The process document; or give --db and --process.")
  @Nullable Path file;

  @Mixin ProcessOptions where = new ProcessOptions();

  @Option(
      names = "--role",
      paramLabel = "R",
      description = "Show verdicts for this role; default: every role of the definition.")
  @Nullable String role;

  @Option(
      names = "--format",
      defaultValue = "text",
      description = "${COMPLETION-CANDIDATES} (default: ${DEFAULT-VALUE}).")
  OutputFormat format = OutputFormat.text;

  @Option(
      names = "--lang",
      defaultValue = "nb",
      converter = LanguageConverter.class,
      paramLabel = "LANG",
      description =
          "Language of labels, reasons and problems: nb, nn or en (default: ${DEFAULT-VALUE}).")
  Language language = Language.BOKMAL;

  @Mixin DefinitionOption definition = new DefinitionOption();

  StatusCommand(CliContext context) {
    this.context = context;
  }

  @Override
  public void run() {
    ProcessInstance instance = where.load(context, file, definition, language);
    ProcessDefinition processDefinition = instance.definition();
    String code = role;
    List<Role> roles =
        code == null ? processDefinition.roles() : List.of(processDefinition.role(code));
    if (format == OutputFormat.json) {
      context.out().println(json(instance, roles, language));
    } else {
      text(instance, roles);
    }
  }

  private void text(ProcessInstance instance, List<Role> roles) {
    ProcessDefinition processDefinition = instance.definition();
    var out = context.out();
    out.println(
        instance.id()
            + " — "
            + instance.municipality().name()
            + " ("
            + instance.municipality().number()
            + ")");
    out.println(
        "phase: "
            + instance.phase()
            + " ("
            + instance.currentPhase().label(language)
            + "), status: "
            + instance.status().code()
            + ", version: "
            + instance.version());
    out.println("criteria met:");
    for (CriterionRecord record : instance.criteria().values()) {
      out.println(
          "  "
              + record.criterion()
              + " ("
              + processDefinition.criterion(record.criterion()).label(language)
              + ") by "
              + record.actorId()
              + " at "
              + record.time()
              + (record.evidence().isEmpty() ? "" : " " + record.evidence()));
    }
    for (Role each : roles) {
      out.println("triggers for " + each.code() + ":");
      for (Verdict verdict : instance.verdicts(Actor.of("status", each))) {
        if (verdict.isAllowed()) {
          out.println("  " + verdict.trigger().code() + ": allowed");
        } else {
          out.println("  " + verdict.trigger().code() + ": not allowed");
          for (Reason reason : verdict.reasons()) {
            out.println("    " + Messages.of(reason, language));
          }
        }
      }
    }
  }

  private static String json(ProcessInstance instance, List<Role> roles, Language language) {
    StringWriter text = new StringWriter();
    try (JsonGenerator json = new JsonFactory().createGenerator(ObjectWriteContext.empty(), text)) {
      json.writeStartObject();
      json.writeStringProperty("id", instance.id());
      json.writeStringProperty("municipalityNumber", instance.municipality().number());
      json.writeStringProperty("phase", instance.phase());
      json.writeStringProperty("status", instance.status().code());
      json.writeNumberProperty("version", instance.version());
      json.writeArrayPropertyStart("criteriaMet");
      for (CriterionRecord record : instance.criteria().values()) {
        json.writeString(record.criterion());
      }
      json.writeEndArray();
      json.writeArrayPropertyStart("verdicts");
      for (Role each : roles) {
        for (Verdict verdict : instance.verdicts(Actor.of("status", each))) {
          json.writeStartObject();
          json.writeStringProperty("role", each.code());
          json.writeStringProperty("trigger", verdict.trigger().code());
          json.writeBooleanProperty("allowed", verdict.isAllowed());
          json.writeArrayPropertyStart("reasons");
          for (Reason reason : verdict.reasons()) {
            json.writeStartObject();
            json.writeStringProperty("code", reason.code().code());
            json.writeStringProperty("message", Messages.of(reason, language));
            json.writeEndObject();
          }
          json.writeEndArray();
          json.writeEndObject();
        }
      }
      json.writeEndArray();
      json.writeEndObject();
    }
    return text.toString();
  }
}
