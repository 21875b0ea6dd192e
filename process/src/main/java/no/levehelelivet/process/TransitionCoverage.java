package no.levehelelivet.process;

import com.google.common.collect.ImmutableList;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import no.levehelelivet.core.Municipality;
import no.levehelelivet.process.internal.TupleValue;
import org.immutables.value.Value;
import org.jspecify.annotations.Nullable;

/**
 * Command sequences that fire every transition of a definition (<i>overgangsdekning</i>), for
 * model-based tests of a tailored definition: {@link #paths()} are lists of steps, each from a
 * newly started process, that together fire every {@linkplain #edges() edge} at least once, each
 * path the shortest way to its last edge that the planner of {@link Routes} finds. A test fires
 * every step of every path at a new instance, as an actor in one of the step's roles, and checks
 * what it expects of the definition along the way.
 *
 * <p>Each path was tried with the real engine on an instance of the definition started for the
 * purpose, so its commands are accepted in order from a new instance whatever its id, municipality
 * and clock. An edge no sequence of accepted commands reaches, such as a resume from a phase the
 * definition does not let the process be paused in, is listed in {@link #uncovered()}.
 *
 * <p>Immutable and thread-safe.
 */
@Value.Immutable
@TupleValue
public abstract class TransitionCoverage {

  /** A stand-in for the municipality of the instance the paths are tried on; never shown. */
  private static final Municipality TRIAL_MUNICIPALITY = Municipality.of("Prøvekommune", "0000");

  TransitionCoverage() {}

  /**
   * {@return every edge of the definition: per transition, per phase it is allowed from, in order}
   */
  public abstract ImmutableList<TransitionEdge> edges();

  /**
   * {@return the paths, longest first: lists of steps, each from a new instance, covering the
   * edges}
   */
  public abstract ImmutableList<ImmutableList<RouteStep>> paths();

  /** {@return the edges no path fires, because no accepted commands reach them; usually empty} */
  public abstract ImmutableList<TransitionEdge> uncovered();

  /** {@return the number of steps of all paths together} */
  public int totalSteps() {
    int total = 0;
    for (List<RouteStep> path : paths()) {
      total += path.size();
    }
    return total;
  }

  /**
   * Works out the paths that cover every transition of {@code definition}, with every role the
   * definition names.
   *
   * @param definition the definition to cover
   * @return the paths, and any transitions that no path reaches
   */
  public static TransitionCoverage of(ProcessDefinition definition) {
    List<Role> roles = definition.roles();
    ProcessInstance fresh =
        ProcessInstance.start(
            definition,
            "transition-coverage",
            TRIAL_MUNICIPALITY,
            Actor.of("transition-coverage", roles.get(0)),
            Clock.fixed(Instant.EPOCH, ZoneOffset.UTC));
    ImmutableList<TransitionEdge> edges = edgesOf(definition);
    Map<String, Planner.Search> toPhase = new LinkedHashMap<>();
    List<ImmutableList<RouteStep>> candidates = new ArrayList<>();
    ImmutableList.Builder<TransitionEdge> uncovered = ImmutableList.builder();
    for (TransitionEdge edge : edges) {
      Planner.Search search =
          toPhase.computeIfAbsent(
              edge.phase(),
              phase ->
                  Planner.search(
                      fresh,
                      reached -> reached.isActive() && reached.phase().equals(phase),
                      roles,
                      Routes.MAX_STATES));
      Optional<ImmutableList<RouteStep>> path = pathTo(search, edge, roles);
      if (path.isPresent()) {
        candidates.add(path.get());
      } else {
        uncovered.add(edge);
      }
    }
    List<ImmutableList<RouteStep>> longestFirst = new ArrayList<>(candidates);
    longestFirst.sort(Comparator.comparingInt((List<RouteStep> path) -> path.size()).reversed());
    return ImmutableTransitionCoverage.of(edges, select(longestFirst, edges), uncovered.build());
  }

  /** The way to an edge: the search's steps to its phase, then a pause for a resume, then it. */
  private static Optional<ImmutableList<RouteStep>> pathTo(
      Planner.Search search, TransitionEdge edge, List<Role> roles) {
    ProcessInstance at = search.end();
    if (search.steps().isEmpty() || at == null) {
      return Optional.empty();
    }
    ImmutableList.Builder<RouteStep> path = ImmutableList.builder();
    path.addAll(search.steps().get());
    if (edge.kind() == TransitionKind.RESUME) {
      Optional<Transition> pause = transitionOf(at, TransitionKind.PAUSE, null);
      if (pause.isEmpty()) {
        return Optional.empty();
      }
      Planner.Taken paused = Planner.take(at, new Planner.Move(pause.get(), null), roles);
      if (paused.after() == null) {
        return Optional.empty();
      }
      path.addAll(paused.steps());
      at = paused.after();
    }
    String revisit = edge.kind() == TransitionKind.REVISIT ? edge.to().orElse(null) : null;
    Optional<Transition> transition = transitionOf(at, edge.kind(), edge.trigger().code());
    if (transition.isEmpty()) {
      return Optional.empty();
    }
    Planner.Taken taken = Planner.take(at, new Planner.Move(transition.get(), revisit), roles);
    if (taken.after() == null) {
      return Optional.empty();
    }
    return Optional.of(path.addAll(taken.steps()).build());
  }

  private static Optional<Transition> transitionOf(
      ProcessInstance at, TransitionKind kind, @Nullable String trigger) {
    for (Transition transition : at.definition().transitionsFrom(at.phase())) {
      if (transition.kind() == kind
          && (trigger == null || transition.trigger().code().equals(trigger))) {
        return Optional.of(transition);
      }
    }
    return Optional.empty();
  }

  /** The paths, longest first, that fire an edge no path kept before them fires. */
  private static ImmutableList<ImmutableList<RouteStep>> select(
      List<ImmutableList<RouteStep>> longestFirst, List<TransitionEdge> edges) {
    List<TransitionEdge> left = new ArrayList<>(edges);
    ImmutableList.Builder<ImmutableList<RouteStep>> kept = ImmutableList.builder();
    for (ImmutableList<RouteStep> path : longestFirst) {
      if (left.removeIf(edge -> path.stream().anyMatch(edge::isFiredBy))) {
        kept.add(path);
      }
    }
    return kept.build();
  }

  /** Every transition from every phase it is allowed from; a revisit to each earlier phase. */
  static ImmutableList<TransitionEdge> edgesOf(ProcessDefinition definition) {
    List<Phase> phases = definition.phases();
    ImmutableList.Builder<TransitionEdge> edges = ImmutableList.builder();
    for (Transition transition : definition.transitions()) {
      for (String source : DefinitionValidator.sources(transition, phases)) {
        Trigger trigger = transition.trigger();
        TransitionKind kind = transition.kind();
        if (kind == TransitionKind.REVISIT) {
          int from = definition.index().node(source).index();
          for (int i = 0; i < from; i++) {
            edges.add(TransitionEdge.of(source, trigger, kind, Optional.of(phases.get(i).code())));
          }
        } else {
          edges.add(TransitionEdge.of(source, trigger, kind, transition.to()));
        }
      }
    }
    return edges.build();
  }
}
