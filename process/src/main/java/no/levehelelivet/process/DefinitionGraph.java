package no.levehelelivet.process;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.List;
import java.util.Map;
import no.levehelelivet.process.internal.ProcessMessages;

/**
 * The graph checks of a definition: every phase reachable from the initial phase ({@code
 * LHL-D-003}), some phase where the process can be completed ({@code LHL-D-005}) and a path to it
 * from every phase ({@code LHL-D-004}). Moves and revisits (to every earlier phase) are the edges.
 */
final class DefinitionGraph {

  private DefinitionGraph() {}

  static void check(DefinitionValidator validator, List<Phase> phases) {
    ProcessDefinition definition = validator.definition();
    Map<String, Integer> phaseIndex = validator.phaseIndex();
    int n = phases.size();
    if (n == 0) {
      return;
    }
    List<BitSet> forward = new ArrayList<>();
    List<BitSet> backward = new ArrayList<>();
    for (int i = 0; i < n; i++) {
      forward.add(new BitSet(n));
      backward.add(new BitSet(n));
    }
    BitSet completable = new BitSet(n);
    for (Transition transition : definition.transitions()) {
      for (String source : validator.knownSources(transition)) {
        int from = index(phaseIndex, source);
        if (transition.kind() == TransitionKind.COMPLETE) {
          completable.set(from);
        } else if (transition.kind() == TransitionKind.REVISIT) {
          for (int to = 0; to < from; to++) {
            forward.get(from).set(to);
            backward.get(to).set(from);
          }
        } else if (transition.kind() == TransitionKind.MOVE) {
          Integer to = transition.to().isPresent() ? phaseIndex.get(transition.to().get()) : null;
          if (to != null) {
            forward.get(from).set(to);
            backward.get(to).set(from);
          }
        }
      }
    }
    int initial = -1;
    for (int i = 0; i < n && initial < 0; i++) {
      initial = phases.get(i).isInitial() ? i : -1;
    }
    if (initial >= 0) {
      BitSet start = new BitSet(n);
      start.set(initial);
      BitSet reached = closure(start, forward);
      for (int i = 0; i < n; i++) {
        if (!reached.get(i)) {
          validator.problem(
              ProcessMessages.D003,
              phases.get(i).code(),
              "phase \"%s\" cannot be reached from the initial phase \"%s\"",
              phases.get(i).code(),
              phases.get(initial).code());
        }
      }
    }
    if (completable.isEmpty()) {
      validator.problem(
          ProcessMessages.D005,
          definition.id(),
          "no phase has a complete transition, so the process can never be completed");
      return;
    }
    BitSet canFinish = closure(completable, backward);
    for (int i = 0; i < n; i++) {
      if (!canFinish.get(i)) {
        validator.problem(
            ProcessMessages.D004,
            phases.get(i).code(),
            "from phase \"%s\" there is no path to a phase where the process can be completed",
            phases.get(i).code());
      }
    }
  }

  private static int index(Map<String, Integer> phaseIndex, String phase) {
    Integer index = phaseIndex.get(phase);
    if (index == null) {
      throw new IllegalStateException("sources() keeps known phases only");
    }
    return index;
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
