package no.levehelelivet.examples.cli;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import no.levehelelivet.serialization.DocumentType;
import no.levehelelivet.serialization.Problem;
import no.levehelelivet.serialization.ReadMode;
import no.levehelelivet.serialization.ReadResult;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Parameters;

/** {@code levehelelivet validate}: checks any of the library's documents, JSON or YAML. */
@Command(
    name = "validate",
    mixinStandardHelpOptions = true,
    description =
        "Check any document of the wire format (JSON, or YAML by the file's name) and"
            + " print every problem with its code and JSON Pointer (and line and column where known).")
final class ValidateCommand implements Runnable {

  private final CliContext context;

  @Parameters(paramLabel = "FILE", description = "The document.")
  Path file = Path.of("");

  @Mixin DefinitionOption definition = new DefinitionOption();

  @Mixin LanguageOption lang = new LanguageOption();

  ValidateCommand(CliContext context) {
    this.context = context;
  }

  @Override
  public void run() {
    byte[] bytes = DocumentFiles.readBytes(file);
    var codec = definition.codec(context, lang.language);
    ReadResult<Object> result =
        DocumentFiles.isYaml(file)
            ? codec.readYamlDocument(new String(bytes, StandardCharsets.UTF_8), ReadMode.STRICT)
            : codec.readDocument(bytes, ReadMode.STRICT);
    if (!result.isSuccess()) {
      throw CliException.coded(
          DocumentFiles.exitCodeOf(result), DocumentFiles.describe(file, result, lang.language));
    }
    Object value = result.orElseThrow();
    String type =
        DocumentType.forValueType(value.getClass()).map(DocumentType::code).orElse("document");
    context.out().println(file + ": a valid " + type + " document");
    for (Problem warning : result.warnings()) {
      context.out().println("  warning " + DocumentFiles.format(warning, lang.language));
    }
  }
}
