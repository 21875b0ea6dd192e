package no.levehelelivet.examples.cli;

import java.io.InputStream;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.lang.reflect.Constructor;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.Callable;
import no.levehelelivet.core.Language;
import org.jspecify.annotations.Nullable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/**
 * The {@code levehelelivet} command: the entry point of the executable jar.
 *
 * <pre>{@code
 * java -jar levehelelivet.jar journey
 * java -jar levehelelivet.jar catalogue --lang en
 * java -jar levehelelivet.jar status vefsn.json --role process-lead
 * java -jar levehelelivet.jar db init --db jdbc:h2:./vefsn
 * java -jar levehelelivet.jar list --db jdbc:h2:./vefsn --status active
 * }</pre>
 *
 * <p>Exit codes: 0 success; 1 the input was understood but rejected; 2 a usage error, an unreadable
 * file or malformed input. Results go to standard output, errors to standard error: a usage error
 * as one line starting with its code ({@link CliCode}, or the library's code), a rejection as one
 * line per reason or problem, each with its code.
 */
@Command(
    name = "levehelelivet",
    mixinStandardHelpOptions = true,
    version = "levehelelivet 0.1.0-SNAPSHOT",
    description = "Leve hele livet: the reform's catalogue and a municipality's change process.")
public final class LeveHeleLivetCommand implements Callable<Integer> {

  /**
   * The subcommands by name, in the order the usage lists them. Picocli reads the options of every
   * subcommand it is given when the command line is built, which costs a short-lived command more
   * than its own work: a command line that names one of these is built with that one alone.
   */
  static final Map<String, Class<?>> SUBCOMMANDS = subcommands();

  /** The subcommand that lists them all, and so needs them all. */
  private static final String HELP = "help";

  private final CliContext context;

  @Spec @Nullable CommandSpec spec;

  LeveHeleLivetCommand(CliContext context) {
    this.context = context;
  }

  /** Without a subcommand: a usage error, with the usage on standard error. */
  @Override
  public Integer call() {
    context.err().println(CliException.usage(CliCode.NO_SUBCOMMAND, "").text(Language.ENGLISH));
    CommandSpec own = spec;
    if (own != null) {
      own.commandLine().usage(context.err());
    }
    return ExitCode.USAGE;
  }

  /**
   * Runs the command and exits with its exit code.
   *
   * @param args the command line
   */
  public static void main(String[] args) {
    PrintStream out = new PrintStream(System.out, true, StandardCharsets.UTF_8);
    PrintStream err = new PrintStream(System.err, true, StandardCharsets.UTF_8);
    System.exit(execute(args, out, err, Clock.systemUTC()));
  }

  /**
   * Runs the command in-process, writing results to {@code out} and errors to {@code err}.
   *
   * @param clock the time commands record, for example in journal entries without {@code --at}
   * @return the exit code: 0, 1 or 2 (see {@link ExitCode}); every failure is reported on {@code
   *     err}, with its code, never as a stack trace
   */
  public static int execute(String[] args, PrintStream out, PrintStream err, Clock clock) {
    Map<String, String> environment = new HashMap<>();
    String password = System.getenv(DatabaseOptions.PASSWORD_VARIABLE);
    if (password != null) {
      environment.put(DatabaseOptions.PASSWORD_VARIABLE, password);
    }
    return execute(args, out, err, clock, environment);
  }

  /**
   * Runs the command in-process as {@link #execute(String[], PrintStream, PrintStream, Clock)},
   * with the given environment variables instead of the process's.
   */
  static int execute(
      String[] args,
      PrintStream out,
      PrintStream err,
      Clock clock,
      Map<String, String> environment) {
    return execute(args, System.in, out, err, clock, environment);
  }

  /** Runs the command in-process as above, reading standard input from {@code in}. */
  static int execute(
      String[] args,
      InputStream in,
      PrintStream out,
      PrintStream err,
      Clock clock,
      Map<String, String> environment) {
    CliContext context = new CliContext(in, out, err, clock, environment);
    Failures failures = new Failures(err, context.environment(DatabaseOptions.PASSWORD_VARIABLE));
    try {
      Factory factory = new Factory(context);
      CommandLine commandLine = new CommandLine(new LeveHeleLivetCommand(context), factory);
      // Added before the settings below, which reach only the subcommands there already.
      String named = args.length == 0 ? null : args[0];
      boolean one = named != null && !named.equals(HELP) && SUBCOMMANDS.containsKey(named);
      SUBCOMMANDS.forEach(
          (name, type) -> {
            if (!one || name.equals(named)) {
              commandLine.addSubcommand(name, type);
            }
          });
      commandLine
          .setOut(new PrintWriter(out, true, StandardCharsets.UTF_8))
          .setErr(new PrintWriter(err, true, StandardCharsets.UTF_8))
          .setExecutionStrategy(Failures::executeRefusingBlanks)
          .setParameterExceptionHandler(failures::parameterError)
          .setExecutionExceptionHandler(failures::executionError);
      return commandLine.execute(args);
    } catch (RuntimeException e) {
      return failures.unexpected(e, Language.ENGLISH);
    }
  }

  private static Map<String, Class<?>> subcommands() {
    Map<String, Class<?>> subcommands = new LinkedHashMap<>();
    subcommands.put("journey", JourneyCommand.class);
    subcommands.put("catalogue", CatalogueCommand.class);
    subcommands.put("start", StartCommand.class);
    subcommands.put("record", RecordCommand.class);
    subcommands.put("status", StatusCommand.class);
    subcommands.put("fire", FireCommand.class);
    subcommands.put("verify", VerifyCommand.class);
    subcommands.put("list", ListCommand.class);
    subcommands.put("portfolio", PortfolioCommand.class);
    subcommands.put("outbox", OutboxCommand.class);
    subcommands.put("db", DbCommand.class);
    subcommands.put("validate", ValidateCommand.class);
    subcommands.put("diagram", DiagramCommand.class);
    subcommands.put("schema", SchemaCommand.class);
    subcommands.put("calendar", CalendarCommand.class);
    subcommands.put("serve", ServeCommand.class);
    subcommands.put("hash-password", HashPasswordCommand.class);
    subcommands.put(HELP, CommandLine.HelpCommand.class);
    return Collections.unmodifiableMap(subcommands);
  }

  /** Gives every subcommand that asks for it the shared {@link CliContext}. */
  private static final class Factory implements CommandLine.IFactory {
    private final CliContext context;

    Factory(CliContext context) {
      this.context = context;
    }

    @Override
    public <K> K create(Class<K> type) throws Exception {
      for (Constructor<?> constructor : type.getDeclaredConstructors()) {
        Class<?>[] parameters = constructor.getParameterTypes();
        if (parameters.length == 1 && parameters[0] == CliContext.class) {
          constructor.setAccessible(true);
          return type.cast(constructor.newInstance(context));
        }
      }
      return CommandLine.defaultFactory().create(type);
    }
  }
}
