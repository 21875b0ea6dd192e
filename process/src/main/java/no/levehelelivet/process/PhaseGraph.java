package no.levehelelivet.process;

import static no.levehelelivet.process.internal.ProcessMessages.format;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.BitSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The phases of a definition as a directed graph, for the validator's reachability checks and the
 * route planner's explanations: phase indexes are the nodes, moves and revisits the edges, and the
 * phases with a complete transition the places where the process can end.
 */
final class PhaseGraph {

  private final List<BitSet> forward = new ArrayList<>();
  private final List<BitSet> backward = new ArrayList<>();
  private final BitSet completable;

  /**
   * The graph of a definition's known phases: moves to their target, revisits to every earlier
   * phase, and complete transitions marking where the process can end. Unknown phases, which the
   * validator reports on their own, are left out.
   */
  static PhaseGraph of(
      List<Transition> transitions, List<Phase> phases, Map<String, Integer> phaseIndex) {
    PhaseGraph graph = new PhaseGraph(phases.size());
    for (Transition transition : transitions) {
      for (String source : DefinitionValidator.sources(transition, phases)) {
        Integer from = phaseIndex.get(source);
        if (from == null) {
          continue;
        }
        if (transition.kind() == TransitionKind.COMPLETE) {
          graph.completable.set(from);
        } else if (transition.kind() == TransitionKind.REVISIT) {
          for (int to = 0; to < from; to++) {
            graph.edge(from, to);
          }
        } else if (transition.kind() == TransitionKind.MOVE && transition.to().isPresent()) {
          Integer to = phaseIndex.get(transition.to().get());
          if (to != null) {
            graph.edge(from, to);
          }
        }
      }
    }
    return graph;
  }

  private PhaseGraph(int phases) {
    for (int i = 0; i < phases; i++) {
      forward.add(new BitSet(phases));
      backward.add(new BitSet(phases));
    }
    completable = new BitSet(phases);
  }

  private void edge(int from, int to) {
    forward.get(from).set(to);
    backward.get(to).set(from);
  }

  /**
   * The graph checks: every phase reachable from the initial phase ({@code LHL-D-003}), some phase
   * where the process can be completed ({@code LHL-D-005}) and a path to it from every phase
   * ({@code LHL-D-004}). Moves and revisits (to every earlier phase) are the edges.
   */
  /**
   * The graph problems of the definition: phases not reachable from the initial phase ({@code
   * LHL-D-003}), no phase where the process can be completed ({@code LHL-D-005}), or phases with no
   * path to one ({@code LHL-D-004}).
   */
  List<DefinitionProblem> problems(ProcessDefinition definition) {
    List<Phase> phases = definition.phases();
    List<DefinitionProblem> problems = new ArrayList<>();
    if (phases.isEmpty()) {
      return problems;
    }
    int initial = -1;
    for (int i = 0; i < phases.size() && initial < 0; i++) {
      initial = phases.get(i).isInitial() ? i : -1;
    }
    if (initial >= 0) {
      BitSet reached = reachableFrom(initial);
      for (int i = reached.nextClearBit(0); i < phases.size(); i = reached.nextClearBit(i + 1)) {
        problems.add(
            problem(
                DefinitionCode.UNREACHABLE_PHASE,
                phases.get(i).code(),
                "phase \"%s\" cannot be reached from the initial phase \"%s\"",
                phases.get(i).code(),
                phases.get(initial).code()));
      }
    }
    if (completable.isEmpty()) {
      problems.add(
          problem(
              DefinitionCode.NO_COMPLETION,
              definition.id(),
              "no phase has a complete transition, so the process can never be completed"));
      return problems;
    }
    BitSet canFinish = closure(completable, backward);
    for (int i = canFinish.nextClearBit(0); i < phases.size(); i = canFinish.nextClearBit(i + 1)) {
      problems.add(
          problem(
              DefinitionCode.NO_PATH_TO_COMPLETION,
              phases.get(i).code(),
              "from phase \"%s\" there is no path to a phase where the process can be completed",
              phases.get(i).code()));
    }
    return problems;
  }

  private static DefinitionProblem problem(
      DefinitionCode code, String subject, String template, Object... arguments) {
    return DefinitionProblem.of(code, subject, format(code, template, arguments));
  }

  /** The graph of a validated definition, whose phases are all known. */
  static PhaseGraph of(ProcessDefinition definition) {
    Map<String, Integer> phaseIndex = new HashMap<>();
    List<Phase> phases = definition.phases();
    for (int i = 0; i < phases.size(); i++) {
      phaseIndex.put(phases.get(i).code(), i);
    }
    return of(definition.transitions(), phases, phaseIndex);
  }

  /**
   * The fewest moves and revisits from each phase to {@code target}, by phase index: 0 for the
   * target itself, -1 for a phase from which no way leads there.
   */
  int[] distancesTo(int target) {
    int[] distance = new int[forward.size()];
    Arrays.fill(distance, -1);
    distance[target] = 0;
    ArrayDeque<Integer> queue = new ArrayDeque<>();
    queue.add(target);
    while (!queue.isEmpty()) {
      int next = queue.poll();
      BitSet sources = backward.get(next);
      for (int from = sources.nextSetBit(0); from >= 0; from = sources.nextSetBit(from + 1)) {
        if (distance[from] < 0) {
          distance[from] = distance[next] + 1;
          queue.add(from);
        }
      }
    }
    return distance;
  }

  /** The phases reachable from {@code start}, itself included. */
  private BitSet reachableFrom(int start) {
    BitSet from = new BitSet();
    from.set(start);
    return closure(from, forward);
  }

  private static BitSet closure(BitSet start, List<BitSet> edges) {
    BitSet reached = (BitSet) start.clone();
    ArrayDeque<Integer> queue = new ArrayDeque<>();
    for (int i = start.nextSetBit(0); i >= 0; i = start.nextSetBit(i + 1)) {
      queue.add(i);
    }
    while (!queue.isEmpty()) {
      int next = queue.poll();
      BitSet targets = edges.get(next);
      for (int to = targets.nextSetBit(0); to >= 0; to = targets.nextSetBit(to + 1)) {
        if (!reached.get(to)) {
          reached.set(to);
          queue.add(to);
        }
      }
    }
    return reached;
  }
}
