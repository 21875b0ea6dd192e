package no.levehelelivet.examples.web;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Map;
import no.levehelelivet.core.Municipality;
import no.levehelelivet.process.Actor;
import no.levehelelivet.process.Command;
import no.levehelelivet.process.ProcessDefinition;
import no.levehelelivet.process.ProcessInstance;
import no.levehelelivet.process.Role;
import no.levehelelivet.process.StandardProcess;
import no.levehelelivet.process.Trigger;
import no.levehelelivet.store.ProcessStore;
import no.levehelelivet.store.Saved;
import no.levehelelivet.store.StoreResult;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;

/**
 * The portfolio's and the reform pages' tests' server: a real one on a loopback port the system
 * picks, its clock fixed on {@link #NOW}, and a store with a few processes in different phases.
 */
final class ReformTestSupport implements AutoCloseable {

  /** The server's time: Wednesday 10 March 2021, before the local plans' deadline at year's end. */
  static final Instant NOW = Instant.parse("2021-03-10T12:00:00Z");

  static final Actor LEAD = Actor.of("prosessleder", Role.PROCESS_LEAD);
  static final Actor DIRECTOR = Actor.of("kommunedirektor", Role.ADMINISTRATIVE_LEADERSHIP);

  final ProcessStore store;
  final WebServer server;
  private final HttpClient http = HttpClient.newHttpClient();

  private ReformTestSupport(ProcessStore store, Instant now) {
    this.store = store;
    this.server = WebServer.start(WebConfig.loopback(store, Clock.fixed(now, ZoneOffset.UTC)));
  }

  /** Another server, its clock at {@code now}, on this one's store. */
  ReformTestSupport at(Instant now) {
    return new ReformTestSupport(store, now);
  }

  /** A server on {@code store}. */
  static ReformTestSupport on(ProcessStore store) {
    return new ReformTestSupport(store, NOW);
  }

  /** A server on an empty store. */
  static ReformTestSupport empty() {
    return new ReformTestSupport(ProcessStore.inMemory(), NOW);
  }

  /**
   * A server on five processes, counted by hand: in start-up Vefsn (since 1 March 2021, 9 days) and
   * Alta (since 1 June 2020, 282 days, past its start-up target date of 31 December 2020); in
   * mapping Oslo (since 1 February 2021, 37 days) and Bodø (the same, then paused); in plan and
   * decide Tromsø (since 2 November 2020, 128 days).
   */
  static ReformTestSupport withFiveProcesses() {
    ProcessStore store = ProcessStore.inMemory();
    create(store, "vefsn-2021", "Vefsn", "1824", "2021-03-01T09:00:00Z", Map.of());
    create(
        store,
        "alta-2020",
        "Alta",
        "5601",
        "2020-06-01T09:00:00Z",
        Map.of(StandardProcess.START_UP, LocalDate.of(2020, 12, 31)));
    create(store, "oslo-2021", "Oslo", "0301", "2021-01-04T09:00:00Z", Map.of());
    toMapping(store, "oslo-2021", "2021-01-10T09:00:00Z", "2021-02-01T09:00:00Z");
    create(store, "bodo-2021", "Bodø", "1804", "2021-01-04T09:00:00Z", Map.of());
    toMapping(store, "bodo-2021", "2021-01-10T09:00:00Z", "2021-02-01T09:00:00Z");
    apply(
        store,
        "bodo-2021",
        Command.of(Trigger.PAUSE, LEAD).withNote("Venter på nytt kommunestyre"),
        "2021-02-15T09:00:00Z");
    create(store, "tromso-2020", "Tromsø", "5501", "2020-09-01T09:00:00Z", Map.of());
    toMapping(store, "tromso-2020", "2020-09-10T09:00:00Z", "2020-10-01T09:00:00Z");
    for (String criterion :
        new String[] {
          StandardProcess.CHALLENGE_PICTURE_DESCRIBED,
          StandardProcess.CITIZEN_DIALOGUE_HELD,
          StandardProcess.FOCUS_AREAS_ASSESSED
        }) {
      apply(store, "tromso-2020", Command.recordCriterion(criterion, LEAD), "2020-10-20T09:00:00Z");
    }
    apply(store, "tromso-2020", Command.of(Trigger.BEGIN_PLANNING, LEAD), "2020-11-02T09:00:00Z");
    return new ReformTestSupport(store, NOW);
  }

  static void create(
      ProcessStore store,
      String id,
      String name,
      String number,
      String at,
      Map<String, LocalDate> targets) {
    StoreResult result =
        store.create(
            ProcessInstance.start(
                ProcessDefinition.standard(),
                id,
                Municipality.of(name, number),
                LEAD,
                clock(at),
                targets));
    if (!(result instanceof Saved)) {
      throw new AssertionError("the fixture's " + id + " was not created: " + result);
    }
  }

  private static void toMapping(ProcessStore store, String id, String recorded, String moved) {
    for (String criterion :
        new String[] {
          StandardProcess.ADMINISTRATIVE_ANCHORING,
          StandardProcess.POLITICAL_ANCHORING,
          StandardProcess.PROCESS_TEAM_APPOINTED
        }) {
      apply(store, id, Command.recordCriterion(criterion, DIRECTOR), recorded);
    }
    apply(store, id, Command.of(Trigger.BEGIN_MAPPING, LEAD), moved);
  }

  private static void apply(ProcessStore store, String id, Command command, String at) {
    StoreResult result = store.apply(id, command, clock(at));
    if (!(result instanceof Saved)) {
      throw new AssertionError("the fixture's step on " + id + " was not stored: " + result);
    }
  }

  private static Clock clock(String at) {
    return Clock.fixed(Instant.parse(at), ZoneOffset.UTC);
  }

  /** The answer to a GET of {@code path}. */
  HttpResponse<String> get(String path) throws IOException, InterruptedException {
    HttpRequest request =
        HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + server.port() + path))
            .GET()
            .build();
    return http.send(request, HttpResponse.BodyHandlers.ofString());
  }

  /** The page at {@code path}, parsed; fails unless it is answered with 200. */
  Document page(String path) throws IOException, InterruptedException {
    HttpResponse<String> response = get(path);
    if (response.statusCode() != 200) {
      throw new AssertionError(
          path + " answered " + response.statusCode() + ": " + response.body());
    }
    return Jsoup.parse(response.body(), response.uri().toString());
  }

  @Override
  public void close() {
    server.close();
  }
}
