package no.levehelelivet.examples.cli;

import java.io.PrintStream;
import no.levehelelivet.core.Catalogue;
import no.levehelelivet.core.Language;
import no.levehelelivet.examples.CatalogueTour;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code levehelelivet catalogue}: prints the whole catalogue in a chosen language. */
@Command(
    name = "catalogue",
    mixinStandardHelpOptions = true,
    description = "Print the whole catalogue of the reform with labels in the chosen language.")
final class CatalogueCommand implements Runnable {

  private final PrintStream out;

  @Option(
      names = "--lang",
      defaultValue = "nb",
      converter = LanguageConverter.class,
      description = "Label language: nb, nn or en (default: ${DEFAULT-VALUE}).")
  Language language = Language.BOKMAL;

  CatalogueCommand(PrintStream out) {
    this.out = out;
  }

  @Override
  public void run() {
    CatalogueTour.print(Catalogue.leveHeleLivet(), language, out);
  }
}
