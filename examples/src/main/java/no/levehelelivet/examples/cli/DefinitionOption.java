package no.levehelelivet.examples.cli;

import java.nio.file.Path;
import no.levehelelivet.process.ProcessDefinition;
import no.levehelelivet.serialization.WireCodec;
import org.jspecify.annotations.Nullable;
import picocli.CommandLine.Option;

/**
 * The {@code --definition FILE} option of commands that read a process: a process on a tailored
 * definition can only be read (its journal replayed) with that definition at hand.
 */
final class DefinitionOption {

  @Option(
      names = "--definition",
      paramLabel = "FILE",
      description =
          "The tailored process definition (JSON or YAML) the process runs on; default:"
              + " the standard process.")
  @Nullable Path file;

  /** The definition: the one in the file, or the standard one. */
  ProcessDefinition definition(CliContext context) {
    Path path = file;
    return path == null
        ? ProcessDefinition.standard()
        : context.files().readOrFail(path, ProcessDefinition.class);
  }

  /** Document files that can read processes on this definition. */
  DocumentFiles files(CliContext context) {
    if (file == null) {
      return context.files();
    }
    return new DocumentFiles(WireCodec.builder().definition(definition(context)).build());
  }
}
