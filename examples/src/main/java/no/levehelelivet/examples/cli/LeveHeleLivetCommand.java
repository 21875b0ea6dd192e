package no.levehelelivet.examples.cli;

import java.io.PrintStream;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/**
 * The {@code levehelelivet} command: the entry point of the executable jar.
 *
 * <pre>{@code
 * java -jar levehelelivet.jar journey
 * java -jar levehelelivet.jar catalogue --lang en
 * }</pre>
 */
@Command(
    name = "levehelelivet",
    mixinStandardHelpOptions = true,
    version = "levehelelivet 0.1.0-SNAPSHOT",
    description = "Leve hele livet: the reform's catalogue and a municipality's change process.",
    subcommands = {CatalogueCommand.class, CommandLine.HelpCommand.class})
public final class LeveHeleLivetCommand implements Runnable {

  private final PrintStream out;

  LeveHeleLivetCommand(PrintStream out) {
    this.out = out;
  }

  @Override
  public void run() {
    new CommandLine(this).usage(out);
  }

  /**
   * Runs the command and exits with its exit code.
   *
   * @param args the command line
   */
  public static void main(String[] args) {
    PrintStream out = new PrintStream(System.out, true, StandardCharsets.UTF_8);
    PrintStream err = new PrintStream(System.err, true, StandardCharsets.UTF_8);
    System.exit(execute(args, out, err));
  }

  /**
   * Runs the command in-process, writing results to {@code out} and errors to {@code err}.
   *
   * @return the exit code: 0, 1 or 2 (see {@link ExitCode})
   */
  public static int execute(String[] args, PrintStream out, PrintStream err) {
    CommandLine commandLine =
        new CommandLine(new LeveHeleLivetCommand(out), new Factory(out))
            .setOut(new PrintWriter(out, true, StandardCharsets.UTF_8))
            .setErr(new PrintWriter(err, true, StandardCharsets.UTF_8))
            .setExecutionExceptionHandler(
                (e, cmd, parseResult) -> {
                  if (e instanceof CliException) {
                    err.println(e.getMessage());
                    return ((CliException) e).exitCode();
                  }
                  throw e;
                });
    return commandLine.execute(args);
  }

  /** Gives every subcommand the output stream it should print to. */
  private static final class Factory implements CommandLine.IFactory {
    private final PrintStream out;

    Factory(PrintStream out) {
      this.out = out;
    }

    @Override
    public <K> K create(Class<K> type) throws Exception {
      if (type == CatalogueCommand.class) {
        return type.cast(new CatalogueCommand(out));
      }
      return CommandLine.defaultFactory().create(type);
    }
  }
}
