package no.levehelelivet.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import javax.sql.DataSource;
import no.levehelelivet.core.Municipality;
import no.levehelelivet.process.Actor;
import no.levehelelivet.process.Command;
import no.levehelelivet.process.Outcome;
import no.levehelelivet.process.ProcessDefinition;
import no.levehelelivet.process.ProcessInstance;
import no.levehelelivet.process.Role;
import no.levehelelivet.process.StandardProcess;
import no.levehelelivet.process.Trigger;
import no.levehelelivet.store.ProcessStore;
import no.levehelelivet.store.jdbc.Dialect;
import no.levehelelivet.store.jdbc.JdbcProcessStore;
import no.levehelelivet.store.jdbc.Tables;
import org.assertj.core.api.AbstractStringAssert;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * What every subcommand on a database does, run in-process as a shell would, on each database the
 * command supports: a subclass names a fresh database for each test.
 */
abstract class StoreCliContract {

  static final Clock CLOCK = Clock.fixed(Instant.parse("2026-11-24T10:00:00Z"), ZoneOffset.UTC);

  /** The id the journey gives Vefsn's process. */
  static final String VEFSN = "lhl-1824-2019";

  @TempDir Path dir;

  String out = "";
  String err = "";

  /** The URL of a database of this test's own without the store's tables. */
  abstract String freshUrl();

  /** The options that log in to the database of {@link #freshUrl()}, if it needs any. */
  abstract List<String> login();

  /** A data source on {@code url}, logged in as {@link #login()}, for the test's own SQL. */
  abstract DataSource dataSource(String url);

  /** The dialect of the database. */
  abstract Dialect dialect();

  /** A URL of this kind of database at a port on 127.0.0.1 where nothing listens. */
  abstract String unreachableUrl(int port);

  /**
   * A database whose user has a password the server checks: its URL, and the user's name and
   * password.
   */
  abstract PasswordLogin passwordLogin() throws Exception;

  /** A database URL with a user and the password the server checks for that user. */
  record PasswordLogin(String url, String user, String password) {}

  int run(Map<String, String> environment, String... args) {
    ByteArrayOutputStream outBytes = new ByteArrayOutputStream();
    ByteArrayOutputStream errBytes = new ByteArrayOutputStream();
    int code =
        LeveHeleLivetCommand.execute(
            args,
            new PrintStream(outBytes, true, StandardCharsets.UTF_8),
            new PrintStream(errBytes, true, StandardCharsets.UTF_8),
            CLOCK,
            environment);
    out = outBytes.toString(StandardCharsets.UTF_8);
    err = errBytes.toString(StandardCharsets.UTF_8);
    return code;
  }

  /** Runs the command with {@code args}, then the login options of the database. */
  int run(String... args) {
    List<String> all = new ArrayList<>(List.of(args));
    all.addAll(login());
    return run(Map.of(), all.toArray(new String[0]));
  }

  /** Runs the command, which must succeed, and returns its standard output. */
  String ok(String... args) {
    assertThat(run(args)).as("%s%n%s", String.join(" ", args), err).isZero();
    return out;
  }

  /** A database of the test's own with the store's tables. */
  String initialised() {
    String url = freshUrl();
    assertThat(ok("db", "init", "--db", url)).contains("the store's tables are in");
    return url;
  }

  /**
   * Asserts that standard error holds exactly one line, naming {@code code}, and that no stack
   * trace was printed anywhere; returns the line for more checks.
   */
  AbstractStringAssert<?> assertOneCodedLine(String code) {
    assertThat(out + err)
        .doesNotContain("Exception")
        .doesNotContain("at no.levehelelivet")
        .doesNotContain("\tat ");
    List<String> lines = err.lines().filter(line -> !line.isBlank()).toList();
    assertThat(lines).as("standard error:%n%s", err).hasSize(1);
    return assertThat(lines.get(0)).contains(code);
  }

  /** Asserts a usage error: exit 2, nothing on standard output, one line starting with the code. */
  AbstractStringAssert<?> assertUsageError(int exitCode, String code) {
    assertThat(exitCode).as(err).isEqualTo(2);
    assertThat(out).isEmpty();
    return assertOneCodedLine(code).startsWith(code + ": ");
  }

