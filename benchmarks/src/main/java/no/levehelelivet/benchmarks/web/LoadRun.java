package no.levehelelivet.benchmarks.web;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Stream;
import javax.sql.DataSource;
import no.levehelelivet.benchmarks.DurablePostgres;
import no.levehelelivet.core.Language;
import no.levehelelivet.examples.web.WebTool;
import no.levehelelivet.process.ProcessDefinition;
import no.levehelelivet.store.AuditProgress;
import no.levehelelivet.store.AuditReport;
import no.levehelelivet.store.jdbc.Dialect;
import no.levehelelivet.store.jdbc.JdbcProcessStore;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * {@value #CLIENTS} HTTP clients applying commands on loopback for {@value #SECONDS} seconds
 * against {@code levehelelivet serve} on PostgreSQL 17 with {@code fsync}, {@code
 * synchronous_commit} and {@code full_page_writes} on.
 *
 * <p>The clients work in pairs on one process at a time, so that half their writes race: each
 * answers a reflection question of the first phase with a note that names the client and its count,
 * on the version it last saw ({@code If-Match}); a stale version (412) is retried on the version
 * the answer gives. After {@value #STEPS_PER_PROCESS} steps a pair moves on to a new process, as a
 * municipality's caseworkers move on to the next case. At the end every note a client was told was
 * stored must be in its process's journal exactly once, the journal must hold no other, every
 * stored chain must verify, and no request may have had a 5xx answer: otherwise the run fails.
 */
public final class LoadRun {

  /** The clients. */
  public static final int CLIENTS = 16;

  /** How long they apply commands, in seconds. */
  public static final int SECONDS = 30;

  static final int STEPS_PER_PROCESS = 200;

  private static final JsonMapper JSON = JsonMapper.builder().build();
  private static final String START = "<!-- web-load:start -->";
  private static final String END = "<!-- web-load:end -->";

  private LoadRun() {}

  /**
   * Runs the load and writes its figures into {@code results}'s section between the markers.
   *
   * @param seconds how long the clients apply commands
   */
  public static void run(Path results, int seconds) throws Exception {
    Path folder = Files.createTempDirectory("lhl-web-load");
    try (EmbeddedPostgres postgres = DurablePostgres.start(folder.resolve("data"));
        HikariDataSource pool = pool(postgres.getPostgresDatabase())) {
      JdbcProcessStore store = JdbcProcessStore.builder(pool).dialect(Dialect.POSTGRESQL).build();
      store.createSchema();
      try (WebTool tool =
          WebTool.start(
              store, "127.0.0.1", 0, Language.ENGLISH, Optional.empty(), Clock.systemUTC())) {
        Outcome outcome = load(URI.create(tool.address()), seconds);
        AuditReport audit = store.verifyAll(AuditProgress.NONE);
        List<String> failures = new ArrayList<>(outcome.check(URI.create(tool.address())));
        if (!audit.isIntact()) {
          failures.add("the audit of the stored chains found " + audit.broken());
        }
        String section = outcome.render(seconds, failures);
        write(results, section);
        System.out.println(section);
        if (!failures.isEmpty()) {
          throw new IllegalStateException("the load run failed: " + failures);
        }
      }
    } finally {
      try (Stream<Path> files = Files.walk(folder)) {
        for (Path file : files.sorted(Comparator.reverseOrder()).toList()) {
          Files.deleteIfExists(file);
        }
      }
    }
  }

  private static Outcome load(URI base, int seconds) throws Exception {
    String question = ProcessDefinition.standard().initialPhase().questions().get(0).code();
    HttpClient http =
        HttpClient.newBuilder()
            .version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(5))
            .build();
    Instant deadline = Instant.now().plusSeconds(seconds);
    ExecutorService pool = Executors.newFixedThreadPool(CLIENTS);
    try {
      List<Future<Client>> clients = new ArrayList<>();
      for (int i = 0; i < CLIENTS; i++) {
        Client client = new Client(i, base, http, question, deadline);
        clients.add(pool.submit(() -> client.run()));
      }
      List<Client> done = new ArrayList<>();
      for (Future<Client> client : clients) {
        done.add(client.get());
      }
      return new Outcome(done, http);
    } finally {
      pool.shutdownNow();
    }
  }

  /** One client: its process, its writes, what it was told, and how long each request took. */
  static final class Client {
    final int number;
    final URI base;
    final HttpClient http;
    final String question;
    final Instant deadline;
    final Map<String, Set<String>> accepted = new HashMap<>();
    long[] latencies = new long[1 << 16];
    int requests;
    int stale;
    int serverErrors;
    int otherErrors;
    final List<String> errors = new ArrayList<>();

    Client(int number, URI base, HttpClient http, String question, Instant deadline) {
      this.number = number;
      this.base = base;
      this.http = http;
      this.question = question;
      this.deadline = deadline;
    }

    Client run() throws IOException, InterruptedException {
      int generation = 0;
      String process = processId(generation);
      long version = open(process);
      int count = 0;
      while (Instant.now().isBefore(deadline)) {
        String note = "client " + number + ", answer " + count;
        String body =
            "{\"trigger\":\"answer-question\",\"question\":\""
                + question
                + "\",\"note\":\""
                + note
                + "\",\"actor\":{\"id\":\"client-"
                + number
                + "\",\"role\":\"process-lead\"}}";
        HttpResponse<String> response =
            send(
                HttpRequest.newBuilder(base.resolve("api/v1/processes/" + process + "/commands"))
                    .header("Content-Type", "application/json")
                    .header("If-Match", "\"" + version + "\"")
                    .POST(HttpRequest.BodyPublishers.ofString(body)));
        switch (response.statusCode()) {
          case 200 -> {
            accepted.computeIfAbsent(process, p -> new HashSet<>()).add(note);
            count++;
            version = JSON.readTree(response.body()).get("version").asLong();
            if (version >= STEPS_PER_PROCESS) {
              generation++;
              process = processId(generation);
              version = open(process);
            }
          }
          case 412 -> {
            stale++;
            version = JSON.readTree(response.body()).get("currentVersion").asLong();
            if (version >= STEPS_PER_PROCESS) {
              generation++;
              process = processId(generation);
              version = open(process);
            }
          }
          default -> fail(response);
        }
      }
      return this;
    }

    /** The process of this client's pair in {@code generation}. */
    String processId(int generation) {
      return "load-" + (number / 2) + "-" + generation;
    }

    /** Creates the process, or finds it made by the other client of the pair; its version. */
    long open(String process) throws IOException, InterruptedException {
      String body =
          "{\"id\":\""
              + process
              + "\",\"municipality\":{\"name\":\"Vefsn\",\"number\":\"1824\"},"
              + "\"actor\":{\"id\":\"client-"
              + number
              + "\",\"role\":\"process-lead\"}}";
      HttpResponse<String> created =
          send(
              HttpRequest.newBuilder(base.resolve("api/v1/processes"))
                  .header("Content-Type", "application/json")
                  .POST(HttpRequest.BodyPublishers.ofString(body)));
      if (created.statusCode() == 201) {
        return version(created);
      }
      if (created.statusCode() != 409) {
        fail(created);
      }
      HttpResponse<String> found =
          send(HttpRequest.newBuilder(base.resolve("api/v1/processes/" + process)));
      if (found.statusCode() != 200) {
        fail(found);
        throw new IllegalStateException("process " + process + " neither created nor found");
      }
      return version(found);
    }

    private static long version(HttpResponse<String> response) {
      String etag = response.headers().firstValue("ETag").orElse("\"0\"");
      return Long.parseLong(etag.replace("\"", "").replace("W/", ""));
    }

    private HttpResponse<String> send(HttpRequest.Builder request)
        throws IOException, InterruptedException {
      long started = System.nanoTime();
      HttpResponse<String> response =
          http.send(
              request.timeout(Duration.ofSeconds(30)).build(),
              HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
      long took = System.nanoTime() - started;
      if (requests == latencies.length) {
        latencies = Arrays.copyOf(latencies, latencies.length * 2);
      }
      latencies[requests++] = took;
      return response;
    }

    private void fail(HttpResponse<String> response) {
      if (response.statusCode() >= 500) {
        serverErrors++;
      } else {
        otherErrors++;
      }
      if (errors.size() < 5) {
        errors.add(
            response.statusCode()
                + " "
                + response.request().uri().getPath()
                + ": "
                + response.body().substring(0, Math.min(300, response.body().length())));
      }
    }
  }

  /** What the clients did, and the check of the journals against it. */
  record Outcome(List<Client> clients, HttpClient http) {

    List<String> check(URI base) throws IOException, InterruptedException {
      List<String> failures = new ArrayList<>();
      Map<String, Set<String>> accepted = new HashMap<>();
      for (Client client : clients) {
        client.accepted.forEach(
            (process, notes) ->
                accepted.computeIfAbsent(process, p -> new HashSet<>()).addAll(notes));
        if (client.serverErrors > 0 || client.otherErrors > 0) {
          failures.add(
              "client "
                  + client.number
                  + ": "
                  + client.serverErrors
                  + " 5xx, "
                  + client.otherErrors
                  + " other refusals, e.g. "
                  + client.errors);
        }
      }
      for (Map.Entry<String, Set<String>> process : accepted.entrySet()) {
        HttpResponse<String> journal =
            http.send(
                HttpRequest.newBuilder(
                        base.resolve("api/v1/processes/" + process.getKey() + "/journal"))
                    .build(),
                HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        if (journal.statusCode() != 200) {
          failures.add(process.getKey() + ": the journal answered " + journal.statusCode());
          continue;
        }
        List<String> notes = new ArrayList<>();
        // The journal numbers its entries from 1, the start entry first.
        long expectedSequence = 1;
        for (JsonNode entry : JSON.readTree(journal.body()).get("entries")) {
          long sequence = entry.get("sequence").asLong();
          if (sequence != expectedSequence) {
            failures.add(
                process.getKey()
                    + ": entry "
                    + sequence
                    + " where "
                    + expectedSequence
                    + " was due");
          }
          expectedSequence = sequence + 1;
          if ("answer-question".equals(entry.get("trigger").asString())) {
            notes.add(entry.get("note").asString());
          }
        }
        Set<String> stored = new HashSet<>(notes);
        if (stored.size() != notes.size()) {
          failures.add(process.getKey() + ": a step is stored twice");
        }
        Set<String> lost = new HashSet<>(process.getValue());
        lost.removeAll(stored);
        if (!lost.isEmpty()) {
          failures.add(process.getKey() + ": accepted but not stored: " + lost);
        }
        Set<String> phantom = new HashSet<>(stored);
        phantom.removeAll(process.getValue());
        if (!phantom.isEmpty()) {
          failures.add(process.getKey() + ": stored but never accepted: " + phantom);
        }
      }
      return failures;
    }

    String render(int seconds, List<String> failures) {
      long accepted = 0;
      long requests = 0;
      long stale = 0;
      long serverErrors = 0;
      long[] all = new long[0];
      for (Client client : clients) {
        accepted += client.accepted.values().stream().mapToInt(Set::size).sum();
        requests += client.requests;
        stale += client.stale;
        serverErrors += client.serverErrors;
        int from = all.length;
        all = Arrays.copyOf(all, from + client.requests);
        System.arraycopy(client.latencies, 0, all, from, client.requests);
      }
      Arrays.sort(all);
      String p50 = millis(percentile(all, 0.50));
      String p99 = millis(percentile(all, 0.99));
      return String.join(
          "\n",
          START,
          "## The web tool under load",
          "",
          "`java -jar benchmarks/target/benchmarks.jar --web`, "
              + Instant.now().truncatedTo(ChronoUnit.SECONDS)
              + ": "
              + CLIENTS
              + " HTTP clients on loopback for "
              + seconds
              + " s, in pairs on one process at a time (a new process every "
              + STEPS_PER_PROCESS
              + " steps), each answering a reflection question on the version it last saw,"
              + " against `levehelelivet serve` on PostgreSQL 17 (fsync, synchronous_commit and"
              + " full_page_writes on).",
          "",
          "| figure | value |",
          "|---|---|",
          "| requests | " + requests + " |",
          "| requests per second | " + perSecond(requests, seconds) + " |",
          "| steps stored | " + accepted + " |",
          "| steps stored per second | " + perSecond(accepted, seconds) + " |",
          "| stale versions (412), retried | " + stale + " |",
          "| answers 5xx | " + serverErrors + " |",
          "| latency p50 | " + p50 + " ms |",
          "| latency p99 | " + p99 + " ms |",
          "| steps lost or stored twice | "
              + (failures.isEmpty() ? "none" : String.join("; ", failures))
              + " |",
          "",
          END,
          "");
    }

    private static long percentile(long[] sorted, double quantile) {
      if (sorted.length == 0) {
        return 0;
      }
      int index = (int) Math.ceil(quantile * sorted.length) - 1;
      return sorted[Math.max(0, Math.min(sorted.length - 1, index))];
    }

    private static String millis(long nanos) {
      return String.format(Locale.ROOT, "%.1f", nanos / 1e6);
    }

    private static String perSecond(long count, int seconds) {
      return String.format(Locale.ROOT, "%.0f", count / (double) seconds);
    }
  }

  /** Puts {@code section} in place of the file's previous one, or at its end. */
  static void write(Path results, String section) throws IOException {
    String text = Files.isRegularFile(results) ? Files.readString(results) : "";
    int start = text.indexOf(START);
    int end = text.indexOf(END);
    String updated;
    if (start >= 0 && end > start) {
      updated =
          text.substring(0, start) + section + text.substring(end + END.length()).stripLeading();
    } else {
      updated = text + (text.isEmpty() || text.endsWith("\n\n") ? "" : "\n") + section;
    }
    Files.writeString(results, updated, StandardCharsets.UTF_8);
  }

  private static HikariDataSource pool(DataSource source) {
    HikariConfig config = new HikariConfig();
    config.setDataSource(source);
    config.setMaximumPoolSize(CLIENTS);
    config.setMinimumIdle(CLIENTS);
    config.setAutoCommit(true);
    config.setPoolName("lhl-web-load");
    return new HikariDataSource(config);
  }
}
