package no.levehelelivet.process;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableSet;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.PriorityQueue;
import java.util.Set;
import java.util.function.Predicate;
import org.jspecify.annotations.Nullable;

/**
 * The route planner's search: a shortest-first search over the states a process can be brought to,
 * each state a phase, a status and the criteria met, each edge one transition allowed from the
 * phase taken with the real engine — the missing criteria it needs recorded, one command each, then
 * its trigger fired — and weighing as many commands as it took. Recording a criterion just before
 * the transition that needs it is never worse than recording it earlier: a criterion may always be
 * recorded in a phase with a transition it guards, and one already met never stands in the way. A
 * state with fewer criteria met in the same phase and status than one already reached at no greater
 * cost is not searched again. Stateless.
 */
final class Planner {

  /** A transition allowed from the current phase, and the target of a revisit. */
  record Move(Transition transition, @Nullable String target) {}

  /** A move some step of which no role at hand could take, with where it led from and to. */
  record Blocked(Obstacle obstacle, int from, int to, TransitionKind kind) {}

  /** A move taken: the steps it took and the instance after them, or why it could not be. */
  record Taken(
      ImmutableList<RouteStep> steps, @Nullable ProcessInstance after, List<Obstacle> blocked) {}

  /** What a search found: the steps to a goal and the instance there, or what blocked it. */
  record Search(
      Optional<ImmutableList<RouteStep>> steps,
      @Nullable ProcessInstance end,
      List<Blocked> blocked,
      boolean limitReached) {}

  private record Node(
      ProcessInstance instance,
      int cost,
      long order,
      @Nullable Node parent,
      ImmutableList<RouteStep> steps) {}

  private Planner() {}

  /**
   * Searches from {@code start} for the cheapest way to an instance {@code goal} accepts, looking
   * at no more than {@code maxStates} states.
   */
  static Search search(
      ProcessInstance start, Predicate<ProcessInstance> goal, List<Role> roles, int maxStates) {
    PriorityQueue<Node> queue =
        new PriorityQueue<>(Comparator.comparingInt(Node::cost).thenComparingLong(Node::order));
    Map<String, List<Set<String>>> settled = new HashMap<>();
    List<Blocked> blocked = new ArrayList<>();
    long order = 0;
    int states = 0;
    queue.add(new Node(start, 0, order++, null, ImmutableList.of()));
    while (!queue.isEmpty()) {
      Node node = queue.poll();
      ProcessInstance instance = node.instance();
      if (isDominated(settled, instance)) {
        continue;
      }
      if (states++ == maxStates) {
        return new Search(Optional.empty(), null, blocked, true);
      }
      settled
          .computeIfAbsent(stateOf(instance), key -> new ArrayList<>())
          .add(instance.criteria().keySet());
      if (goal.test(instance)) {
        return new Search(Optional.of(stepsTo(node)), instance, blocked, false);
      }
      int from = indexOf(instance, instance.phase());
      for (Move move : moves(instance)) {
        Taken taken = take(instance, move, roles);
        ProcessInstance after = taken.after();
        if (after != null) {
          if (!isDominated(settled, after)) {
            queue.add(
                new Node(after, node.cost() + taken.steps().size(), order++, node, taken.steps()));
          }
        } else {
          int to = destination(instance, move);
          for (Obstacle obstacle : taken.blocked()) {
            blocked.add(new Blocked(obstacle, from, to, move.transition().kind()));
          }
        }
      }
    }
    return new Search(Optional.empty(), null, blocked, false);
  }

  /**
   * The moves a route may take from the instance: for an active process its moves and its revisits
   * to each earlier phase, for a paused one its resumes. Pausing, completing and abandoning lead
   * nowhere a route goes.
   */
  static List<Move> moves(ProcessInstance instance) {
    ProcessDefinition definition = instance.definition();
    List<Move> moves = new ArrayList<>();
    int current = indexOf(instance, instance.phase());
    for (Transition transition : definition.transitionsFrom(instance.phase())) {
      TransitionKind kind = transition.kind();
      if (instance.isActive() && kind == TransitionKind.MOVE) {
        moves.add(new Move(transition, null));
      } else if (instance.isActive() && kind == TransitionKind.REVISIT) {
        for (int i = 0; i < current; i++) {
          moves.add(new Move(transition, definition.phases().get(i).code()));
        }
      } else if (instance.status() == ProcessStatus.PAUSED && kind == TransitionKind.RESUME) {
        moves.add(new Move(transition, null));
      }
    }
    return moves;
  }

