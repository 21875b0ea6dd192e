package no.levehelelivet.process;

import static no.levehelelivet.process.Fixtures.LEAD;
import static no.levehelelivet.process.Fixtures.VEFSN;
import static no.levehelelivet.process.Fixtures.day;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import no.levehelelivet.process.journal.JournalEntry;
import org.junit.jupiter.api.Test;

/**
 * Command sequences that fire every transition of a definition, as model-based tests of tailored
 * definitions use them. The counts are worked out by hand from {@code StandardTransitions}.
 */
class TransitionCoverageTest {

  private static final ProcessDefinition STANDARD = ProcessDefinition.standard();

  /**
   * Fires every path at a new instance of the definition, each step as the step's first role, and
   * gives every edge the accepted commands fired, as {@link TransitionEdge#toString()} names it.
   */
  static Set<String> fired(ProcessDefinition definition, TransitionCoverage coverage) {
    Set<String> fired = new TreeSet<>();
    int path = 0;
    for (List<RouteStep> steps : coverage.paths()) {
      ProcessInstance start =
          ProcessInstance.start(definition, "cover-" + path++, VEFSN, LEAD, day(0));
      ProcessInstance end = Fixtures.take(start, steps, 1);
      for (JournalEntry entry : end.journal().entries()) {
        String trigger = entry.trigger();
        if (trigger.equals(Trigger.START.code())
            || trigger.equals(Trigger.RECORD_CRITERION.code())) {
          continue;
        }
        TransitionKind kind = kindOf(definition, entry.fromPhase(), trigger);
        boolean moves = kind == TransitionKind.MOVE || kind == TransitionKind.REVISIT;
        fired.add(trigger + " from " + entry.fromPhase() + (moves ? " to " + entry.toPhase() : ""));
      }
    }
    return fired;
  }

  private static TransitionKind kindOf(ProcessDefinition definition, String phase, String trigger) {
    for (Transition transition : definition.transitionsFrom(phase)) {
      if (transition.trigger().code().equals(trigger)) {
        return transition.kind();
      }
    }
    throw new AssertionError(trigger + " is not allowed from " + phase);
  }

  static Set<String> named(List<TransitionEdge> edges) {
    Set<String> names = new TreeSet<>();
    edges.forEach(edge -> names.add(edge.toString()));
    return names;
  }

  @Test
  void listsEveryTransitionOfTheStandardDefinitionFromEveryPhase() {
    List<String> phases =
        List.of(
            "start-up",
            "mapping",
            "plan-and-decide",
            "integrate-into-plans",
            "implement-and-evaluate");
    List<String> expected = new ArrayList<>();
    expected.add("begin-mapping from start-up to mapping");
    expected.add("begin-planning from mapping to plan-and-decide");
    expected.add("adopt-plan from plan-and-decide to integrate-into-plans");
    expected.add("begin-implementation from integrate-into-plans to implement-and-evaluate");
    expected.add("start-new-cycle from implement-and-evaluate to mapping");
    for (int from = 1; from < phases.size(); from++) {
      for (int to = 0; to < from; to++) {
        expected.add("revisit from " + phases.get(from) + " to " + phases.get(to));
      }
    }
    phases.forEach(phase -> expected.add("pause from " + phase));
    phases.forEach(phase -> expected.add("resume from " + phase));
    expected.add("complete from implement-and-evaluate");
    phases.forEach(phase -> expected.add("abandon from " + phase));

    TransitionCoverage coverage = TransitionCoverage.of(STANDARD);

    // 5 moves, 1 + 2 + 3 + 4 revisits, 5 pauses, 5 resumes, 1 completion, 5 abandonments
    assertThat(coverage.edges()).hasSize(31);
    assertThat(coverage.edges())
        .extracting(TransitionEdge::toString)
        .containsExactlyElementsOf(expected);
    assertThat(coverage.uncovered()).isEmpty();
  }

  @Test
  void itsPathsFireEveryTransitionOfTheStandardDefinition() {
    TransitionCoverage coverage = TransitionCoverage.of(STANDARD);

    assertThat(fired(STANDARD, coverage)).isEqualTo(named(coverage.edges()));
  }

  @Test
  void keepsOnePathPerEdgeThatNoLongerPathFires() {
    TransitionCoverage coverage = TransitionCoverage.of(STANDARD);

    // one path through every move and a new cycle (18 commands: four phases of three criteria and
    // a trigger, then the evaluation and start-new-cycle); one pause-and-resume per phase (2, 6,
    // 10, 14, 18); the completion (18); one per revisit (5, 9, 9, 13, 13, 13, 17, 17, 17, 17); one
    // abandonment per phase (1, 5, 9, 13, 17)
    assertThat(coverage.paths()).hasSize(1 + 5 + 1 + 10 + 5);
    assertThat(coverage.totalSteps()).isEqualTo(18 + 50 + 18 + 130 + 45);
    assertThat(coverage.paths().get(0)).hasSize(18);
    assertThat(coverage.paths())
        .extracting(List::size)
        .isSortedAccordingTo((a, b) -> Integer.compare(b, a));
  }

  @Test
  void everyPathStartsFromANewProcessAndEveryStepNamesARoleThatMayTakeIt() {
    for (List<RouteStep> path : TransitionCoverage.of(STANDARD).paths()) {
      assertThat(path).isNotEmpty();
      assertThat(path.get(0).phase()).isEqualTo("start-up");
      assertThat(path).allSatisfy(step -> assertThat(step.roles()).isNotEmpty());
    }
  }

  @Test
  void listsAResumeThatNoPauseLeadsToAsUncovered() {
    ProcessDefinition neverPaused =
        STANDARD.tailor("never-paused", 1).removeTransitions("pause").build();

    TransitionCoverage coverage = TransitionCoverage.of(neverPaused);

    assertThat(coverage.uncovered())
        .hasSize(5)
        .allMatch(edge -> edge.kind() == TransitionKind.RESUME);
    assertThat(coverage.edges()).hasSize(31 - 5);
    Set<String> expected = named(coverage.edges());
    expected.removeAll(named(coverage.uncovered()));
    assertThat(fired(neverPaused, coverage)).isEqualTo(expected);
  }
}