  @Test
  void keepsTheJourneyInTheDatabaseListsItAndShowsIt() {
    String db = initialised();
    assertThat(ok("journey", "--db", db, "--lang", "en"))
        .contains("in Vefsn (1824)")
        .contains("process " + VEFSN);

    assertThat(ok("list", "--db", db).lines())
        .hasSize(2)
        .first()
        .asString()
        .startsWith("process ")
        .contains("municipality", "phase", "status", "version", "next deadline", "last step");
    assertThat(out.lines().skip(1).findFirst().orElseThrow())
        .matches(
            VEFSN + " +1824 Vefsn +implement-and-evaluate +completed +24 +- +2021-05-26T09:00:00Z");
    assertThat(ok("list", "--db", db, "--format", "json"))
        .startsWith("{\"processes\":[{\"id\":\"" + VEFSN + "\",\"municipalityNumber\":\"1824\"")
        .contains("\"status\":\"completed\",\"version\":24")
        .endsWith(",\"nextAfter\":null}" + System.lineSeparator());

    assertThat(ok("status", "--db", db, "--process", VEFSN, "--role", "process-lead"))
        .startsWith(VEFSN + " — Vefsn (1824)")
        .contains("status: completed, version: 24");
    assertThat(ok("verify", "--db", db, "--process", VEFSN))
        .startsWith("process \"" + VEFSN + "\": the journal chain is intact, 24 entries");

    assertThat(ok("portfolio", "--db", db))
        .isEqualTo(
            String.join(
                System.lineSeparator(),
                "phase                   active  paused  completed  abandoned  total",
                "implement-and-evaluate       0       0          1          0      1",
                "total                        0       0          1          0      1",
                ""));
    assertThat(ok("portfolio", "--db", db, "--format", "json").strip())
        .isEqualTo(
            "{\"total\":1,\"phases\":[{\"phase\":\"implement-and-evaluate\",\"total\":1,"
                + "\"statuses\":{\"active\":0,\"paused\":0,\"completed\":1,\"abandoned\":0}}],"
                + "\"statuses\":{\"active\":0,\"paused\":0,\"completed\":1,\"abandoned\":0}}");
  }

  @Test
  void startsRecordsAndFiresAStoredProcessAndDeliversItsEffects() {
    String db = initialised();
    assertThat(
            ok("start", "--municipality", "Vefsn", "--number", "1824", "--db", db, "--id", "v-1"))
        .contains("started v-1 for Vefsn (1824)")
        .contains("in phase start-up");

    assertThat(run(fire(db, "v-1", "begin-mapping", "pl", "process-lead"))).isEqualTo(1);
    assertThat(err).contains("\"begin-mapping\" refused").contains("LHL-P-003");
    assertThat(ok("status", "--db", db, "--process", "v-1")).contains("version: 1");

    record(db, "v-1", "administrative-anchoring", "administrative-leadership");
    record(db, "v-1", "political-anchoring", "process-lead");
    record(db, "v-1", "process-team-appointed", "administrative-leadership");
    assertThat(ok(fire(db, "v-1", "begin-mapping", "pl", "process-lead")))
        .startsWith(
            "#5 2026-11-24T10:00:00Z begin-mapping by pl (process-lead): start-up -> mapping")
        .contains("  effect: ");
    assertThat(ok("verify", "--db", db, "--process", "v-1"))
        .contains("the journal chain is intact, 5 entries");

    assertThat(ok("outbox", "--db", db))
        .containsPattern("[1-9][0-9]* effects? (is|are) pending")
        .contains("  v-1/5/0/");
    assertThat(ok("outbox", "run", "--db", db))
        .contains("delivered v-1/5/0/")
        .containsPattern("[1-9][0-9]* effects? delivered, 0 pending");
    assertThat(ok("outbox", "--db", db))
        .isEqualTo("0 effects are pending" + System.lineSeparator());
    assertThat(ok("outbox", "run", "--db", db)).contains("0 effects delivered, 0 pending");
  }

