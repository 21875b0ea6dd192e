package no.levehelelivet.examples.cli;

import no.levehelelivet.serialization.DocumentType;
import no.levehelelivet.serialization.Schemas;
import org.jspecify.annotations.Nullable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

/** {@code levehelelivet schema [TYPE]}: prints a shipped JSON Schema, or lists them. */
@Command(
    name = "schema",
    mixinStandardHelpOptions = true,
    description = {
      "Print the JSON Schema (draft 2020-12) of a document type of the current wire format.",
      "Without TYPE, list the document types that have a schema."
    })
final class SchemaCommand implements Runnable {

  private final CliContext context;

  @Parameters(
      arity = "0..1",
      paramLabel = "TYPE",
      description = "A document type code, for example activity-plan.")
  @Nullable String type;

  SchemaCommand(CliContext context) {
    this.context = context;
  }

  @Override
  public void run() {
    String code = type;
    if (code == null) {
      for (DocumentType documentType : DocumentType.values()) {
        context.out().println(documentType.code());
      }
      return;
    }
    // An unknown type is the library's LHL-C-001, naming the valid ones: a usage error (exit 2).
    context.out().print(Schemas.load(DocumentType.fromCode(code)));
  }
}
