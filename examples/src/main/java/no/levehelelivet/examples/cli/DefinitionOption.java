package no.levehelelivet.examples.cli;

import java.nio.file.Path;
import no.levehelelivet.core.Language;
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

  /** The definition: the one in the file, or the standard one; problems in {@code language}. */
  ProcessDefinition definition(CliContext context, Language language) {
    Path path = file;
    return path == null
        ? ProcessDefinition.standard()
        : context.files(language).readOrFail(path, ProcessDefinition.class);
  }

  /** The codec that can read processes on this definition. */
  WireCodec codec(CliContext context, Language language) {
    if (file == null) {
      return context.codec();
    }
    return WireCodec.builder().definition(definition(context, language)).build();
  }

  /** Document files that can read processes on this definition; problems in {@code language}. */
  DocumentFiles files(CliContext context, Language language) {
    return new DocumentFiles(codec(context, language), language);
  }
}
