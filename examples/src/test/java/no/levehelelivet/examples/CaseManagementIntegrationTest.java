package no.levehelelivet.examples;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import javax.sql.DataSource;
import no.levehelelivet.examples.CaseManagementIntegration.Story;
import no.levehelelivet.examples.Caseworker.Ending;
import no.levehelelivet.examples.Caseworker.Kind;
import no.levehelelivet.process.Actor;
import no.levehelelivet.process.Command;
import no.levehelelivet.process.ProcessInstance;
import no.levehelelivet.process.Role;
import no.levehelelivet.process.StandardProcess;
import no.levehelelivet.process.journal.JournalEntry;
import no.levehelelivet.store.Conflict;
import no.levehelelivet.store.ProcessStore;
import no.levehelelivet.store.StoreResult;
import no.levehelelivet.store.jdbc.JdbcProcessStore;
import org.h2.jdbcx.JdbcDataSource;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.postgresql.ds.PGSimpleDataSource;

/**
 * Example 4 run on an H2 file and on PostgreSQL, its story checked against what the database holds
 * afterwards, read without the example's own code.
 */
class CaseManagementIntegrationTest {

  private static final String PROCESS = "lhl-1824-sak-2026-1";
  private static final String KARI = "kari.nordmann";
  private static final String OLA = "ola.hansen";
  private static final AtomicInteger DATABASES = new AtomicInteger();
  private static @Nullable EmbeddedPostgres postgres;

  @TempDir Path dir;

  @AfterAll
  static void stopPostgres() throws IOException {
    if (postgres != null) {
      postgres.close();
    }
  }

  @Test
  void theStoryHoldsOnAnH2File() throws SQLException {
    CaseDatabase database = CaseDatabase.h2(dir);
    Run run = run(database);

    assertThat(run.output()).startsWith("Case management on H2, through a pool of 4 connections");
    checkStory(run, h2Source(database));
  }

  @Test
  void theStoryHoldsOnPostgresqlWithoutShowingThePassword() throws SQLException, IOException {
    String url = freshPostgresDatabase();
    Run run = run(new CaseDatabase(url, "postgres", "not-to-be-shown"));

    assertThat(run.output())
        .startsWith("Case management on POSTGRESQL, through a pool of 4 connections")
        .doesNotContain("not-to-be-shown");
    PGSimpleDataSource source = new PGSimpleDataSource();
    source.setURL(url);
    checkStory(run, source);
  }

  @Test
  void aSecondRunOnTheSameDatabaseOpensTheNextCase() throws SQLException {
    CaseDatabase database = CaseDatabase.h2(dir);
    run(database);
    Run second = run(database);

    assertThat(second.story().caseNumber()).isEqualTo("2026/2");
    assertThat(second.story().actedOn())
        .containsExactly(
            "lhl-1824-sak-2026-2/5/0/notify-roles", "lhl-1824-sak-2026-2/5/1/schedule-deadline");
    ProcessStore store = JdbcProcessStore.builder(h2Source(database)).build();
    assertThat(store.load(PROCESS).version()).isEqualTo(5);
    assertThat(store.outbox().pending()).isZero();
  }

  @Test
  void aStepWhoseCaseRowCannotBeWrittenIsNotStoredEither() throws SQLException {
    CaseDatabase database = CaseDatabase.h2(dir);
    DataSource source = h2Source(database);
    Actor kari = Actor.of(KARI, Role.PROCESS_LEAD);
    CaseService service = CaseService.open(source, new StoryClock(CaseManagementIntegration.START));
    CaseRow row = service.openCase(2026, "Vefsn", vefsn(), kari, java.util.Map.of());
    CaseService.CaseScreen screen = service.screen(row.caseNumber());
    try (Connection connection = source.getConnection();
        Statement statement = connection.createStatement()) {
      // Someone edits the vendor's row behind the service's back.
      statement.executeUpdate("UPDATE sak SET prosessversjon = 99");
    }

    assertThatThrownBy(
            () ->
                service.save(
                    screen,
                    Command.recordCriterion(StandardProcess.POLITICAL_ANCHORING, kari, "PS 1"),
                    kari))
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("is not at process version 1");
    ProcessStore store = JdbcProcessStore.builder(source).build();
    assertThat(store.load(row.processId()).version()).isEqualTo(1);
    assertThat(store.load(row.processId()).criteria()).isEmpty();
  }

