package no.levehelelivet.examples.cli;

import java.nio.file.Path;
import no.levehelelivet.core.Language;
import no.levehelelivet.process.ProcessDefinition;
import no.levehelelivet.process.diagram.DiagramFormat;
import org.jspecify.annotations.Nullable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code levehelelivet diagram}: draws a process definition as Mermaid, Graphviz DOT or SCXML. */
@Command(
    name = "diagram",
    mixinStandardHelpOptions = true,
    description =
        "Print a process definition — the standard one, or a tailored one from a file — as a"
            + " Mermaid state diagram, Graphviz DOT or W3C SCXML.")
final class DiagramCommand implements Runnable {

  /** The diagram formats. */
  enum Format {
    mermaid,
    dot,
    scxml
  }

  private final CliContext context;

  @Option(
      names = "--definition",
      paramLabel = "FILE",
      description = "A process-definition document (JSON or YAML); default: the standard process.")
  @Nullable Path definition;

  @Option(
      names = "--format",
      defaultValue = "mermaid",
      description = "${COMPLETION-CANDIDATES} (default: ${DEFAULT-VALUE}).")
  Format format = Format.mermaid;

  @Option(
      names = "--lang",
      defaultValue = "nb",
      converter = LanguageConverter.class,
      paramLabel = "LANG",
      description = "Language of labels and problems: nb, nn or en (default: ${DEFAULT-VALUE}).")
  Language language = Language.BOKMAL;

  DiagramCommand(CliContext context) {
    this.context = context;
  }

  @Override
  public void run() {
    Path file = definition;
    ProcessDefinition processDefinition =
        file == null
            ? ProcessDefinition.standard()
            : context.files(language).readOrFail(file, ProcessDefinition.class);
    String text = DiagramFormat.fromCode(format.name()).render(processDefinition, language);
    context.out().print(text);
  }
}
