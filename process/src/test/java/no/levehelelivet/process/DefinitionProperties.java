package no.levehelelivet.process;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.Tuple;
import net.jqwik.api.statistics.Statistics;
import no.levehelelivet.core.LocalizedText;

/**
 * Validation accepts exactly the well-formed definitions: random graphs, some broken on purpose,
 * judged by an independent oracle (a transitive closure by Floyd–Warshall, not the validator's
 * breadth-first search), which also predicts every problem code.
 */
class DefinitionProperties {

  /** A random definition: phases p0..p(n-1), moves, completions, and deliberate breakages. */
  record Spec(
      int n,
      int initialMode,
      int initialIndex,
      Set<Integer> edges,
      boolean chain,
      Set<Integer> completeFrom,
      boolean lastCompletes,
      boolean revisit,
      int noise) {

    boolean ghost() {
      return noise < 2;
    }

    boolean duplicate() {
      return noise == 2 || noise == 3;
    }

    List<Integer> initials() {
      if (initialMode == 1) {
        return List.of();
      }
      if (initialMode == 2 && n > 1) {
        return List.of(initialIndex, (initialIndex + 1) % n).stream().sorted().toList();
      }
      return List.of(initialIndex);
    }
  }

  @Provide
  Arbitrary<Spec> specs() {
    return Arbitraries.integers()
        .between(1, 5)
        .flatMap(
            n ->
                Combinators.combine(
                        Arbitraries.frequencyOf(
                            Tuple.of(8, Arbitraries.just(0)),
                            Tuple.of(1, Arbitraries.just(1)),
                            Tuple.of(1, Arbitraries.just(2))),
                        Arbitraries.integers().between(0, n - 1),
                        Arbitraries.integers().between(0, n * n - 1).set().ofMaxSize(n * n),
                        Arbitraries.of(true, true, true, false, false),
                        Arbitraries.integers().between(0, n - 1).set().ofMaxSize(2),
                        Arbitraries.of(true, true, true, true, false),
                        Arbitraries.of(true, false),
                        Arbitraries.integers().between(0, 19))
                    .as(
                        (mode, index, edges, chain, complete, last, revisit, noise) ->
                            new Spec(
                                n, mode, index, edges, chain, complete, last, revisit, noise)));
  }

  private static String p(int i) {
    return "p" + i;
  }

  private static Trigger trigger(String code) {
    return Trigger.of(code, LocalizedText.of(code));
  }

  private static ProcessDefinition.Builder build(Spec spec) {
    ProcessDefinition.Builder builder = ProcessDefinition.builder();
    builder.id("random").version(1).name(LocalizedText.of("Tilfeldig")).addRole(Role.PROCESS_LEAD);
    List<Integer> initials = spec.initials();
    for (int i = 0; i < spec.n(); i++) {
      builder.addPhase(
          Phase.builder()
              .code(p(i))
              .label(LocalizedText.of(p(i)))
              .initial(initials.contains(i))
              .build());
    }
    for (int edge : spec.edges()) {
      int from = edge / spec.n();
      int to = edge % spec.n();
      if (from != to) {
        builder.addTransition(
            Transition.move(trigger("t-" + from + "-" + to), p(from), p(to))
                .addRole(Role.PROCESS_LEAD)
                .build());
      }
    }
    if (spec.chain()) {
      for (int i = 0; i + 1 < spec.n(); i++) {
        builder.addTransition(
            Transition.move(trigger("next-" + i), p(i), p(i + 1))
                .addRole(Role.PROCESS_LEAD)
                .build());
      }
    }
    Set<Integer> complete = new TreeSet<>(spec.completeFrom());
    if (spec.lastCompletes()) {
      complete.add(spec.n() - 1);
    }
    if (!complete.isEmpty()) {
      Transition.Builder completion = Transition.builder();
      completion.trigger(Trigger.COMPLETE).kind(TransitionKind.COMPLETE).addRole(Role.PROCESS_LEAD);
      complete.forEach(i -> completion.addFromPhase(p(i)));
      builder.addTransition(completion.build());
    }
    if (spec.revisit()) {
      builder.addTransition(
          Transition.fromEveryPhase(Trigger.REVISIT, TransitionKind.REVISIT)
              .addRole(Role.PROCESS_LEAD)
              .noteRequired(true)
              .build());
    }
    if (spec.ghost()) {
      builder.addTransition(
          Transition.move(trigger("to-ghost"), p(spec.noise() % spec.n()), "ghost")
              .addRole(Role.PROCESS_LEAD)
              .build());
    }
    if (spec.duplicate()) {
      builder.addTransition(
          Transition.builder()
              .trigger(Trigger.COMPLETE)
              .kind(TransitionKind.COMPLETE)
              .addFromPhase(p(0))
              .addRole(Role.PROCESS_LEAD)
              .build());
    }
    return builder;
  }