  @Test
  void theSecondSaveOnTheSameScreenIsAConflictAndLeavesTheRowToTheFirst() throws SQLException {
    CaseDatabase database = CaseDatabase.h2(dir);
    DataSource source = h2Source(database);
    Actor kari = Actor.of(KARI, Role.PROCESS_LEAD);
    Actor ola = Actor.of(OLA, Role.ADMINISTRATIVE_LEADERSHIP);
    CaseService service = CaseService.open(source, new StoryClock(CaseManagementIntegration.START));
    CaseRow row = service.openCase(2026, "Vefsn", vefsn(), kari, java.util.Map.of());
    CaseService.CaseScreen both = service.screen(row.caseNumber());

    StoreResult first =
        service.save(
            both, Command.recordCriterion(StandardProcess.POLITICAL_ANCHORING, kari, "PS 1"), kari);
    StoreResult second =
        service.save(
            both,
            Command.recordCriterion(StandardProcess.ADMINISTRATIVE_ANCHORING, ola, "2026/1"),
            ola);

    assertThat(first.isSaved()).isTrue();
    assertThat(second).isEqualTo(Conflict.of(row.processId(), 1, 2));
    assertThat(caseRow(source, row.caseNumber()))
        .isEqualTo(List.of("start-up", "active", "2", KARI));
  }

  /** Checks the story's claims against the database, read afresh. */
  private static void checkStory(Run run, DataSource source) throws SQLException {
    Story story = run.story();
    String out = run.output();

    // Race 1: both saved a step on version 2; one conflicted, saw the other's step, and retried.
    Ending firstWinner = winner(story.anchoringRace());
    Ending firstLoser = loser(story.anchoringRace());
    assertThat(firstWinner.kind()).isEqualTo(Kind.SAVED);
    assertThat(firstLoser).isEqualTo(new Ending(firstLoser.caseworker(), Kind.SAVED, 1));
    String loser = "  [" + firstLoser.caseworker() + "] ";
    assertThat(out)
        .contains("  [Kari] records political-anchoring (evidence PS 12/2026) on version 2")
        .contains("  [Ola] records administrative-anchoring (evidence 2026/77) on version 2")
        .contains(
            loser
                + "conflict: the step was made on version 2, but version 3 is stored;"
                + " nothing of it was saved")
        .contains(loser + "reloads version 3; what changed meanwhile:")
        .contains(loser + "  version 3: " + actorOf(firstWinner) + " record-criterion")
        .contains(loser + "the step still makes sense, and is tried again")
        .contains(loser + "saved: the process is at version 4");

    // Race 2: both pressed begin-mapping on version 4; the one who lost gave up.
    Ending secondWinner = winner(story.mappingRace());
    Ending secondLoser = loser(story.mappingRace());
    assertThat(secondWinner.kind()).isEqualTo(Kind.SAVED);
    assertThat(secondLoser).isEqualTo(new Ending(secondLoser.caseworker(), Kind.GAVE_UP, 1));
    loser = "  [" + secondLoser.caseworker() + "] ";
    assertThat(out)
        .contains("  [Kari] presses begin-mapping on version 4")
        .contains("  [Ola] presses begin-mapping on version 4")
        .contains(loser + "conflict: the step was made on version 4, but version 5 is stored")
        .contains(loser + "  version 5: " + actorOf(secondWinner) + " begin-mapping, start-up")
        .contains(loser + "gives up: the process has moved from start-up to mapping already");

    // The database, read without the example: the process as the races left it, and the row.
    ProcessStore store = JdbcProcessStore.builder(source).build();
    ProcessInstance process = store.load(PROCESS);
    assertThat(process.version()).isEqualTo(5);
    assertThat(process.phase()).isEqualTo(StandardProcess.MAPPING);
    assertThat(process.journal().verify().isIntact()).isTrue();
    List<JournalEntry> entries = process.journal().entries();
    assertThat(entries.get(2).actorId()).isEqualTo(actorOf(firstWinner));
    assertThat(entries.get(3).actorId()).isEqualTo(actorOf(firstLoser));
    assertThat(entries.get(4).actorId()).isEqualTo(actorOf(secondWinner));
    assertThat(process.criteria())
        .containsOnlyKeys(
            StandardProcess.PROCESS_TEAM_APPOINTED,
            StandardProcess.POLITICAL_ANCHORING,
            StandardProcess.ADMINISTRATIVE_ANCHORING);
    assertThat(caseRow(source, "2026/1"))
        .isEqualTo(List.of("mapping", "active", "5", actorOf(secondWinner)));
    assertThat(out)
        .contains("  row sak: phase mapping, status active, process version 5")
        .contains("  the row and the process agree");

    // The outbox: begin-mapping entered mapping, so the one role that may move it on (the process
    // lead, by begin-planning) is told, and mapping's target date is scheduled; nothing else.
    assertThat(story.actedOn())
        .containsExactly(PROCESS + "/5/0/notify-roles", PROCESS + "/5/1/schedule-deadline");
    assertThat(story.repeatsDropped()).isEqualTo(1);
    assertThat(store.outbox().pending()).isZero();
    assertThat(out)
        .contains("4. The outbox: 2 effects wait for delivery")
        .contains(
            "  [dispatcher A] delivers "
                + PROCESS
                + "/5/0/notify-roles (attempt 1): notify process-lead that the process is in"
                + " mapping")
        .contains(
            "  [dispatcher B] delivers again, and the receiver drops the repeat: "
                + PROCESS
                + "/5/0/notify-roles (attempt 2)")
        .contains("the target date of mapping, 2027-06-30")
        .contains("2 effects acted on, each once; 1 repeat dropped; 2 completed by B; 0 pending");
  }

