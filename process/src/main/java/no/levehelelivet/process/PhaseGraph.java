package no.levehelelivet.process;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.List;

/**
 * The phases of a definition as a directed graph, for the validator's reachability checks: phase
 * indexes are the nodes, moves and revisits the edges, and the phases with a complete transition
 * the places where the process can end.
 */
final class PhaseGraph {

  private final List<BitSet> forward = new ArrayList<>();
  private final List<BitSet> backward = new ArrayList<>();
  private final BitSet completable;

  PhaseGraph(int phases) {
    for (int i = 0; i < phases; i++) {
      forward.add(new BitSet(phases));
      backward.add(new BitSet(phases));
    }
    completable = new BitSet(phases);
  }

  void edge(int from, int to) {
    forward.get(from).set(to);
    backward.get(to).set(from);
  }

  void completableFrom(int phase) {
    completable.set(phase);
  }

  boolean canComplete() {
    return !completable.isEmpty();
  }

  /** The phases reachable from {@code start}, itself included. */
  BitSet reachableFrom(int start) {
    BitSet from = new BitSet();
    from.set(start);
    return closure(from, forward);
  }

  /** The phases from which some phase with a complete transition can be reached. */
  BitSet canFinishFrom() {
    return closure(completable, backward);
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