  private String[] fire(String db, String id, String trigger, String actor, String role) {
    return new String[] {
      "fire", "--db", db, "--process", id, "--trigger", trigger, "--actor", actor, "--role", role
    };
  }

  private void record(String db, String id, String criterion, String role) {
    assertThat(
            ok(
                "record",
                "--db",
                db,
                "--process",
                id,
                "--criterion",
                criterion,
                "--actor",
                "someone",
                "--role",
                role,
                "--evidence",
                "2026/1"))
        .contains("record-criterion by someone (" + role + ")");
  }

  @Test
  void listsAPageAtATimeAndByMunicipalityPhaseStatusAndDeadline() throws SQLException {
    String db = initialised();
    for (String number : List.of("1804", "1820", "1824", "1832", "1833")) {
      ok("start", "--municipality", "K" + number, "--number", number, "--db", db);
    }
    ok(
        "fire",
        "--db",
        db,
        "--process",
        "lhl-1832",
        "--trigger",
        "pause",
        "--actor",
        "pl",
        "--role",
        "process-lead",
        "--note",
        "budsjett");
    try (JdbcStore store = store(db)) {
      store
          .store()
          .create(
              ProcessInstance.start(
                  ProcessDefinition.standard(),
                  "overdue-1",
                  Municipality.of("Bodø", "1804"),
                  Actor.of("pl", Role.PROCESS_LEAD),
                  CLOCK,
                  Map.of(StandardProcess.START_UP, LocalDate.of(2020, 6, 30))));
    }

    assertThat(ok("list", "--db", db, "--limit", "2").lines())
        .hasSize(4)
        .last()
        .isEqualTo("next page: --after lhl-1820");
    assertThat(ok("list", "--db", db, "--limit", "2", "--after", "lhl-1820"))
        .contains("lhl-1824", "lhl-1832")
        .doesNotContain("lhl-1820")
        .endsWith("next page: --after lhl-1832" + System.lineSeparator());
    assertThat(ok("list", "--db", db, "--limit", "2", "--after", "lhl-1832"))
        .contains("lhl-1833", "overdue-1")
        .endsWith("next page: --after overdue-1" + System.lineSeparator());
    assertThat(ok("list", "--db", db, "--limit", "2", "--after", "overdue-1"))
        .isEqualTo("no processes" + System.lineSeparator());
    assertThat(ok("list", "--db", db, "--limit", "1", "--format", "json"))
        .contains("\"id\":\"lhl-1804\"")
        .contains("\"nextAfter\":\"lhl-1804\"");

    assertThat(ids(ok("list", "--db", db, "--municipality", "1804")))
        .containsExactly("lhl-1804", "overdue-1");
    assertThat(ids(ok("list", "--db", db, "--status", "paused"))).containsExactly("lhl-1832");
    assertThat(ids(ok("list", "--db", db, "--phase", "start-up", "--status", "active")))
        .containsExactly("lhl-1804", "lhl-1820", "lhl-1824", "lhl-1833", "overdue-1");
    assertThat(ok("list", "--db", db, "--phase", "mapping"))
        .isEqualTo("no processes\n".replace("\n", System.lineSeparator()));
    // The standard process's first milestone ends 2021-12-31; overdue-1 planned start-up to end
    // by 2020-06-30.
    assertThat(ok("list", "--db", db, "--municipality", "1820")).contains(" 2021-12-31 ");
    assertThat(ids(ok("list", "--db", db, "--overdue-on", "2021-01-01")))
        .containsExactly("overdue-1");
    assertThat(ok("list", "--db", db, "--overdue-on", "2021-01-01")).contains(" 2020-06-30 ");
    assertThat(ids(ok("list", "--db", db, "--overdue-on", "2020-06-30"))).isEmpty();
    assertThat(ids(ok("list", "--db", db, "--overdue-on", "2022-01-01")))
        .containsExactly("lhl-1804", "lhl-1820", "lhl-1824", "lhl-1832", "lhl-1833", "overdue-1");

    assertThat(ok("portfolio", "--db", db, "--municipality", "1804"))
        .contains("start-up       2       0          0          0      2");
    assertThat(ok("portfolio", "--db", db))
        .contains("start-up       5       1          0          0      6")
        .contains("total          5       1          0          0      6");
  }