  private static Ending winner(List<Ending> race) {
    assertThat(race).hasSize(2).extracting(Ending::conflicts).containsExactlyInAnyOrder(0, 1);
    return race.stream().filter(ending -> ending.conflicts() == 0).findFirst().orElseThrow();
  }

  private static Ending loser(List<Ending> race) {
    return race.stream().filter(ending -> ending.conflicts() == 1).findFirst().orElseThrow();
  }

  private static String actorOf(Ending ending) {
    return ending.caseworker().equals("Kari") ? KARI : OLA;
  }

  /** Phase, status, process version and last writer of a case row, read with plain JDBC. */
  private static List<String> caseRow(DataSource source, String caseNumber) throws SQLException {
    try (Connection connection = source.getConnection();
        PreparedStatement select =
            connection.prepareStatement(
                "SELECT fase, status, prosessversjon, sist_endret_av FROM sak"
                    + " WHERE saksnummer = ?")) {
      select.setString(1, caseNumber);
      try (ResultSet row = select.executeQuery()) {
        assertThat(row.next()).as("a row for case %s", caseNumber).isTrue();
        return List.of(
            row.getString(1), row.getString(2), Long.toString(row.getLong(3)), row.getString(4));
      }
    }
  }

  private static no.levehelelivet.core.Municipality vefsn() {
    return no.levehelelivet.core.Municipality.of("Vefsn", "1824");
  }

  private static DataSource h2Source(CaseDatabase database) {
    JdbcDataSource source = new JdbcDataSource();
    source.setURL(database.url());
    return source;
  }

  /** A database of its own on the test run's PostgreSQL, started with durable commits. */
  private static synchronized String freshPostgresDatabase() throws IOException, SQLException {
    if (postgres == null) {
      postgres =
          EmbeddedPostgres.builder()
              .setServerConfig("fsync", "on")
              .setServerConfig("synchronous_commit", "on")
              .start();
    }
    EmbeddedPostgres server = postgres;
    String name = "sak" + DATABASES.incrementAndGet();
    try (Connection connection = server.getPostgresDatabase().getConnection();
        Statement statement = connection.createStatement()) {
      statement.execute("CREATE DATABASE " + name);
      try (ResultSet settings =
          statement.executeQuery(
              "SELECT current_setting('fsync'), current_setting('synchronous_commit')")) {
        settings.next();
        assertThat(List.of(settings.getString(1), settings.getString(2)))
            .containsExactly("on", "on");
      }
    }
    return server.getJdbcUrl("postgres", name);
  }

  private record Run(Story story, String output) {}

  private static Run run(CaseDatabase database) {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    Story story =
        CaseManagementIntegration.run(
            database, new PrintStream(bytes, true, StandardCharsets.UTF_8));
    return new Run(story, bytes.toString(StandardCharsets.UTF_8));
  }
}
