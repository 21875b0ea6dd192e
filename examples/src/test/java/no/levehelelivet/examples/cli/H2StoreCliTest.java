package no.levehelelivet.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import javax.sql.DataSource;
import no.levehelelivet.store.jdbc.Dialect;
import org.h2.jdbcx.JdbcDataSource;
import org.junit.jupiter.api.Test;

/** The command on an H2 file database in a folder of the test's own. */
class H2StoreCliTest extends StoreCliContract {

  private final AtomicInteger databases = new AtomicInteger();

  @Override
  String freshUrl() {
    return "jdbc:h2:" + dir.resolve("db" + databases.incrementAndGet()).toAbsolutePath();
  }

  @Override
  List<String> login() {
    return List.of();
  }

  @Override
  DataSource dataSource(String url) {
    JdbcDataSource h2 = new JdbcDataSource();
    h2.setURL(url);
    return h2;
  }

  @Override
  Dialect dialect() {
    return Dialect.H2;
  }

  @Override
  String unreachableUrl(int port) {
    return "jdbc:h2:tcp://127.0.0.1:" + port + "/~/nothing-here";
  }

  @Override
  PasswordLogin passwordLogin() {
    return new PasswordLogin(freshUrl(), "sa", "riktig-hest-batteri");
  }

  @Test
  void commandsThatOnlyReadLeaveTheDatabaseFileAsItWas() throws Exception {
    String url = initialised();
    ok("journey", "--db", url);
    Path file = Path.of(url.substring("jdbc:h2:".length()) + ".mv.db");
    byte[] before = Files.readAllBytes(file);

    ok("status", "--db", url, "--process", "lhl-1824-2019", "--role", "process-lead");
    ok("list", "--db", url);
    ok("portfolio", "--db", url);
    ok("verify", "--all", "--db", url);
    ok("verify", "--db", url, "--process", "lhl-1824-2019");

    assertThat(Files.readAllBytes(file)).isEqualTo(before);
  }

  @Test
  void aMistypedPathCreatesNoDatabaseFile() throws Exception {
    String url = freshUrl();
    assertUsageError(run("list", "--db", url), "LHL-U-011");
    try (var files = Files.list(dir)) {
      assertThat(files).isEmpty();
    }
  }
}