  /** The problem codes a spec must produce, worked out independently of the validator. */
  private static Set<DefinitionCode> oracle(Spec spec) {
    int n = spec.n();
    Set<DefinitionCode> codes = new TreeSet<>();
    List<Integer> initials = spec.initials();
    if (initials.isEmpty()) {
      codes.add(DefinitionCode.NO_INITIAL_PHASE);
    } else if (initials.size() > 1) {
      codes.add(DefinitionCode.SEVERAL_INITIAL_PHASES);
    }
    if (spec.ghost()) {
      codes.add(DefinitionCode.UNKNOWN_PHASE);
    }
    Set<Integer> complete = new TreeSet<>(spec.completeFrom());
    if (spec.lastCompletes()) {
      complete.add(n - 1);
    }
    if (spec.duplicate() && complete.contains(0)) {
      codes.add(DefinitionCode.DUPLICATE_TRIGGER);
    }
    if (spec.duplicate()) {
      complete.add(0);
    }
    boolean[][] reach = new boolean[n][n];
    for (int i = 0; i < n; i++) {
      reach[i][i] = true;
    }
    for (int edge : spec.edges()) {
      reach[edge / n][edge % n] = true;
    }
    for (int i = 0; i + 1 < n && spec.chain(); i++) {
      reach[i][i + 1] = true;
    }
    for (int i = 1; i < n && spec.revisit(); i++) {
      for (int j = 0; j < i; j++) {
        reach[i][j] = true;
      }
    }
    for (int k = 0; k < n; k++) {
      for (int i = 0; i < n; i++) {
        for (int j = 0; j < n; j++) {
          reach[i][j] |= reach[i][k] && reach[k][j];
        }
      }
    }
    if (!initials.isEmpty()) {
      int start = initials.get(0);
      for (int k = 0; k < n; k++) {
        if (!reach[start][k]) {
          codes.add(DefinitionCode.UNREACHABLE_PHASE);
        }
      }
    }
    if (complete.isEmpty()) {
      codes.add(DefinitionCode.NO_COMPLETION);
    } else {
      for (int k = 0; k < n; k++) {
        boolean canFinish = false;
        for (int c : complete) {
          canFinish |= reach[k][c];
        }
        if (!canFinish) {
          codes.add(DefinitionCode.NO_PATH_TO_COMPLETION);
        }
      }
    }
    return codes;
  }

  @Property(tries = 500, seed = "424242")
  void validationAcceptsExactlyTheWellFormedDefinitions(@ForAll("specs") Spec spec) {
    Set<DefinitionCode> expected = oracle(spec);
    Statistics.label("verdict").collect(expected.isEmpty() ? "well-formed" : "broken");
    Statistics.label("verdict")
        .coverage(
            coverage -> {
              coverage.check("well-formed").percentage(p -> p > 15);
              coverage.check("broken").percentage(p -> p > 15);
            });
    ProcessDefinition.Builder builder = build(spec);
    if (expected.isEmpty()) {
      ProcessDefinition definition = builder.build();
      assertThat(definition.phases()).hasSize(spec.n());
      return;
    }
    List<DefinitionCode> codes = new ArrayList<>();
    try {
      builder.build();
    } catch (InvalidDefinitionException e) {
      codes.addAll(e.codes());
      assertThat(e.problems()).allSatisfy(p -> assertThat(e.getMessage()).contains(p.message()));
      assertThat(e.problems())
          .allSatisfy(
              p ->
                  assertThat(p.message())
                      .startsWith(p.code().code() + ": ")
                      .containsOnlyOnce(p.code().code()));
    }
    assertThat(new TreeSet<>(codes)).as("problem codes").isEqualTo(expected);
  }
}