  /** The process ids of a text listing. */
  private static List<String> ids(String listing) {
    return listing
        .lines()
        .skip(1)
        .filter(line -> !line.startsWith("next page") && !line.equals("no processes"))
        .map(line -> line.substring(0, line.indexOf(' ')))
        .toList();
  }

  @Test
  void aStaleStepAndAProcessStoredTwiceAreExitOneWithTheirCode() {
    String db = initialised();
    ok("start", "--municipality", "Vefsn", "--number", "1824", "--db", db);
    int code = run("start", "--municipality", "Vefsn", "--number", "1824", "--db", db);
    assertThat(code).isEqualTo(1);
    assertOneCodedLine("LHL-U-016")
        .startsWith("LHL-U-016: ")
        .contains("\"lhl-1824\" is already stored, at version 1");

    List<String> stale =
        new ArrayList<>(List.of(fire(db, "lhl-1824", "pause", "pl", "process-lead")));
    stale.addAll(List.of("--note", "vent", "--expected-version", "7"));
    assertThat(run(stale.toArray(new String[0]))).isEqualTo(1);
    assertOneCodedLine("LHL-U-016").contains("stored at version 1, the step was made on version 7");
    assertThat(ok("status", "--db", db, "--process", "lhl-1824")).contains("status: active");
  }

  @Test
  void everyMisuseOfTheDatabaseCommandsIsExitTwoWithOneCodedLine() throws IOException {
    String db = initialised();
    Path file = dir.resolve("p.json");
    ok("start", "--municipality", "Vefsn", "--number", "1824", "--out", file.toString());

    assertUsageError(run("list", "--db", db, "--status", "asleep"), "LHL-U-004")
        .contains("--status \"asleep\"; use one of active, paused, completed, abandoned");
    assertUsageError(run("list", "--db", db, "--overdue-on", "24.11.2026"), "LHL-U-004")
        .contains("use an ISO-8601 date");
    assertUsageError(run("list", "--db", db, "--municipality", "824"), "LHL-A-001");
    assertUsageError(run("list", "--db", db, "--limit", "0"), "LHL-A-001");
    assertUsageError(run("list"), "LHL-U-003").contains("--db JDBC_URL");
    assertThat(run("status", "--db", db, "--process", "nobody")).isEqualTo(2);
    assertOneCodedLine("LHL-L-001").startsWith("LHL-L-001 [\"nobody\"]: ");
    assertUsageError(run("status", file.toString(), "--db", db), "LHL-U-015")
        .contains("FILE and --db");
    assertUsageError(run("verify", file.toString(), "--process", "x"), "LHL-U-015");
    assertUsageError(
            run("status", "--db", db, "--process", "x", "--definition", file.toString()),
            "LHL-U-015")
        .contains("--definition and --db");
    assertUsageError(run("status", "--process", "lhl-1824"), "LHL-U-003").contains("--db");
    assertUsageError(
            run("fire", "--db", db, "--trigger", "pause", "--actor", "a", "--role", "process-lead"),
            "LHL-U-003")
        .contains("--process ID");
    assertUsageError(run("record"), "LHL-U-003");
    assertUsageError(run("verify", "--all"), "LHL-U-003").contains("--db JDBC_URL");
    assertUsageError(run("verify", "--all", "--db", db, "--process", "x"), "LHL-U-015");
    assertUsageError(run("verify", "--all", file.toString()), "LHL-U-015");
    assertUsageError(run("start", "--municipality", "V", "--number", "1824"), "LHL-U-003")
        .contains("--out FILE");
    assertUsageError(
            run("start", "--municipality", "V", "--number", "1824", "--db", db, "--out", "x.json"),
            "LHL-U-015")
        .contains("--out and --db");
    assertUsageError(run("list", "--db", "jdbc:sqlite:x.db"), "LHL-U-010")
        .contains("\"jdbc:sqlite:x.db\"");
    assertUsageError(run("outbox", "--db", db, "--limit", "0"), "LHL-U-004");
    assertUsageError(run("db"), "LHL-U-001").contains("db init");
    assertUsageError(run("db", "init"), "LHL-U-003");
    assertUsageError(run("list", "--db", db, "--lang", "nn", "--status", "x"), "LHL-U-004")
        .contains("ein verdi valet eller parameteren ikkje godtek");
  }

