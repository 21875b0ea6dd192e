package no.levehelelivet.examples.cli;

import java.io.PrintStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import no.levehelelivet.core.Language;
import no.levehelelivet.core.LeveHeleLivetException;
import no.levehelelivet.store.StoreException;
import org.jspecify.annotations.Nullable;
import picocli.CommandLine;
import picocli.CommandLine.MissingParameterException;
import picocli.CommandLine.Model.ArgSpec;
import picocli.CommandLine.Model.OptionSpec;
import picocli.CommandLine.Model.PositionalParamSpec;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.ParseResult;
import picocli.CommandLine.UnmatchedArgumentException;

/**
 * How the command reports what goes wrong: every failure, picocli's own included, becomes one coded
 * line on standard error (more only for a rejection, one line per reason or problem) and an exit
 * code; never a stack trace, and never a database password.
 */
final class Failures {

  /** The language of messages of a command without a {@code --lang} option. */
  private static final Language DEFAULT_LANGUAGE = Language.ENGLISH;

  private final PrintStream err;
  private final @Nullable String environmentPassword;

  /**
   * Reports on {@code err}.
   *
   * @param environmentPassword the password of {@code LHL_DB_PASSWORD}, blotted out of every line
   */
  Failures(PrintStream err, @Nullable String environmentPassword) {
    this.err = err;
    this.environmentPassword = environmentPassword;
  }

  /** Reports a command line picocli could not parse, or a blank value; exit 2. */
  int parameterError(ParameterException e, String[] args) {
    CommandLine command = e.getCommandLine();
    CliException failure = usageError(e);
    print(
        command,
        failure.text(languageOf(command))
            + " (see "
            + command.getCommandSpec().qualifiedName()
            + " --help)");
    return ExitCode.USAGE;
  }

  /** Reports what a subcommand threw. */
  int executionError(Exception e, CommandLine command, ParseResult parseResult) {
    if (e instanceof ParameterException parameterException) {
      return parameterError(parameterException, new String[0]);
    }
    Language language = languageOf(command);
    if (e instanceof CliException failure) {
      print(command, failure.text(language));
      return failure.exitCode();
    }
    if (e instanceof StoreException stored) {
      CliException own = DatabaseFailures.of(stored, stringOption(command, "--db"));
      if (own != null) {
        print(command, own.text(language));
        return own.exitCode();
      }
      print(command, oneLine(Messages.of(stored, language)));
      return DatabaseFailures.exitCodeOf(stored);
    }
    if (e instanceof LeveHeleLivetException error) {
      print(command, oneLine(Messages.of(error, language)));
      return ExitCode.USAGE;
    }
    return unexpected(e, language);
  }

  /** Prints {@code text} on standard error with every password the command knows blotted out. */
  private void print(@Nullable CommandLine command, String text) {
    String shown = text;
    List<@Nullable String> secrets = new ArrayList<>();
    secrets.add(environmentPassword);
    secrets.add(stringOption(command, "--db-password"));
    for (String secret : secrets) {
      if (secret != null && !secret.isEmpty()) {
        shown = shown.replace(secret, "***");
      }
    }
    err.println(shown);
  }

  /** The value of a string option of the command, if it has the option and it was given. */
  private static @Nullable String stringOption(@Nullable CommandLine command, String name) {
    if (command == null) {
      return null;
    }
    OptionSpec option = command.getCommandSpec().findOption(name);
    if (option != null && option.getValue() instanceof String value) {
      return value;
    }
    return null;
  }

  /** Reports a failure that has no code of its own: a fault in the command; exit 2. */
  int unexpected(Throwable e, Language language) {
    String message = e.getMessage();
    String detail =
        e.getClass().getSimpleName() + (message == null ? "" : ": " + Echo.cut(oneLine(message)));
    print(null, CliException.usage(CliCode.UNEXPECTED, detail, e).text(language));
    return ExitCode.USAGE;
  }

  /** Runs the parsed command after refusing any blank option or parameter value. */
  static int executeRefusingBlanks(ParseResult parseResult) {
    ParseResult each = parseResult;
    while (true) {
      List<ArgSpec> matched = new ArrayList<>(each.matchedOptions());
      matched.addAll(each.matchedPositionals());
      for (ArgSpec arg : matched) {
        for (String value : arg.originalStringValues()) {
          if (value.isBlank()) {
            throw new ParameterException(
                each.commandSpec().commandLine(), "blank value", arg, value);
          }
        }
      }
      if (!each.hasSubcommand()) {
        break;
      }
      each = each.subcommand();
    }
    return new CommandLine.RunLast().execute(parseResult);
  }

  /** The usage error a parse failure stands for. */
  private static CliException usageError(ParameterException e) {
    if (e instanceof MissingParameterException) {
      return CliException.usage(CliCode.MISSING_ARGUMENT, oneLine(String.valueOf(e.getMessage())));
    }
    if (e instanceof UnmatchedArgumentException unmatched) {
      List<String> quoted = new ArrayList<>();
      for (String argument : unmatched.getUnmatched()) {
        quoted.add(Echo.quote(argument));
      }
      List<String> suggestions = unmatched.getSuggestions();
      String detail = String.join(", ", quoted);
      if (!suggestions.isEmpty()) {
        detail += "; did you mean " + String.join(" or ", suggestions) + "?";
      }
      return CliException.usage(CliCode.UNKNOWN_ARGUMENT, detail);
    }
    ArgSpec arg = e.getArgSpec();
    String value = e.getValue();
    if (arg != null && value != null) {
      String detail = name(arg) + " " + Echo.quote(value);
      if (value.isBlank()) {
        return CliException.usage(CliCode.BLANK_VALUE, detail);
      }
      return CliException.usage(CliCode.INVALID_VALUE, detail + "; " + hint(e, arg));
    }
    return CliException.usage(CliCode.UNKNOWN_ARGUMENT, oneLine(String.valueOf(e.getMessage())));
  }

  /** What a valid value of {@code arg} looks like. */
  private static String hint(ParameterException e, ArgSpec arg) {
    if (e.getCause() instanceof ValueHint hint) {
      return String.valueOf(hint.getMessage());
    }
    Class<?> type = arg.auxiliaryTypes().length > 0 ? arg.auxiliaryTypes()[0] : arg.type();
    if (type.isEnum()) {
      List<String> valid = new ArrayList<>();
      for (Object constant : type.getEnumConstants()) {
        valid.add(String.valueOf(constant));
      }
      return "use one of " + String.join(", ", valid);
    }
    if (type == Long.class || type == long.class || type == Integer.class || type == int.class) {
      return "use a whole number";
    }
    if (type == Path.class) {
      return "use a valid path";
    }
    return "use a valid " + type.getSimpleName();
  }

  /** How the command line names an option or parameter: its longest name, or its label. */
  private static String name(ArgSpec arg) {
    if (arg instanceof OptionSpec option) {
      return option.longestName();
    }
    if (arg instanceof PositionalParamSpec positional) {
      return positional.paramLabel();
    }
    return arg.paramLabel();
  }

  /** The language the command prints in: its {@code --lang}, where it has one. */
  private static Language languageOf(@Nullable CommandLine command) {
    if (command == null) {
      return DEFAULT_LANGUAGE;
    }
    OptionSpec option = command.getCommandSpec().findOption("--lang");
    if (option != null && option.getValue() instanceof Language language) {
      return language;
    }
    return DEFAULT_LANGUAGE;
  }

  /** The text with its line breaks turned into spaces. */
  static String oneLine(String text) {
    return text.replaceAll("\\s*\\R\\s*", " ").strip();
  }
}
