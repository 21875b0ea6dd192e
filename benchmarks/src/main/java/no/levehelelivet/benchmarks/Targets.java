package no.levehelelivet.benchmarks;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/** The targets, checked against one run's scores and footprints. */
final class Targets {

  /** One target: what it asks, what was measured, and whether it was met. */
  record Verdict(String target, String measured, Optional<Boolean> met) {

    String status() {
      return met.map(m -> m ? "met" : "**missed**").orElse("not measured");
    }
  }

  private final Results results;
  private final List<Memory.Footprint> memory;

  Targets(Results results, List<Memory.Footprint> memory) {
    this.results = results;
    this.memory = memory;
  }

  List<Verdict> verdicts() {
    List<Verdict> verdicts = new ArrayList<>();
    atLeast(verdicts, "transition", Library.STATELESS4J, 1.5);
    atLeast(verdicts, "transition", Library.SQUIRREL, 10);
    atLeast(verdicts, "transition", Library.SPRING_STATEMACHINE, 100);
    Optional<Double> growth =
        ratio(
            results.find("GrowthBenchmark.command", "entries=10000"),
            results.find("GrowthBenchmark.command", "entries=10"));
    verdicts.add(
        new Verdict(
            "a command with a 10,000-entry journal within 1.2x of one with 10 entries",
            growth.map(r -> times(r) + " (10,000 / 10)").orElse("—"),
            growth.map(r -> r <= 1.2)));
    Optional<Double> newVsStateless =
        results.ratio("EngineBenchmark.newProcess", Library.STATELESS4J);
    verdicts.add(
        new Verdict(
            "new process faster than stateless4j",
            newVsStateless.map(r -> "stateless4j / us = " + times(r)).orElse("—"),
            newVsStateless.map(r -> r > 1)));
    atLeast(verdicts, "newProcess", Library.SPRING_STATEMACHINE, 100);
    Optional<Score> cold =
        results.find("ColdStartBenchmark.firstCommand", "library=" + Library.LEVEHELELIVET);
    under(verdicts, "cold start (catalogue, standard definition, first command)", cold, 100, "ms");
    under(
        verdicts, "replay of 10,000 entries", results.find("JournalBenchmark.replay", ""), 2, "ms");
    under(
        verdicts,
        "verify() of 10,000 entries",
        results.find("JournalBenchmark.verify", ""),
        10,
        "ms");
    json(verdicts, "write");
    json(verdicts, "readStrict");
    memory(verdicts);
    return verdicts;
  }

  private void atLeast(List<Verdict> verdicts, String method, Library rival, double factor) {
    Optional<Double> ratio = results.ratio("EngineBenchmark." + method, rival);
    verdicts.add(
        new Verdict(
            method + ": at least " + times(factor) + " " + Report.name(rival),
            ratio.map(r -> Report.name(rival) + " / us = " + times(r)).orElse("—"),
            ratio.map(r -> r >= factor)));
  }

  private static void under(
      List<Verdict> verdicts, String what, Optional<Score> score, double limit, String unit) {
    verdicts.add(
        new Verdict(
            what + " under " + Score.number(limit) + " " + unit,
            score.map(Score::formatted).orElse("—"),
            score.map(s -> unit.equals(s.unit().replace("/op", "")) && s.score() < limit)));
  }

  private void json(List<Verdict> verdicts, String method) {
    Optional<Double> ratio =
        ratio(
            results.find("JsonBenchmark." + method, "codec=LEVEHELELIVET"),
            results.find("JsonBenchmark." + method, "codec=PLAIN_JACKSON"));
    verdicts.add(
        new Verdict(
            "JSON " + method + " within 1.3x of plain Jackson",
            ratio.map(r -> "us / Jackson = " + times(r)).orElse("—"),
            ratio.map(r -> r <= 1.3)));
  }

  private void memory(List<Verdict> verdicts) {
    Optional<Memory.Footprint> ours = footprint(Library.LEVEHELELIVET);
    Optional<Memory.Footprint> stateless = footprint(Library.STATELESS4J);
    Optional<Double> ratio =
        ours.flatMap(o -> stateless.map(s -> (double) o.newProcess() / s.newProcess()));
    verdicts.add(
        new Verdict(
            "memory: a new instance within 2x of a stateless4j machine",
            ours.map(o -> o.newProcess() + " B").orElse("—")
                + stateless.map(s -> " vs " + s.newProcess() + " B").orElse("")
                + ratio.map(r -> " (" + times(r) + ")").orElse(""),
            ratio.map(r -> r <= 2)));
    verdicts.add(
        new Verdict(
            "memory: under 250 B per journal entry",
            ours.map(o -> Score.number(o.perEntry()) + " B").orElse("—"),
            ours.map(o -> o.perEntry() < 250)));
  }

  private Optional<Memory.Footprint> footprint(Library library) {
    return memory.stream().filter(f -> f.library() == library).findFirst();
  }

  private static Optional<Double> ratio(Optional<Score> top, Optional<Score> bottom) {
    return top.flatMap(t -> bottom.map(b -> t.score() / b.score()));
  }

  static String times(double ratio) {
    return String.format(Locale.ROOT, ratio >= 10 ? "%.0fx" : "%.2fx", ratio);
  }
}