  @Test
  void aDatabaseWithoutTheStoreSaysSoAndNamesTheCommandThatMakesIt() {
    String db = freshUrl();
    List<List<String>> commands =
        List.of(
            List.of("list", "--db", db),
            List.of("portfolio", "--db", db),
            List.of("status", "--db", db, "--process", "lhl-1824"),
            List.of("verify", "--db", db, "--process", "lhl-1824"),
            List.of("verify", "--all", "--db", db),
            List.of("outbox", "--db", db),
            List.of("outbox", "run", "--db", db),
            List.of("start", "--municipality", "Vefsn", "--number", "1824", "--db", db),
            List.of(
                "record",
                "--db",
                db,
                "--process",
                "lhl-1824",
                "--criterion",
                "political-anchoring",
                "--actor",
                "a",
                "--role",
                "process-lead"),
            List.of(
                "fire",
                "--db",
                db,
                "--process",
                "lhl-1824",
                "--trigger",
                "begin-mapping",
                "--actor",
                "a",
                "--role",
                "process-lead"),
            List.of("journey", "--db", db));
    for (List<String> command : commands) {
      assertUsageError(run(command.toArray(new String[0])), "LHL-U-011")
          .as(String.join(" ", command))
          .contains("; levehelelivet db init --db \"" + db + "\"");
    }
    assertUsageError(run("list", "--db", db, "--lang", "nn"), "LHL-U-011")
        .contains("databasen finst ikkje eller manglar tabellane til lageret");

    ok("db", "init", "--db", db);
    assertThat(ok("db", "init", "--db", db)).as("db init runs again").contains("tables are in");
    assertThat(ok("list", "--db", db)).isEqualTo("no processes" + System.lineSeparator());
  }

  @Test
  void aWrongPasswordIsRefusedWithoutEchoingEitherPassword() throws Exception {
    PasswordLogin login = passwordLogin();
    String wrong = "not-" + login.password();
    List<String> right =
        List.of("--db", login.url(), "--db-user", login.user(), "--db-password", login.password());
    assertThat(run(Map.of(), concat(List.of("db", "init"), right))).as(err).isZero();

    int code =
        run(
            Map.of(),
            "list",
            "--db",
            login.url(),
            "--db-user",
            login.user(),
            "--db-password",
            wrong);
    assertUsageError(code, "LHL-U-013");
    assertThat(err).doesNotContain(wrong).doesNotContain(login.password());

    assertUsageError(
            run(
                Map.of(DatabaseOptions.PASSWORD_VARIABLE, wrong),
                "list",
                "--db",
                login.url(),
                "--db-user",
                login.user(),
                "--lang",
                "nb"),
            "LHL-U-013")
        .contains("databasen avviste brukernavnet eller passordet");
    assertThat(err).doesNotContain(wrong).doesNotContain(login.password());

    assertThat(
            run(
                Map.of(DatabaseOptions.PASSWORD_VARIABLE, login.password()),
                "list",
                "--db",
                login.url(),
                "--db-user",
                login.user()))
        .as(err)
        .isZero();
    assertThat(out).isEqualTo("no processes" + System.lineSeparator());
    assertThat(run(Map.of(), concat(List.of("list"), right))).as(err).isZero();
  }

  private static String[] concat(List<String> first, List<String> second) {
    List<String> all = new ArrayList<>(first);
    all.addAll(second);
    return all.toArray(new String[0]);
  }

