package no.levehelelivet.snippets;

import java.io.PrintStream;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Set;
import javax.sql.DataSource;
import no.levehelelivet.core.Catalogue;
import no.levehelelivet.core.FocusArea;
import no.levehelelivet.core.InvalidValueException;
import no.levehelelivet.core.Language;
import no.levehelelivet.core.Measure;
import no.levehelelivet.core.Municipality;
import no.levehelelivet.core.Solution;
import no.levehelelivet.core.municipality.Sector;
import no.levehelelivet.core.plan.ActivityPlan;
import no.levehelelivet.process.Actor;
import no.levehelelivet.process.Command;
import no.levehelelivet.process.NoRoute;
import no.levehelelivet.process.Outcome;
import no.levehelelivet.process.ProcessDefinition;
import no.levehelelivet.process.ProcessInstance;
import no.levehelelivet.process.Reason;
import no.levehelelivet.process.Rejected;
import no.levehelelivet.process.ReplayFailure;
import no.levehelelivet.process.ReplayResult;
import no.levehelelivet.process.Role;
import no.levehelelivet.process.Route;
import no.levehelelivet.process.RouteResult;
import no.levehelelivet.process.Routes;
import no.levehelelivet.process.Trigger;
import no.levehelelivet.process.diagram.DiagramFormat;
import no.levehelelivet.process.journal.Journal;
import no.levehelelivet.serialization.ReadMode;
import no.levehelelivet.serialization.ReadResult;
import no.levehelelivet.serialization.WireCodec;
import no.levehelelivet.store.OutboxEffect;
import no.levehelelivet.store.Portfolio;
import no.levehelelivet.store.ProcessQuery;
import no.levehelelivet.store.StoreResult;
import no.levehelelivet.store.jdbc.Dialect;
import no.levehelelivet.store.jdbc.JdbcProcessStore;
import org.flywaydb.core.Flyway;
import org.h2.jdbcx.JdbcDataSource;

/**
 * The README's code. Each region between a {@code // README:begin NAME} and a {@code // README:end}
 * line is one Java block of the README, in the README's order.
 */
public final class ReadmeSnippets {

  private ReadmeSnippets() {}

  /** The catalogue in ten lines: the focus areas and their solutions, printed to {@code out}. */
  public static void catalogue(PrintStream out) {
    // README:begin catalogue
    Catalogue catalogue = Catalogue.leveHeleLivet();
    for (FocusArea area : catalogue.focusAreas()) {
      out.println(area.label(Language.ENGLISH) + " (" + area.label(Language.BOKMAL) + ")");
      for (Solution solution : catalogue.solutions(area)) {
        out.println("  " + solution.code() + ": " + solution.label(Language.ENGLISH));
      }
    }
    out.println(Solution.fromCode("good-moments").focusArea().code());
    // README:end
  }

  /** A municipality's own measure, built with a builder and checked when built. */
  public static Measure measure() {
    // README:begin measure
    Measure mealFriends =
        Measure.builder()
            .title("Måltidsvenner i Vefsn")
            .addFocusAreas(FocusArea.FOOD_AND_MEALS)
            .addSolutions(Solution.THE_GOOD_MEAL)
            .responsibleSector(Sector.HEALTH_AND_WELFARE)
            .build();
    // README:end
    return mealFriends;
  }

  /** The change process: a refused step and the diagram, printed to {@code out}. */
  public static ProcessInstance process(PrintStream out, Clock clock) {
    // README:begin process
    Actor kari = Actor.of("kari", Role.PROCESS_LEAD);
    ProcessInstance process =
        ProcessInstance.start(
            ProcessDefinition.standard(), "vefsn-1", Municipality.of("Vefsn", "1824"), kari, clock);
    Outcome recorded = process.fire(Command.recordCriterion("process-team-appointed", kari), clock);
    process = recorded.instance();
    Outcome outcome = process.fire(Command.of(Trigger.BEGIN_MAPPING, kari), clock);
    if (outcome instanceof Rejected rejected) {
      rejected.reasons().forEach(reason -> out.println(reason.message()));
    }
    out.println(DiagramFormat.MERMAID.render(process, Language.BOKMAL));
    // README:end
    return process;
  }

  /** Replaying a stored journal on its definition, and what a failure tells. */
  public static ProcessInstance replay(PrintStream out, ProcessInstance process) {
    // README:begin replay
    Journal journal = process.journal(); // as the host stored it, entry by entry
    ReplayResult result = ProcessInstance.replay(ProcessDefinition.standard(), journal);
    if (result instanceof ReplayFailure failure) {
      out.println(failure.code().code() + " at entry " + failure.sequence()); // LHL-R-002 …
    }
    ProcessInstance again = result.orElseThrow(); // or ReplayException, carrying the failure
    // README:end
    return again;
  }

  /** What is left between the process and mapping for the process lead, printed to {@code out}. */
  public static RouteResult route(PrintStream out, ProcessInstance process) {
    // README:begin route
    RouteResult left = Routes.plan(process, "mapping", Set.of(Role.PROCESS_LEAD));
    if (left instanceof Route route) {
      route.steps().forEach(step -> out.println(step + " by " + step.roles()));
    } else if (left instanceof NoRoute none) {
      none.obstacles().forEach(obstacle -> out.println(obstacle.message(Language.NYNORSK)));
    }
    // README:end
    return left;
  }

