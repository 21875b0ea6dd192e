package no.levehelelivet.examples;

import com.zaxxer.hikari.HikariDataSource;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import no.levehelelivet.core.Municipality;
import no.levehelelivet.process.Actor;
import no.levehelelivet.process.ProcessInstance;
import no.levehelelivet.process.Role;
import no.levehelelivet.process.StandardProcess;
import no.levehelelivet.process.Trigger;
import no.levehelelivet.store.Saved;
import no.levehelelivet.store.StoreResult;

/**
 * Example 4, case-management integration: a vendor's case-management service keeps Vefsn's change
 * process in the library's store, in the same database as its own case rows — an H2 file by
 * default, PostgreSQL when given a JDBC URL — through a HikariCP pool.
 *
 * <p>The story: the process lead opens a case (the vendor's row and the process, in one
 * transaction); two caseworkers on two threads save steps on the same version at the same moment,
 * and the one who loses gets a {@link no.levehelelivet.store.Conflict}, reloads, is shown what
 * changed, and tries again or gives up when the step no longer makes sense; the case row and the
 * process agree at the end; and a dispatcher drains the outbox, one dispatcher dying between
 * delivering and completing, so that the receiver meets a repeat and drops it by its idempotency
 * key: each effect is acted on exactly once.
 *
 * <p>Run it with {@code java -cp levehelelivet.jar
 * no.levehelelivet.examples.CaseManagementIntegration [JDBC_URL | FOLDER]}; see {@link
 * CaseDatabase} for the system properties and the password's environment variable.
 */
public final class CaseManagementIntegration {

  /** When the story starts. */
  static final Instant START = Instant.parse("2026-11-24T09:00:00Z");

  /** How long a dispatcher's claim on an effect holds. */
  static final Duration LEASE = Duration.ofMinutes(5);

  /** The year of the case numbers. */
  static final int YEAR = 2026;

  private CaseManagementIntegration() {}

  /**
   * Runs the story on the database the arguments name, printing what happens.
   *
   * @param args a JDBC URL, or the folder of an H2 file database; with none, the system property
   *     {@code levehelelivet.db}, or an H2 file in a new temporary folder
   * @throws IOException if the temporary folder cannot be made
   */
  public static void main(String[] args) throws IOException {
    PrintStream out = new PrintStream(System.out, true, StandardCharsets.UTF_8);
    CaseDatabase database =
        CaseDatabase.from(
            args,
            System.getProperties(),
            System.getenv(),
            () -> Files.createTempDirectory("levehelelivet-cases"));
    run(database, out);
  }

  /** What the story did, for the tests to check against the database. */
  record Story(
      String caseNumber,
      List<Caseworker.Ending> anchoringRace,
      List<Caseworker.Ending> mappingRace,
      CaseRow row,
      ProcessInstance process,
      List<String> actedOn,
      int repeatsDropped,
      long pendingAfter) {}

