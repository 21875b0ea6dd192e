package no.levehelelivet.examples.cli;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.EnumSet;
import java.util.Locale;
import java.util.Set;
import no.levehelelivet.core.Language;
import no.levehelelivet.serialization.Problem;
import no.levehelelivet.serialization.ReadMode;
import no.levehelelivet.serialization.ReadResult;
import no.levehelelivet.serialization.WireCode;
import no.levehelelivet.serialization.WireCodec;
import org.jspecify.annotations.Nullable;

/**
 * Reads and writes the library's documents as files: reading tells a missing or malformed file
 * (exit 2) from an invalid document (exit 1), and prints problems in the language it is given;
 * writing is atomic, through a temporary file renamed over the target, so a reader never sees half
 * a document and a failure leaves the old file as it was.
 */
final class DocumentFiles {

  /** Problems that mean the input is not a readable document at all: exit code 2. */
  private static final Set<WireCode> MALFORMED =
      EnumSet.of(
          WireCode.MALFORMED,
          WireCode.TRAILING_CONTENT,
          WireCode.DUPLICATE_KEY,
          WireCode.DOCUMENT_TOO_LARGE,
          WireCode.NESTING_TOO_DEEP,
          WireCode.STRING_TOO_LONG,
          WireCode.NUMBER_TOO_LONG,
          WireCode.TOO_MANY_ELEMENTS);

  private final WireCodec codec;
  private final Language language;

  DocumentFiles(WireCodec codec, Language language) {
    this.codec = codec;
    this.language = language;
  }

  /**
   * Reads a file's bytes; a missing file, a folder or an unreadable file is a usage error (exit 2).
   */
  static byte[] readBytes(Path file) {
    if (Files.isDirectory(file)) {
      throw CliException.usage(CliCode.NOT_A_FILE, Echo.quote(file.toString()));
    }
    try {
      return Files.readAllBytes(file);
    } catch (NoSuchFileException e) {
      throw CliException.usage(CliCode.NO_SUCH_FILE, Echo.quote(file.toString()), e);
    } catch (IOException e) {
      throw CliException.usage(
          CliCode.UNREADABLE_FILE, Echo.quote(file.toString()) + " (" + reason(e) + ")", e);
    }
  }

  /** Why an I/O operation failed, in the system's words, cut short. */
  private static String reason(IOException e) {
    String reason = e instanceof FileSystemException system ? system.getReason() : e.getMessage();
    return reason == null ? e.getClass().getSimpleName() : Echo.cut(Failures.oneLine(reason));
  }

  /** Whether a file name says YAML ({@code .yaml} or {@code .yml}). */
  static boolean isYaml(Path file) {
    String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
    return name.endsWith(".yaml") || name.endsWith(".yml");
  }

  /** Reads a file as a document of {@code type} in STRICT mode, JSON or YAML by its name. */
  <T> ReadResult<T> read(Path file, Class<T> type) {
    byte[] bytes = readBytes(file);
    return isYaml(file)
        ? codec.readYaml(new String(bytes, StandardCharsets.UTF_8), type, ReadMode.STRICT)
        : codec.read(bytes, type, ReadMode.STRICT);
  }

  /**
   * Reads a document or fails with every problem: exit 2 if the file is malformed, exit 1 if it is
   * well-formed but invalid.
   */
  <T> T readOrFail(Path file, Class<T> type) {
    ReadResult<T> result = read(file, type);
    if (result.isSuccess()) {
      return result.orElseThrow();
    }
    throw CliException.coded(exitCodeOf(result), describe(file, result, language));
  }

  /** The exit code a failed read ends with. */
  static int exitCodeOf(ReadResult<?> result) {
    for (Problem problem : result.problems()) {
      if (MALFORMED.contains(problem.code())) {
        return ExitCode.USAGE;
      }
    }
    return ExitCode.REJECTED;
  }

  /** Every problem of a read, one a line, each with the file, its code and where it is. */
  static String describe(Path file, ReadResult<?> result, Language language) {
    StringBuilder text = new StringBuilder();
    for (Problem problem : result.problems()) {
      if (text.length() > 0) {
        text.append(System.lineSeparator());
      }
      text.append(file).append(": ").append(format(problem, language));
    }
    return text.toString();
  }

  /**
   * A problem as one line: code, place (JSON Pointer and, where known, line and column), message.
   */
  static String format(Problem problem, Language language) {
    StringBuilder line = new StringBuilder(problem.code().code());
    line.append(" at ").append(problem.pointer().isEmpty() ? "/" : problem.pointer());
    if (problem.line().isPresent()) {
      line.append(" (line ").append(problem.line().getAsInt());
      problem.column().ifPresent(c -> line.append(", column ").append(c));
      line.append(")");
    }
    return line.append(": ").append(Messages.of(problem, language)).toString();
  }

  /**
   * Writes bytes to {@code file} atomically: to a temporary file beside it, then renamed over it.
   * On failure the target is left exactly as it was.
   */
  static void writeAtomically(Path file, byte[] bytes) {
    Path target = file.toAbsolutePath();
    Path directory = target.getParent();
    if (directory == null || Files.isDirectory(target)) {
      throw CliException.usage(
          CliCode.UNWRITABLE_FILE, Echo.quote(file.toString()) + " (it is a folder)");
    }
    @Nullable Path temporary = null;
    try {
      temporary = Files.createTempFile(directory, "." + target.getFileName(), ".tmp");
      Files.write(temporary, bytes);
      try {
        Files.move(
            temporary, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
      } catch (AtomicMoveNotSupportedException e) {
        Files.move(temporary, target, StandardCopyOption.REPLACE_EXISTING);
      }
    } catch (NoSuchFileException e) {
      deleteQuietly(temporary);
      throw CliException.usage(
          CliCode.UNWRITABLE_FILE,
          Echo.quote(file.toString())
              + " (the folder "
              + Echo.quote(directory.toString())
              + " does not exist)",
          e);
    } catch (IOException e) {
      deleteQuietly(temporary);
      throw CliException.usage(
          CliCode.UNWRITABLE_FILE, Echo.quote(file.toString()) + " (" + reason(e) + ")", e);
    }
  }

  private static void deleteQuietly(@Nullable Path temporary) {
    if (temporary == null) {
      return;
    }
    try {
      Files.deleteIfExists(temporary);
    } catch (IOException e) {
      // The temporary file is only clutter; the failure that matters is reported by the caller.
    }
  }

  /** Writes a value as a document to {@code file}, atomically. */
  void write(Path file, Object value) {
    writeAtomically(file, codec.writeBytes(value));
  }
}
