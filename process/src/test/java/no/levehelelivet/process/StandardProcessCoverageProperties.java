package no.levehelelivet.process;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.ShrinkingMode;
import net.jqwik.api.constraints.Size;
import no.levehelelivet.process.Walker.Step;

/**
 * Model-based coverage: walks generated over the standard definition's graph must, together, fire
 * every transition from every phase it is allowed from and meet every rejection reason. The failure
 * names whatever was never reached.
 */
class StandardProcessCoverageProperties {

  private static final ProcessDefinition STANDARD = ProcessDefinition.standard();

  @Provide
  Arbitrary<List<Step>> walk() {
    return Walker.walks(30, 80);
  }

  private static Set<String> everyTransition() {
    Set<String> all = new TreeSet<>();
    for (Phase phase : STANDARD.phases()) {
      for (Transition transition : STANDARD.transitionsFrom(phase.code())) {
        all.add(transition.trigger().code() + " from " + phase.code());
      }
      all.add("record-criterion from " + phase.code());
      all.add("answer-question from " + phase.code());
    }
    return all;
  }

  private static Set<String> everyReason() {
    Set<String> all = new TreeSet<>();
    for (ReasonCode code : ReasonCode.values()) {
      all.add(code.code() + " " + code.name());
    }
    // the value limits take texts of 100,000 characters and journals of megabytes to reach; they
    // are exercised in LimitsAndBuildersTest and the serialization module's ValueLimitsTest
    all.remove(ReasonCode.BEYOND_LIMIT.code() + " " + ReasonCode.BEYOND_LIMIT.name());
    all.remove(ReasonCode.JOURNAL_FULL.code() + " " + ReasonCode.JOURNAL_FULL.name());
    return all;
  }

  @Property(tries = 3, seed = "19", shrinking = ShrinkingMode.OFF)
  void walksExerciseEveryTransitionAndEveryRejectionReason(
      @ForAll @Size(150) List<@net.jqwik.api.From("walk") List<Step>> walks) {
    Set<String> missingTransitions = everyTransition();
    Set<String> missingReasons = everyReason();
    for (List<Step> steps : walks) {
      for (Outcome outcome : Walker.run(STANDARD, steps).outcomes()) {
        if (outcome instanceof Accepted accepted) {
          missingTransitions.remove(
              accepted.entry().trigger() + " from " + accepted.entry().fromPhase());
        }
        for (Reason reason : outcome.reasons()) {
          missingReasons.remove(reason.code().code() + " " + reason.code().name());
        }
      }
    }
    assertThat(missingTransitions).as("transitions never fired").isEmpty();
    assertThat(missingReasons).as("rejection reasons never met").isEmpty();
  }
}
