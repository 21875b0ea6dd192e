package no.levehelelivet.snippets;

import static org.assertj.core.api.Assertions.assertThat;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import javax.sql.DataSource;
import no.levehelelivet.core.Municipality;
import no.levehelelivet.process.Actor;
import no.levehelelivet.process.Command;
import no.levehelelivet.process.ProcessDefinition;
import no.levehelelivet.process.ProcessInstance;
import no.levehelelivet.process.ProcessStatus;
import no.levehelelivet.process.Role;
import no.levehelelivet.process.Trigger;
import no.levehelelivet.store.Portfolio;
import no.levehelelivet.store.Refused;
import no.levehelelivet.store.StoreResult;
import no.levehelelivet.store.jdbc.Dialect;
import no.levehelelivet.store.jdbc.JdbcProcessStore;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The README's store examples, run on a real H2 file and a real PostgreSQL server. */
class StoreSnippetsTest {

  private static final Clock CLOCK =
      Clock.fixed(Instant.parse("2026-03-02T08:00:00Z"), ZoneOffset.UTC);

  @TempDir Path folder;

  @Test
  void theH2SnippetSavesTheMoveToMappingAndDeliversItsEffectsOnce() {
    List<String> delivered = new ArrayList<>();
    Portfolio portfolio = ReadmeSnippets.store(folder, CLOCK, delivered);

    assertThat(portfolio.count("mapping", ProcessStatus.ACTIVE)).isEqualTo(1);
    assertThat(portfolio.total()).isEqualTo(1);
    // the start entry is 1, the three criteria 2 to 4, begin-mapping 5: its first effect
    // notifies the roles of the mapping phase
    assertThat(delivered).isNotEmpty().first().isEqualTo("vefsn-1/5/0/notify-roles");
    assertThat(delivered).allMatch(key -> key.startsWith("vefsn-1/5/")).doesNotHaveDuplicates();
  }

  @Test
  void thePostgresSnippetSavesAStepWithTheHostsRowInOneTransaction() throws Exception {
    try (EmbeddedPostgres postgres =
        EmbeddedPostgres.builder()
            .setServerConfig("fsync", "on")
            .setServerConfig("synchronous_commit", "on")
            .start()) {
      DataSource pool = postgres.getPostgresDatabase();
      execute(pool, "CREATE TABLE case_note (case_id VARCHAR(64), text VARCHAR(200))");
      Actor kari = Actor.of("kari", Role.PROCESS_LEAD);
      Command record = Command.recordCriterion("process-team-appointed", kari);
      Command early = Command.of(Trigger.BEGIN_MAPPING, kari);

      // the first call migrates; the process is then created as a host would
      assertThat(notFound(pool, record)).isTrue();
      assertThat(notes(pool)).as("the note of a step not found is rolled back").isZero();
      JdbcProcessStore store = JdbcProcessStore.builder(pool).dialect(Dialect.POSTGRESQL).build();
      store.create(
          ProcessInstance.start(
              ProcessDefinition.standard(),
              "vefsn-1",
              Municipality.of("Vefsn", "1824"),
              kari,
              CLOCK));

      assertThat(ReadmeSnippets.storeOnPostgres(pool, record, CLOCK).isSaved()).isTrue();
      assertThat(notes(pool)).isEqualTo(1);
      assertThat(store.load("vefsn-1").version()).isEqualTo(2);

      StoreResult refused = ReadmeSnippets.storeOnPostgres(pool, early, CLOCK);
      assertThat(refused).isInstanceOf(Refused.class);
      assertThat(notes(pool)).as("the refused step's note is rolled back").isEqualTo(1);
      assertThat(store.load("vefsn-1").version()).isEqualTo(2);
    }
  }

  private static boolean notFound(DataSource pool, Command command) throws SQLException {
    try {
      ReadmeSnippets.storeOnPostgres(pool, command, CLOCK);
      return false;
    } catch (no.levehelelivet.store.StoreException e) {
      return e.code().code().equals("LHL-L-001");
    }
  }

  private static long notes(DataSource pool) throws SQLException {
    try (Connection connection = pool.getConnection();
        Statement statement = connection.createStatement();
        ResultSet row = statement.executeQuery("SELECT COUNT(*) FROM case_note")) {
      row.next();
      return row.getLong(1);
    }
  }

  private static void execute(DataSource pool, String sql) throws SQLException {
    try (Connection connection = pool.getConnection();
        Statement statement = connection.createStatement()) {
      statement.execute(sql);
    }
  }
}