  @Test
  void anUnreachableDatabaseIsExitTwoWithOneLine() throws IOException {
    int port;
    try (ServerSocket socket = new ServerSocket(0)) {
      port = socket.getLocalPort();
    }
    String url = unreachableUrl(port);
    assertUsageError(run(Map.of(), "list", "--db", url), "LHL-U-012")
        .contains(String.valueOf(port));
    assertUsageError(run(Map.of(), "verify", "--all", "--db", url, "--lang", "nn"), "LHL-U-012")
        .contains("databasen kan ikkje nåast");
    assertUsageError(
            run(
                Map.of(),
                "list",
                "--db",
                url + (url.contains("?") ? "&" : ";") + "password=geheim"),
            "LHL-U-012")
        .contains("password=***")
        .doesNotContain("geheim");
    assertUsageError(
            run(Map.of(), "list", "--db", "jdbc:oracle:thin:scott/tiger@//h/x?password=geheim"),
            "LHL-U-010")
        .doesNotContain("geheim");
  }

  @Test
  void verifyAllFindsARowChangedBehindTheStoresBack() throws SQLException {
    String db = initialised();
    ok("journey", "--db", db);
    ok("start", "--municipality", "Bodø", "--number", "1804", "--db", db);
    ok("start", "--municipality", "Rana", "--number", "1833", "--db", db);
    assertThat(ok("verify", "--all", "--db", db))
        .containsPattern("^3 processes checked in [0-9.]+ s: every chain is intact");
    assertThat(err).contains("3/3");

    try (JdbcStore store = store(db)) {
      Connection connection = store.connection();
      String table = Tables.withPrefix(Tables.DEFAULT_PREFIX).entry();
      byte[] bytes;
      try (PreparedStatement read =
          connection.prepareStatement(
              "SELECT entry FROM " + table + " WHERE process_id = ? AND sequence = 3")) {
        read.setString(1, VEFSN);
        try (ResultSet row = read.executeQuery()) {
          assertThat(row.next()).isTrue();
          bytes = row.getBytes(1);
        }
      }
      String text = new String(bytes, StandardCharsets.ISO_8859_1);
      assertThat(text).contains("prosessleder@1824");
      byte[] changed =
          text.replace("prosessleder@1824", "prosessleder@1825")
              .getBytes(StandardCharsets.ISO_8859_1);
      try (PreparedStatement update =
          connection.prepareStatement(
              "UPDATE " + table + " SET entry = ? WHERE process_id = ? AND sequence = 3")) {
        update.setBytes(1, changed);
        update.setString(2, VEFSN);
        assertThat(update.executeUpdate()).isEqualTo(1);
      }
    }

    assertThat(run("verify", "--all", "--db", db)).isEqualTo(1);
    assertThat(out).containsPattern("^3 processes checked in [0-9.]+ s: 1 chain is broken");
    List<String> broken = err.lines().filter(line -> line.contains("LHL-")).toList();
    assertThat(broken).hasSize(1);
    assertThat(broken.get(0)).startsWith("\"" + VEFSN + "\" #3: LHL-L-002");
    assertThat(err).doesNotContain("Exception");

    assertThat(run("verify", "--all", "--db", db, "--lang", "nn")).isEqualTo(1);
    assertThat(err)
        .contains(
            "\"" + VEFSN + "\" #3: LHL-L-002: ei lagra journaloppføring held ikkje ved kontroll");

    assertThat(run("status", "--db", db, "--process", VEFSN)).isEqualTo(1);
    assertThat(out).isEmpty();
    assertOneCodedLine("LHL-L-002").startsWith("LHL-L-002 [\"" + VEFSN + "\" #3]");
    assertThat(run("verify", "--db", db, "--process", VEFSN)).isEqualTo(1);
    assertOneCodedLine("LHL-L-002");
    assertThat(ok("verify", "--db", db, "--process", "lhl-1804")).contains("intact");
  }

