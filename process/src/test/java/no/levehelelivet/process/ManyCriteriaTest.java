package no.levehelelivet.process;

import static no.levehelelivet.process.Fixtures.ADMIN;
import static no.levehelelivet.process.Fixtures.LEAD;
import static no.levehelelivet.process.Fixtures.VEFSN;
import static no.levehelelivet.process.Fixtures.accept;
import static no.levehelelivet.process.Fixtures.day;
import static no.levehelelivet.process.Fixtures.record;
import static no.levehelelivet.process.Fixtures.rejected;
import static org.assertj.core.api.Assertions.assertThat;

import no.levehelelivet.core.LocalizedText;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * A tailored definition may have any number of criteria. The engine keeps the criteria met as bits
 * while a definition has at most 64 and looks them up by code beyond that; guards must answer the
 * same on both sides of the line, including for the 64th criterion (the sign bit of a long).
 */
class ManyCriteriaTest {

  /** The standard definition with criteria added until it has {@code total}; the last guards. */
  private static ProcessDefinition withCriteria(int total) {
    ProcessDefinition standard = ProcessDefinition.standard();
    Tailoring tailoring = standard.tailor("many-criteria", 1);
    int extra = total - standard.criteria().size();
    for (int i = 1; i <= extra; i++) {
      Criterion criterion =
          Criterion.of(
              "extra-" + i,
              LocalizedText.of("Tillegg " + i, "Tillegg " + i, "Extra " + i),
              Role.PROCESS_LEAD);
      if (i == extra) {
        tailoring.addCriterion(criterion, Trigger.BEGIN_MAPPING.code());
      } else {
        tailoring.addCriterion(criterion);
      }
    }
    ProcessDefinition definition = tailoring.build();
    assertThat(definition.criteria()).hasSize(total);
    return definition;
  }

  @ParameterizedTest(name = "{0} criteria")
  @ValueSource(ints = {63, 64, 65, 80})
  void aTransitionWaitsForItsLastCriterionWhateverTheNumberOfCriteria(int total) {
    ProcessDefinition definition = withCriteria(total);
    String guard = definition.criteria().get(total - 1).code();
    assertThat(guard).startsWith("extra-");
    ProcessInstance instance = ProcessInstance.start(definition, "many-1", VEFSN, LEAD, day(0));
    instance = record(instance, ADMIN, StandardProcess.ADMINISTRATIVE_ANCHORING, 1);
    instance = record(instance, ADMIN, StandardProcess.POLITICAL_ANCHORING, 2);
    instance = record(instance, LEAD, StandardProcess.PROCESS_TEAM_APPOINTED, 3);
    instance = record(instance, LEAD, definition.criteria().get(total - 2).code(), 4);

    Rejected early = rejected(instance.fire(Command.of(Trigger.BEGIN_MAPPING, LEAD), day(5)));
    assertThat(early.reasons()).hasSize(1);
    assertThat(early.reasons().get(0).code()).isEqualTo(ReasonCode.CRITERION_NOT_MET);
    assertThat(early.reasons().get(0).subject()).hasValue(guard);
    assertThat(early.instance()).isSameAs(instance);

    instance = record(instance, LEAD, guard, 6);
    instance = accept(instance, Command.of(Trigger.BEGIN_MAPPING, LEAD), 7);
    assertThat(instance.phase()).isEqualTo(StandardProcess.MAPPING);
    assertThat(ProcessInstance.replay(definition, instance.journal()).orElseThrow())
        .isEqualTo(instance);
  }

  @Test
  void aMoveWithNoneOfItsCriteriaMetIsRefusedBeyondSixtyFourCriteria() {
    ProcessDefinition definition = withCriteria(65);
    ProcessInstance instance = ProcessInstance.start(definition, "many-1", VEFSN, LEAD, day(0));

    Rejected rejected = rejected(instance.fire(Command.of(Trigger.BEGIN_MAPPING, LEAD), day(1)));

    assertThat(rejected.codes()).isNotEmpty().containsOnly(ReasonCode.CRITERION_NOT_MET);
  }
}
