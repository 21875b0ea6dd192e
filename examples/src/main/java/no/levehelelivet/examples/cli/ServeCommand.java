package no.levehelelivet.examples.cli;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import com.zaxxer.hikari.pool.HikariPool;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.CountDownLatch;
import no.levehelelivet.examples.web.WebTool;
import no.levehelelivet.store.ProcessQuery;
import no.levehelelivet.store.jdbc.Dialect;
import no.levehelelivet.store.jdbc.JdbcProcessStore;
import org.jspecify.annotations.Nullable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/**
 * {@code levehelelivet serve}: the process tool in a browser, on the processes of a database, until
 * Ctrl-C stops it.
 *
 * <pre>{@code
 * java -jar levehelelivet.jar serve
 * java -jar levehelelivet.jar serve --db jdbc:postgresql://localhost/levehelelivet --port 9000
 * java -jar levehelelivet.jar serve --bind 0.0.0.0 --users users.txt
 * }</pre>
 */
@Command(
    name = "serve",
    mixinStandardHelpOptions = true,
    description =
        "Run the process tool in a browser on the processes of --db (default: an H2 database in"
            + " ./levehelelivet-data, created if missing), until Ctrl-C stops it. It listens on"
            + " loopback only, unless --bind names another address, which needs --users.")
final class ServeCommand implements Runnable {

  /** The database of a serve without {@code --db}: made, with its tables, on the first run. */
  static final String DEFAULT_DATABASE = "jdbc:h2:./levehelelivet-data/levehelelivet";

  private static final int POOL_SIZE = 10;

  private final CliContext context;

  @Mixin DatabaseOptions database = new DatabaseOptions();

  @Option(
      names = "--port",
      defaultValue = "8080",
      paramLabel = "PORT",
      description = "The port to listen on, 1 to 65535, or 0 for a free one (default: 8080).")
  int port = 8080;

  @Option(
      names = "--bind",
      defaultValue = "127.0.0.1",
      paramLabel = "ADDRESS",
      description =
          "The address to listen on (default: 127.0.0.1). Any other than loopback needs --users.")
  String bind = "127.0.0.1";

  @Option(
      names = "--users",
      paramLabel = "FILE",
      description =
          "The users who may log in: one NAME:ROLE[,ROLE…]:HASH a line, the hash from"
              + " hash-password.")
  @Nullable Path users;

  @Option(
      names = "--lang",
      defaultValue = "nb",
      converter = LanguageConverter.class,
      paramLabel = "LANG",
      description = "The language of the pages until a user picks one: nb, nn or en.")
  no.levehelelivet.core.Language language = no.levehelelivet.core.Language.BOKMAL;

  ServeCommand(CliContext context) {
    this.context = context;
  }

  @Override
  public void run() {
    if (port < 0 || port > 65_535) {
      throw CliException.usage(CliCode.INVALID_VALUE, "--port " + port + "; use 0 to 65535");
    }
    Path usersPath = users;
    if (usersPath == null && !WebTool.isLoopback(bind)) {
      throw CliException.usage(
          CliCode.MISSING_ARGUMENT,
          "--users FILE (--bind " + Echo.quote(bind) + " is not a loopback address)");
    }
    Optional<WebTool.UsersFile> usersFile =
        usersPath == null
            ? Optional.empty()
            : Optional.of(
                new WebTool.UsersFile(
                    usersPath.toString(),
                    new String(DocumentFiles.readBytes(usersPath), StandardCharsets.UTF_8)));
    String url = database.given() ? database.urlFor("the processes") : DEFAULT_DATABASE;
    try (HikariDataSource pool = pool(url)) {
      JdbcProcessStore store = JdbcProcessStore.builder(pool).dialect(dialect(url)).build();
      if (!database.given()) {
        store.createSchema();
      }
      // Finds missing tables before the first page does.
      store.processes(ProcessQuery.all().withLimit(1));
      WebTool tool;
      try {
        tool = WebTool.start(store, bind, port, language, usersFile, context.clock());
      } catch (IllegalArgumentException e) {
        throw CliException.usage(CliCode.INVALID_VALUE, String.valueOf(e.getMessage()));
      } catch (RuntimeException e) {
        throw CliException.usage(
            CliCode.PORT_IN_USE, Echo.quote(bind) + " port " + port + ": " + rootMessage(e));
      }
      CountDownLatch stopped = new CountDownLatch(1);
      Thread hook =
          new Thread(
              () -> {
                tool.close();
                stopped.countDown();
              },
              "levehelelivet-serve-stop");
      Runtime.getRuntime().addShutdownHook(hook);
      context
          .out()
          .println(
              "levehelelivet serve: "
                  + tool.address()
                  + " on "
                  + Database.shown(url)
                  + " (Ctrl-C stops it)");
      try {
        stopped.await();
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        tool.close();
      }
    }
  }

  private HikariDataSource pool(String url) {
    dialect(url);
    HikariConfig config = new HikariConfig();
    config.setJdbcUrl(url);
    if (database.user != null) {
      config.setUsername(database.user);
    }
    String password = database.password(context);
    if (password != null) {
      config.setPassword(password);
    }
    config.setMaximumPoolSize(POOL_SIZE);
    config.setMinimumIdle(1);
    config.setAutoCommit(true);
    config.setPoolName("levehelelivet-serve");
    config.setConnectionTimeout(10_000);
    try {
      return new HikariDataSource(config);
    } catch (HikariPool.PoolInitializationException e) {
      Throwable cause = e.getCause();
      if (cause instanceof java.sql.SQLException sql) {
        throw DatabaseFailures.connecting(sql, url);
      }
      throw CliException.usage(
          CliCode.DATABASE_FAILED, Database.shown(url) + ": " + rootMessage(e));
    }
  }

  private static Dialect dialect(String url) {
    String lower = url.toLowerCase(Locale.ROOT);
    if (lower.startsWith("jdbc:h2:")) {
      return Dialect.H2;
    }
    if (lower.startsWith("jdbc:postgresql:")) {
      return Dialect.POSTGRESQL;
    }
    throw CliException.usage(CliCode.UNSUPPORTED_DATABASE, "--db " + Database.shown(url));
  }

  private static String rootMessage(Throwable e) {
    Throwable root = e;
    while (root.getCause() != null && root.getCause() != root) {
      root = root.getCause();
    }
    return DatabaseFailures.withoutClassNames(String.valueOf(root.getMessage()));
  }
}
