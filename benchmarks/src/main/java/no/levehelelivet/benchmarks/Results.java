package no.levehelelivet.benchmarks;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.openjdk.jmh.results.Result;
import org.openjdk.jmh.results.RunResult;

/** One run's primary scores, found by benchmark and parameters. */
final class Results {

  private final List<Score> scores;

  private Results(List<Score> scores) {
    this.scores = List.copyOf(scores);
  }

  static Results of(Collection<RunResult> runs) {
    List<Score> scores = new ArrayList<>();
    for (RunResult run : runs) {
      Result<?> primary = run.getPrimaryResult();
      Result<?> allocated = run.getSecondaryResults().get("gc.alloc.rate.norm");
      String benchmark = run.getParams().getBenchmark();
      Map<String, String> params = new TreeMap<>();
      for (String key : run.getParams().getParamsKeys()) {
        params.put(key, run.getParams().getParam(key));
      }
      StringBuilder text = new StringBuilder();
      params.forEach(
          (k, v) -> text.append(text.length() == 0 ? "" : ", ").append(k).append('=').append(v));
      scores.add(
          new Score(
              benchmark.substring(benchmark.lastIndexOf('.', benchmark.lastIndexOf('.') - 1) + 1),
              text.toString(),
              primary.getScore(),
              primary.getScoreError(),
              primary.getScoreUnit(),
              allocated == null ? Double.NaN : allocated.getScore()));
    }
    return new Results(scores);
  }

  List<Score> all() {
    return scores;
  }

  /** The score of {@code benchmark} (Class.method) with the parameter {@code params} (k=v). */
  Optional<Score> find(String benchmark, String params) {
    return scores.stream()
        .filter(
            s ->
                s.benchmark().equals(benchmark)
                    && (params.isEmpty() || List.of(s.params().split(", ")).contains(params)))
        .findFirst();
  }

  /** A library's score on an engine benchmark. */
  Optional<Score> find(String benchmark, Library library) {
    return find(benchmark, "library=" + library.name());
  }

  /** The rival's score divided by ours: how many times longer the rival takes. */
  Optional<Double> ratio(String benchmark, Library rival) {
    return find(benchmark, rival)
        .flatMap(r -> find(benchmark, Library.LEVEHELELIVET).map(o -> r.score() / o.score()));
  }
}