  /**
   * Takes a move with the engine: records each criterion the transition needs that is not met, then
   * fires its trigger, each with every role at hand until one is accepted.
   */
  static Taken take(ProcessInstance instance, Move move, List<Role> roles) {
    ProcessDefinition definition = instance.definition();
    Transition transition = move.transition();
    ImmutableList.Builder<RouteStep> steps = ImmutableList.builder();
    List<Obstacle> blocked = new ArrayList<>();
    ProcessInstance current = instance;
    for (String code : transition.criteria()) {
      if (current.isMet(code)) {
        continue;
      }
      Criterion criterion = definition.criterion(code);
      RouteStep record =
          RouteStep.of(
              StepKind.RECORD,
              current.phase(),
              current.status(),
              Trigger.RECORD_CRITERION,
              Optional.of(code),
              Optional.empty(),
              ImmutableSet.of(),
              false,
              criterion.isEvidenceRequired());
      StepTrial trial = StepTrial.of(current, record, roles);
      Optional<ProcessInstance> after = trial.after();
      if (after.isPresent()) {
        steps.add(trial.step());
        current = after.get();
      } else {
        blocked.add(
            obstacle(
                trial,
                current,
                ObstacleKind.CRITERION_NOT_PERMITTED,
                code,
                criterion.recordedBy()));
      }
    }
    RouteStep fire =
        RouteStep.of(
            StepKind.FIRE,
            current.phase(),
            current.status(),
            transition.trigger(),
            Optional.empty(),
            Optional.ofNullable(move.target()),
            ImmutableSet.of(),
            transition.isNoteRequired(),
            false);
    StepTrial trial = StepTrial.of(current, fire, roles);
    Optional<ProcessInstance> after = trial.after();
    if (after.isPresent() && blocked.isEmpty()) {
      steps.add(trial.step());
      return new Taken(steps.build(), after.get(), blocked);
    }
    if (after.isEmpty()
        && (blocked.isEmpty()
            || trial.isRoleRefused()
            || trial.isRefusedWith(ReasonCode.JOURNAL_FULL))) {
      blocked.add(
          obstacle(
              trial,
              current,
              ObstacleKind.TRIGGER_NOT_PERMITTED,
              transition.trigger().code(),
              transition.roles()));
    }
    return new Taken(ImmutableList.of(), null, blocked);
  }

  /**
   * The obstacle behind a step no role at hand could take: a full journal, a role not permitted, or
   * a process that is not active, as the engine's reasons say.
   *
   * @throws IllegalStateException if the engine refused the step for a reason the planner does not
   *     foresee, which would be a fault in the planner
   */
  private static Obstacle obstacle(
      StepTrial trial,
      ProcessInstance instance,
      ObstacleKind notPermitted,
      String subject,
      Set<Role> permitted) {
    if (trial.isRefusedWith(ReasonCode.JOURNAL_FULL)) {
      return Obstacle.of(
          ObstacleKind.JOURNAL_FULL, Long.toString(instance.version()), ImmutableSet.of());
    }
    if (trial.isRoleRefused()) {
      return Obstacle.of(notPermitted, subject, permitted);
    }
    if (trial.isRefusedWith(ReasonCode.PROCESS_NOT_ACTIVE)) {
      return Obstacle.of(
          ObstacleKind.PROCESS_NOT_ACTIVE, instance.status().code(), ImmutableSet.of());
    }
    throw new IllegalStateException(
        "the engine refused a planned step \"" + trial.step() + "\": " + trial.rejections());
  }

  private static ImmutableList<RouteStep> stepsTo(Node node) {
    List<ImmutableList<RouteStep>> reversed = new ArrayList<>();
    for (Node at = node; at != null; at = at.parent()) {
      reversed.add(at.steps());
    }
    ImmutableList.Builder<RouteStep> steps = ImmutableList.builder();
    for (int i = reversed.size() - 1; i >= 0; i--) {
      steps.addAll(reversed.get(i));
    }
    return steps.build();
  }

  private static String stateOf(ProcessInstance instance) {
    return instance.phase() + " " + instance.status().code();
  }

  /** Whether a state in the same phase and status with every criterion this one has was reached. */
  private static boolean isDominated(
      Map<String, List<Set<String>>> settled, ProcessInstance instance) {
    List<Set<String>> reached = settled.get(stateOf(instance));
    if (reached == null) {
      return false;
    }
    Set<String> met = instance.criteria().keySet();
    for (Set<String> known : reached) {
      if (known.containsAll(met)) {
        return true;
      }
    }
    return false;
  }

  private static int destination(ProcessInstance instance, Move move) {
    Transition transition = move.transition();
    String target = move.target();
    if (target != null) {
      return indexOf(instance, target);
    }
    Optional<String> to = transition.to();
    return indexOf(instance, to.isPresent() ? to.get() : instance.phase());
  }

  static int indexOf(ProcessInstance instance, String phase) {
    return instance.definition().index().node(phase).index();
  }
}
