package no.levehelelivet.examples.cli;

import no.levehelelivet.core.Language;
import picocli.CommandLine.Option;

/** The {@code --lang} option of commands that print refusal reasons or a document's problems. */
final class LanguageOption {

  @Option(
      names = "--lang",
      defaultValue = "nb",
      converter = LanguageConverter.class,
      paramLabel = "LANG",
      description = "Language of reasons and problems: nb, nn or en (default: ${DEFAULT-VALUE}).")
  Language language = Language.BOKMAL;
}