  @Test
  void verifiesEveryProcessOfAllTheMunicipalities() throws SQLException {
    String db = initialised();
    int count = 357;
    try (JdbcStore store = store(db)) {
      // One transaction of the test's own for all of them: quicker than a commit each.
      store.connection().setAutoCommit(false);
      for (int i = 0; i < count; i++) {
        assertThat(store.store().create(seeded(i)).isSaved()).isTrue();
      }
      store.connection().commit();
    }
    assertThat(ok("verify", "--all", "--db", db))
        .containsPattern("^357 processes checked in [0-9.]+ s: every chain is intact");
    System.out.println(dialect() + ": levehelelivet verify --all --db ...");
    System.out.print(out);
    assertThat(err).contains("357/357");
    System.out.println("standard error, the progress bar's last frame:");
    System.out.println(err.substring(err.stripTrailing().lastIndexOf('\r') + 1).strip());

    String portfolio = ok("portfolio", "--db", db);
    System.out.println(dialect() + ": levehelelivet portfolio --db ...");
    System.out.print(portfolio);
    // Counted by hand from the rule of seeded(i), for i from 0 to 356: mapping every 3rd (119),
    // paused every 7th (51, of them 17 in mapping: every 21st), abandoned every 11th that is not
    // paused (33 - 5 = 28, of them 11 - 2 = 9 in mapping: every 33rd but 0 and 231).
    String row = "%-8s  %6s  %6s  %9s  %9s  %5s";
    assertThat(portfolio)
        .isEqualTo(
            String.join(
                System.lineSeparator(),
                String.format(row, "phase", "active", "paused", "completed", "abandoned", "total")
                    .stripTrailing(),
                String.format(row, "start-up", 185, 34, 0, 19, 238),
                String.format(row, "mapping", 93, 17, 0, 9, 119),
                String.format(row, "total", 278, 51, 0, 28, 357),
                ""));
  }

  /**
   * The {@code i}th of many municipalities' processes: every third has begun mapping, every seventh
   * is paused, every eleventh abandoned, and every fifth has a target date for start-up that has
   * passed.
   */
  static ProcessInstance seeded(int i) {
    String number = String.format("%04d", 1000 + i);
    Actor lead = Actor.of("pl@" + number, Role.PROCESS_LEAD);
    Actor director = Actor.of("kd@" + number, Role.ADMINISTRATIVE_LEADERSHIP);
    ProcessInstance instance =
        ProcessInstance.start(
            ProcessDefinition.standard(),
            "lhl-" + number,
            Municipality.of("Kommune " + number, number),
            lead,
            CLOCK,
            i % 5 == 0 ? Map.of(StandardProcess.START_UP, LocalDate.of(2020, 6, 30)) : Map.of());
    instance =
        step(
            instance,
            Command.recordCriterion(
                StandardProcess.ADMINISTRATIVE_ANCHORING, director, "2026/" + i));
    if (i % 3 == 0) {
      instance =
          step(
              instance,
              Command.recordCriterion(StandardProcess.POLITICAL_ANCHORING, lead, "PS " + i));
      instance =
          step(
              instance,
              Command.recordCriterion(
                  StandardProcess.PROCESS_TEAM_APPOINTED, director, "2026/t" + i));
      instance = step(instance, Command.of(Trigger.BEGIN_MAPPING, lead));
    }
    if (i % 7 == 0) {
      instance = step(instance, Command.of(Trigger.PAUSE, lead).withNote("budsjettarbeid"));
    } else if (i % 11 == 0) {
      instance =
          step(instance, Command.of(Trigger.ABANDON, director).withNote("kommunesammenslåing"));
    }
    return instance;
  }

  private static ProcessInstance step(ProcessInstance instance, Command command) {
    Outcome outcome = instance.fire(command, CLOCK);
    assertThat(outcome.isAccepted()).as("%s: %s", command, outcome.reasons()).isTrue();
    return outcome.instance();
  }

  /**
   * A store of the test's own on the database at {@code url}, for seeding and tampering, on one
   * connection for as long as it is open.
   */
  JdbcStore store(String url) throws SQLException {
    DataSource source = dataSource(url);
    Connection connection = source.getConnection();
    return new JdbcStore(
        connection, JdbcProcessStore.builder(source).dialect(dialect()).build().using(connection));
  }

  /** A store on a connection of its own, in auto-commit mode: a transaction per call. */
  record JdbcStore(Connection connection, ProcessStore store) implements AutoCloseable {
    @Override
    public void close() throws SQLException {
      connection.close();
    }
  }
}
