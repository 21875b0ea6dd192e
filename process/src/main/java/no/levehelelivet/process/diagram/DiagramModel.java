package no.levehelelivet.process.diagram;

import com.google.common.collect.ImmutableList;
import java.util.List;
import no.levehelelivet.core.Language;
import no.levehelelivet.process.Phase;
import no.levehelelivet.process.ProcessDefinition;
import no.levehelelivet.process.Transition;
import no.levehelelivet.process.TransitionKind;
import org.jspecify.annotations.Nullable;

/**
 * What every diagram shows, in definition order: phases with their labels, moves between them,
 * revisits to every earlier phase, the phases where the process can be completed, and the triggers
 * that only change the status.
 */
final class DiagramModel {

  /** An edge between phases; {@code to} is null for completion. */
  record Edge(
      String from, @Nullable String to, String trigger, String label, TransitionKind kind) {}

  /** A transition that changes the status from a phase. */
  record StatusChange(String from, String trigger, String label, TransitionKind kind) {}

  final String id;
  final String title;
  final ImmutableList<Phase> phases;
  final String initial;
  final ImmutableList<Edge> edges;
  final ImmutableList<StatusChange> statusChanges;
  final @Nullable String current;
  final Language language;

  DiagramModel(ProcessDefinition definition, @Nullable String current, Language language) {
    this.id = definition.id();
    this.title = definition.name().in(language);
    this.phases = definition.phases();
    this.initial = definition.initialPhase().code();
    this.current = current;
    this.language = language;
    ImmutableList.Builder<Edge> edges = ImmutableList.builder();
    ImmutableList.Builder<StatusChange> statusChanges = ImmutableList.builder();
    List<Phase> phases = definition.phases();
    for (int i = 0; i < phases.size(); i++) {
      String from = phases.get(i).code();
      for (Transition transition : definition.transitionsFrom(from)) {
        String trigger = transition.trigger().code();
        String label = transition.trigger().label(language);
        switch (transition.kind()) {
          case MOVE ->
              edges.add(
                  new Edge(from, transition.to().orElseThrow(), trigger, label, transition.kind()));
          case REVISIT -> {
            for (int j = 0; j < i; j++) {
              edges.add(new Edge(from, phases.get(j).code(), trigger, label, transition.kind()));
            }
          }
          case COMPLETE -> edges.add(new Edge(from, null, trigger, label, transition.kind()));
          default -> statusChanges.add(new StatusChange(from, trigger, label, transition.kind()));
        }
      }
    }
    this.edges = edges.build();
    this.statusChanges = statusChanges.build();
  }

  boolean isCurrent(Phase phase) {
    return phase.code().equals(current);
  }
}
