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

  /** The whole-process benchmark of the command line, and its two commands. */
  static final String CLI = "CommandLineBenchmark.command";

  static final String CLI_STATUS = "command=STATUS";
  static final String CLI_FLOOR = "command=EMPTY_MAIN";

  private final Results results;
  private final List<Memory.Footprint> memory;

  Targets(Results results, List<Memory.Footprint> memory) {
    this.results = results;
    this.memory = memory;
  }

  List<Verdict> verdicts() {
    List<Verdict> verdicts = new ArrayList<>();
    atLeast(verdicts, "transition", Library.STATELESS4J, 3);
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
    atLeast(verdicts, "newProcess", Library.STATELESS4J, 1);
    allocation(verdicts, "newProcess", Library.STATELESS4J);
    atLeast(verdicts, "newProcess", Library.SPRING_STATEMACHINE, 100);
    Optional<Double> cold = results.ratio("ColdStartBenchmark.firstCommand", Library.STATELESS4J);
    verdicts.add(
        new Verdict(
            "cold start (catalogue, standard definition, first command) within 1.5x of stateless4j",
            cold.map(r -> "us / stateless4j = " + times(1 / r)).orElse("—"),
            cold.map(r -> 1 / r <= 1.5)));
    under(
        verdicts, "replay of 10,000 entries", results.find("JournalBenchmark.replay", ""), 2, "ms");
    under(
        verdicts,
        "verify() of 10,000 entries",
        results.find("JournalBenchmark.verify", ""),
        10,
        "ms");
    json(verdicts, "write", 1.3);
    json(verdicts, "readStrict", 1.1);
    yaml(verdicts);
    memory(verdicts);
    commandLine(verdicts);
    return verdicts;
  }

  /** The YAML reading of 16 MiB, per byte, within 1.25x of that of 1 MiB, in both shapes. */
  private void yaml(List<Verdict> verdicts) {
    for (String shape : List.of("ONE_LINE", "LINES")) {
      Optional<Double> growth =
          yamlScore(16384, shape).flatMap(big -> yamlScore(1024, shape).map(small -> big / small));
      verdicts.add(
          new Verdict(
              "YAML reading linear in size ("
                  + shape.toLowerCase(Locale.ROOT).replace('_', ' ')
                  + "): 16 MiB within 1.25 x 16 of 1 MiB",
              growth.map(g -> times(g) + " (16 MiB / 1 MiB; 16x is linear)").orElse("—"),
              growth.map(g -> g <= 16 * 1.25)));
    }
  }

  private Optional<Double> yamlScore(int kib, String shape) {
    return results.all().stream()
        .filter(
            s ->
                s.benchmark().equals("YamlBenchmark.read")
                    && List.of(s.params().split(", ")).contains("kib=" + kib)
                    && List.of(s.params().split(", ")).contains("shape=" + shape))
        .findFirst()
        .map(Score::score);
  }

  /** Ours allocates no more than the rival per operation. */
  private void allocation(List<Verdict> verdicts, String method, Library rival) {
    Optional<Score> ours = results.find("EngineBenchmark." + method, Library.LEVEHELELIVET);
    Optional<Score> theirs = results.find("EngineBenchmark." + method, rival);
    Optional<Boolean> met =
        ours.flatMap(
            o ->
                theirs.flatMap(
                    t ->
                        Double.isNaN(o.allocated()) || Double.isNaN(t.allocated())
                            ? Optional.empty()
                            : Optional.of(o.allocated() <= t.allocated())));
    verdicts.add(
        new Verdict(
            method + ": allocating no more than " + Report.name(rival),
            ours.map(Score::allocation).orElse("—")
                + theirs.map(t -> " vs " + t.allocation()).orElse(""),
            met));
  }

  /**
   * A {@code status} of a stored process, a whole command from the shell, within 2x of the same JVM
   * and jar running an empty main.
   */
  private void commandLine(List<Verdict> verdicts) {
    Optional<Score> status = results.find(CLI, CLI_STATUS);
    Optional<Score> floor = results.find(CLI, CLI_FLOOR);
    Optional<Double> ratio = ratio(status, floor);
    verdicts.add(
        new Verdict(
            "the command line: status of a stored process within 2x of an empty main",
            ratio
                .map(
                    r ->
                        status.map(Score::formatted).orElse("")
                            + " vs "
                            + floor.map(Score::formatted).orElse("")
                            + " ("
                            + times(r)
                            + ")")
                .orElse("—"),
            ratio.map(r -> r <= 2)));
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

  private void json(List<Verdict> verdicts, String method, double limit) {
    Optional<Double> ratio =
        ratio(
            results.find("JsonBenchmark." + method, "codec=LEVEHELELIVET"),
            results.find("JsonBenchmark." + method, "codec=PLAIN_JACKSON"));
    verdicts.add(
        new Verdict(
            "JSON " + method + " within " + times(limit) + " of plain Jackson",
            ratio.map(r -> "us / Jackson = " + times(r)).orElse("—"),
            ratio.map(r -> r <= limit)));
  }

  private void memory(List<Verdict> verdicts) {
    Optional<Memory.Footprint> ours = footprint(Library.LEVEHELELIVET);
    Optional<Memory.Footprint> stateless = footprint(Library.STATELESS4J);
    Optional<Double> ratio =
        ours.flatMap(o -> stateless.map(s -> (double) o.newProcess() / s.newProcess()));
    verdicts.add(
        new Verdict(
            "memory: a new instance no larger than a stateless4j machine with our ledger",
            ours.map(o -> o.newProcess() + " B").orElse("—")
                + stateless.map(s -> " vs " + s.newProcess() + " B").orElse("")
                + ratio.map(r -> " (" + times(r) + ")").orElse(""),
            ratio.map(r -> r <= 1)));
    verdicts.add(
        new Verdict(
            "memory: under 100 B per journal entry",
            ours.map(o -> Score.number(o.perEntry()) + " B").orElse("—"),
            ours.map(o -> o.perEntry() < 100)));
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
