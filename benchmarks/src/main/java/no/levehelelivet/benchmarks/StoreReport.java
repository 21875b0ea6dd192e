package no.levehelelivet.benchmarks;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The store's part of {@code RESULTS.md}: each store benchmark beside its bare-JDBC floor on the
 * same database, the writers' throughput, and the store's targets.
 */
final class StoreReport {

  /** The databases, as the JMH parameter {@code backend} names them. */
  static final List<String> BACKENDS = List.of("h2", "postgresql");

  /** Each store benchmark, its bare-JDBC floor, and the most times the floor it may take. */
  private record Pair(String store, String bare, double limit, String what) {}

  private static final List<Pair> PAIRS =
      List.of(
          new Pair(
              "StoreBenchmark.apply",
              "StoreBenchmark.insertCommit",
              1.5,
              "apply of one command within 1.5x of INSERT + COMMIT of one row"),
          new Pair(
              "StoreBenchmark.load",
              "StoreBenchmark.selectRows",
              3,
              "load of 1,000 entries within 3x of a bare SELECT of its rows"),
          new Pair(
              "StoreBenchmark.portfolio",
              "StoreBenchmark.groupBy",
              1.5,
              "portfolio of 357 processes within 1.5x of the bare GROUP BY"));

  /** The least times one writer's throughput that eight writers must reach. */
  private static final double WRITERS = 3;

  private final Results results;

  StoreReport(Results results) {
    this.results = results;
  }

  /** Whether the run measured any store benchmark. */
  boolean measured() {
    return results.all().stream().anyMatch(s -> s.benchmark().startsWith("Store"));
  }

  /** The store's sections, as Markdown lines. */
  List<String> sections() {
    List<String> out = new ArrayList<>();
    out.add("## Store: the JDBC store against bare JDBC on the same database");
    out.add("");
    out.add(
        "`StoreBenchmark` (µs per operation, one thread): each store call beside its bare-JDBC"
            + " floor (`plain.PlainRows`), in the same fork, on the same database: an H2 file, or"
            + " PostgreSQL 17 with `fsync`, `synchronous_commit` and `full_page_writes` on. A"
            + " ratio is the store's time divided by the floor's, so 1 is the floor itself.");
    out.add("");
    out.add(
        "| Benchmark | Database | store | bare JDBC | store / bare | Allocated (store, bare) |");
    out.add("|---|---|---:|---:|---:|---:|");
    for (Pair pair : PAIRS) {
      for (String backend : BACKENDS) {
        Optional<Score> store = find(pair.store(), backend);
        Optional<Score> bare = find(pair.bare(), backend);
        out.add(
            row(
                method(pair.store()) + " / " + method(pair.bare()),
                backend,
                store.map(Score::formatted).orElse("—"),
                bare.map(Score::formatted).orElse("—"),
                ratio(store, bare).map(Targets::times).orElse("—"),
                store.map(Score::allocation).orElse("—")
                    + ", "
                    + bare.map(Score::allocation).orElse("—")));
      }
    }
    out.add("");
    out.add("## Store: one writer and eight");
    out.add("");
    out.add(
        "`StoreWritersBenchmark` (operations per second, all threads together; higher is better):"
            + " the store's `apply` and the bare INSERT + COMMIT, from one thread and from eight at"
            + " once, each thread on processes of its own; pools of 8 connections.");
    out.add("");
    out.add("| Database | store, 1 | store, 8 | store 8 / 1 | bare, 1 | bare, 8 | bare 8 / 1 |");
    out.add("|---|---:|---:|---:|---:|---:|---:|");
    for (String backend : BACKENDS) {
      Optional<Score> one = find("StoreWritersBenchmark.oneWriter", backend);
      Optional<Score> eight = find("StoreWritersBenchmark.eightWriters", backend);
      Optional<Score> bareOne = find("StoreWritersBenchmark.onePlainWriter", backend);
      Optional<Score> bareEight = find("StoreWritersBenchmark.eightPlainWriters", backend);
      out.add(
          row(
              backend,
              one.map(Score::formatted).orElse("—"),
              eight.map(Score::formatted).orElse("—"),
              ratio(eight, one).map(Targets::times).orElse("—"),
              bareOne.map(Score::formatted).orElse("—"),
              bareEight.map(Score::formatted).orElse("—"),
              ratio(bareEight, bareOne).map(Targets::times).orElse("—")));
    }
    out.add("");
    return out;
  }

  /** The store's targets, met or missed, on each database. */
  List<Targets.Verdict> verdicts() {
    List<Targets.Verdict> verdicts = new ArrayList<>();
    for (Pair pair : PAIRS) {
      for (String backend : BACKENDS) {
        Optional<Double> ratio = ratio(find(pair.store(), backend), find(pair.bare(), backend));
        verdicts.add(
            new Targets.Verdict(
                pair.what() + " (" + backend + ")",
                ratio.map(r -> "store / bare = " + Targets.times(r)).orElse("—"),
                ratio.map(r -> r <= pair.limit())));
      }
    }
    for (String backend : BACKENDS) {
      Optional<Double> ratio =
          ratio(
              find("StoreWritersBenchmark.eightWriters", backend),
              find("StoreWritersBenchmark.oneWriter", backend));
      verdicts.add(
          new Targets.Verdict(
              "8 writers at least " + Targets.times(WRITERS) + " one writer (" + backend + ")",
              ratio.map(r -> "8 / 1 = " + Targets.times(r)).orElse("—"),
              ratio.map(r -> r >= WRITERS)));
    }
    return verdicts;
  }

  private Optional<Score> find(String benchmark, String backend) {
    return results.find(benchmark, "backend=" + backend);
  }

  private static Optional<Double> ratio(Optional<Score> top, Optional<Score> bottom) {
    return top.flatMap(t -> bottom.map(b -> t.score() / b.score()));
  }

  private static String method(String benchmark) {
    return "`" + benchmark.substring(benchmark.indexOf('.') + 1) + "`";
  }

  private static String row(String... cells) {
    return "| " + String.join(" | ", cells) + " |";
  }
}
