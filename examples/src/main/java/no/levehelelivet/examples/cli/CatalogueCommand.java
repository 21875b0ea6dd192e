package no.levehelelivet.examples.cli;

import no.levehelelivet.core.Catalogue;
import no.levehelelivet.core.Language;
import no.levehelelivet.examples.CatalogueTour;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code levehelelivet catalogue}: prints the whole catalogue of the reform. */
@Command(
    name = "catalogue",
    mixinStandardHelpOptions = true,
    description = {
      "Print the whole catalogue of the reform: focus areas, solutions, actors and views, sectors,"
          + " roles, change kinds, questions, milestones and the sample activity plan.",
      "Text shows the labels of one language; JSON is the catalogue document of the wire format,"
          + " which carries all three."
    })
final class CatalogueCommand implements Runnable {

  private final CliContext context;

  @Option(
      names = "--lang",
      defaultValue = "nb",
      converter = LanguageConverter.class,
      paramLabel = "LANG",
      description = "Label language for text: nb, nn or en (default: ${DEFAULT-VALUE}).")
  Language language = Language.BOKMAL;

  @Option(
      names = "--format",
      defaultValue = "text",
      description = "Output format: ${COMPLETION-CANDIDATES} (default: ${DEFAULT-VALUE}).")
  OutputFormat format = OutputFormat.text;

  CatalogueCommand(CliContext context) {
    this.context = context;
  }

  @Override
  public void run() {
    Catalogue catalogue = Catalogue.leveHeleLivet();
    if (format == OutputFormat.json) {
      context.out().println(context.codec().write(catalogue));
    } else {
      CatalogueTour.print(catalogue, language, context.out());
    }
  }
}