  /** Runs the story on {@code database}, printing it to {@code out}. */
  static Story run(CaseDatabase database, PrintStream out) {
    try (HikariDataSource pool = database.pool()) {
      StoryClock clock = new StoryClock(START);
      CaseService service = CaseService.open(pool, clock);
      out.println(
          "Case management on "
              + service.databaseName()
              + ", through a pool of "
              + CaseDatabase.POOL_SIZE
              + " connections");
      Actor kari = Actor.of("kari.nordmann", Role.PROCESS_LEAD);
      Actor ola = Actor.of("ola.hansen", Role.ADMINISTRATIVE_LEADERSHIP);

      CaseRow opened =
          service.openCase(
              YEAR,
              "Leve hele livet i Vefsn",
              Municipality.of("Vefsn", "1824"),
              kari,
              Map.of(StandardProcess.MAPPING, LocalDate.of(2027, 6, 30)));
      String caseNumber = opened.caseNumber();
      out.println(
          "Kari opens case "
              + caseNumber
              + " \""
              + opened.title()
              + "\": its row and process "
              + opened.processId()
              + " (version "
              + opened.processVersion()
              + ", phase "
              + opened.phase()
              + ") are written in one transaction");
      clock.advance(Duration.ofHours(1));
      StoreResult team =
          service.save(
              service.screen(caseNumber),
              Caseworker.Intent.record(StandardProcess.PROCESS_TEAM_APPOINTED, "2026/70")
                  .command(kari),
              kari);
      out.println(
          "Kari records "
              + StandardProcess.PROCESS_TEAM_APPOINTED
              + ": "
              + (team.isSaved() ? "saved, version " + ((Saved) team).version() : team));

      clock.advance(Duration.ofHours(1));
      out.println();
      out.println("1. Kari and Ola record the two anchorings at the same moment");
      List<Caseworker.Ending> anchoring =
          race(
              service,
              caseNumber,
              out,
              List.of(
                  new Racer(
                      "Kari",
                      kari,
                      Caseworker.Intent.record(StandardProcess.POLITICAL_ANCHORING, "PS 12/2026")),
                  new Racer(
                      "Ola",
                      ola,
                      Caseworker.Intent.record(
                          StandardProcess.ADMINISTRATIVE_ANCHORING, "2026/77"))));

      clock.advance(Duration.ofHours(1));
      out.println();
      out.println("2. Both press " + Trigger.BEGIN_MAPPING.code() + " at the same moment");
      List<Caseworker.Ending> mapping =
          race(
              service,
              caseNumber,
              out,
              List.of(
                  new Racer("Kari", kari, Caseworker.Intent.move(Trigger.BEGIN_MAPPING.code())),
                  new Racer("Ola", ola, Caseworker.Intent.move(Trigger.BEGIN_MAPPING.code()))));

      out.println();
      CaseService.CaseScreen end = service.screen(caseNumber);
      CaseRow row = end.row();
      ProcessInstance process = end.process();
      out.println("3. Case " + caseNumber + " as the service keeps it");
      out.println(
          "  row sak: phase "
              + row.phase()
              + ", status "
              + row.status()
              + ", process version "
              + row.processVersion()
              + ", last changed by "
              + row.lastChangedBy());
      out.println(
          "  process: phase "
              + process.phase()
              + ", status "
              + process.status().code()
              + ", version "
              + process.version()
              + ", criteria met "
              + process.criteria().keySet()
              + ", chain "
              + (process.journal().verify().isIntact() ? "intact" : "BROKEN"));
      out.println("  the row and the process " + (row.agreesWith(process) ? "agree" : "DISAGREE"));

      out.println();
      out.println("4. The outbox: " + service.outbox().pending() + " effects wait for delivery");
      NotificationReceiver receiver = new NotificationReceiver();
      new OutboxDispatcher("dispatcher A", service.outbox(), LEASE, out)
          .dieAfterDeliveringOne(receiver);
      clock.advance(LEASE.plusMinutes(1));
      out.println("  six minutes later dispatcher A's claim has run out, and B takes over");
      int completed =
          new OutboxDispatcher("dispatcher B", service.outbox(), LEASE, out).drain(receiver);
      long pending = service.outbox().pending();
      out.println(
          "  "
              + receiver.actedOn().size()
              + " effects acted on, each once; "
              + receiver.repeatsDropped()
              + " repeat dropped; "
              + completed
              + " completed by B; "
              + pending
              + " pending");
      return new Story(
          caseNumber,
          anchoring,
          mapping,
          row,
          process,
          receiver.actedOn(),
          receiver.repeatsDropped(),
          pending);
    }
  }

  /** A caseworker in a race, and the step they mean to save. */
  private record Racer(String name, Actor actor, Caseworker.Intent intent) {}

  /** Runs the racers on threads of their own, each with the case on screen before any saves. */
  private static List<Caseworker.Ending> race(
      CaseService service, String caseNumber, PrintStream out, List<Racer> racers) {
    CyclicBarrier ready = new CyclicBarrier(racers.size());
    List<Callable<Caseworker.Ending>> caseworkers = new ArrayList<>();
    for (Racer racer : racers) {
      caseworkers.add(
          new Caseworker(
              racer.name(), racer.actor(), racer.intent(), service, caseNumber, ready, out));
    }
    ExecutorService threads = Executors.newFixedThreadPool(racers.size());
    try {
      List<Caseworker.Ending> endings = new ArrayList<>();
      for (Future<Caseworker.Ending> ending : threads.invokeAll(caseworkers)) {
        endings.add(ending.get());
      }
      return List.copyOf(endings);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted while the caseworkers raced", e);
    } catch (ExecutionException e) {
      throw new IllegalStateException("a caseworker failed", e.getCause());
    } finally {
      threads.shutdownNow();
    }
  }
}