  /** The wire format: an activity plan and a process written and read back. */
  public static ProcessInstance wire(PrintStream err, ProcessInstance process) {
    // README:begin wire
    WireCodec codec = WireCodec.standard();

    ActivityPlan plan = Catalogue.leveHeleLivet().activityPlan("usht-viken-2020");
    String json = codec.write(plan); // the same value always gives the same bytes
    ActivityPlan read = codec.read(json, ActivityPlan.class, ReadMode.STRICT).orElseThrow();

    byte[] stored = codec.writeBytes(process);
    ReadResult<ProcessInstance> result =
        codec.read(stored, ProcessInstance.class, ReadMode.TOLERANT);
    result.warnings().forEach(err::println); // e.g. LHL-S-010 at /schemaVersion (...): ...
    ProcessInstance again = result.orElseThrow(); // WireFormatException with every problem
    // README:end
    if (!read.equals(plan)) {
      throw new IllegalStateException("the plan did not read back equal");
    }
    return again;
  }

  /** The store on embedded H2: a process created, a step saved, its effects delivered. */
  public static Portfolio store(Path folder, Clock clock, List<String> delivered) {
    // README:begin store
    JdbcDataSource h2 = new JdbcDataSource(); // org.h2.jdbcx: the host brings its driver
    h2.setURL("jdbc:h2:file:" + folder.resolve("levehelelivet").toAbsolutePath());
    JdbcProcessStore store = JdbcProcessStore.builder(h2).build();
    store.createSchema(); // where the tables are missing; or run the DDL in the jar with Flyway

    Actor kari = Actor.of("kari", Role.PROCESS_LEAD);
    Municipality vefsn = Municipality.of("Vefsn", "1824");
    store.create(
        ProcessInstance.start(ProcessDefinition.standard(), "vefsn-1", vefsn, kari, clock));
    for (String met :
        List.of("process-team-appointed", "administrative-anchoring", "political-anchoring")) {
      store.apply("vefsn-1", Command.recordCriterion(met, kari, "sak 2026/14"), clock);
    }
    StoreResult result = store.apply("vefsn-1", Command.of(Trigger.BEGIN_MAPPING, kari), clock);
    // Saved, Refused (the engine's reasons) or Conflict (another writer was first: load, retry)

    for (OutboxEffect effect : store.outbox().claim(100, Duration.ofMinutes(5))) {
      delivered.add(effect.idempotencyKey()); // deliver, then mark it done
      store.outbox().complete(effect);
    }
    Portfolio portfolio = store.portfolio(ProcessQuery.all()); // counts per phase and status
    // README:end
    if (!result.isSaved()) {
      throw new IllegalStateException("begin-mapping was not saved: " + result);
    }
    return portfolio;
  }

  /** The store on PostgreSQL: the DDL through Flyway, a step saved with the host's own row. */
  public static StoreResult storeOnPostgres(DataSource pool, Command command, Clock clock)
      throws SQLException {
    // README:begin storeOnPostgres
    Flyway.configure() // the store's migrations beside the host's own, with their own history
        .dataSource(pool)
        .locations(Dialect.POSTGRESQL.flywayLocation()) // V1__levehelelivet_store.sql
        .table("lhl_schema_history")
        .baselineOnMigrate(true)
        .baselineVersion("0")
        .load()
        .migrate();
    JdbcProcessStore store = JdbcProcessStore.builder(pool).dialect(Dialect.POSTGRESQL).build();

    StoreResult result;
    try (Connection connection = pool.getConnection()) {
      connection.setAutoCommit(false); // the host's transaction: its case note and our step
      try (PreparedStatement note =
          connection.prepareStatement("INSERT INTO case_note (case_id, text) VALUES (?, ?)")) {
        note.setString(1, "vefsn-1");
        note.setString(2, "Kartlegging vedtatt i kommunestyret");
        note.executeUpdate();
      }
      result = store.using(connection).apply("vefsn-1", command, clock);
      if (result.isSaved()) {
        connection.commit();
      } else {
        connection.rollback();
      }
    }
    // README:end
    return result;
  }

  /** A value refused when it is built, and what the exception carries. */
  public static InvalidValueException refusedValue() {
    InvalidValueException refused;
    // README:begin errors
    try {
      Municipality.of("Vefsn", "824");
      throw new AssertionError("a three-digit kommunenummer was accepted");
    } catch (InvalidValueException e) {
      // e.code() is ArgumentCode.INVALID_VALUE ("LHL-A-001"), e.field() "kommunenummer",
      // e.value() "824"; e.getMessage() says it all in one line:
      // LHL-A-001: kommunenummer must be four digits, was "824"
      refused = e;
    }
    // README:end
    return refused;
  }

  /** A refused step explained in nynorsk, and what to do about it in bokmål. */
  public static Rejected refusedInNorwegian(PrintStream out, ProcessInstance process, Clock clock) {
    Actor kari = Actor.of("kari", Role.PROCESS_LEAD);
    // README:begin messages
    Outcome outcome = process.fire(Command.of(Trigger.PAUSE, kari), clock); // no note given
    if (outcome instanceof Rejected rejected) {
      for (Reason reason : rejected.reasons()) {
        out.println(reason.message(Language.NYNORSK)); // LHL-P-007: "pause" krev ein merknad ...
        out.println(reason.code().remedy(Language.BOKMAL)); // skriv en merknad som sier hvorfor
      }
    }
    // README:end
    return (Rejected) outcome;
  }
}
