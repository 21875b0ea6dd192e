package no.levehelelivet.process;

import static no.levehelelivet.process.Fixtures.LEAD;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import no.levehelelivet.core.ArgumentCode;
import no.levehelelivet.core.InvalidValueException;
import no.levehelelivet.core.LocalizedText;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.api.Test;

/**
 * Every value of a definition and every command is checked where it is built: a malformed code, a
 * blank trigger or reference, a version below 1 fail with {@code LHL-A-...} naming the field.
 */
class MalformedValuesTest {

  private static final LocalizedText LABEL = LocalizedText.of("Merkelapp");

  private static void refused(String field, ArgumentCode code, ThrowingCallable build) {
    assertThatThrownBy(build)
        .isInstanceOfSatisfying(
            InvalidValueException.class,
            e -> {
              assertThat(e.code()).isEqualTo(code);
              assertThat(e.field()).isEqualTo(field);
            });
  }

  @Test
  void codesOfADefinitionMustBeLowerKebabCase() {
    refused("phase code", ArgumentCode.INVALID_VALUE, () -> Phase.of("Start Up", LABEL));
    refused("role code", ArgumentCode.INVALID_VALUE, () -> Role.of("Lead", LABEL));
    refused("trigger code", ArgumentCode.INVALID_VALUE, () -> Trigger.of("go!", LABEL));
    refused(
        "criterion code",
        ArgumentCode.INVALID_VALUE,
        () -> Criterion.of("Anchored", LABEL, Role.PROCESS_LEAD));
  }

  @Test
  void aTransitionNamesOnlyWellFormedPhasesAndCriteria() {
    refused(
        "transition from",
        ArgumentCode.INVALID_VALUE,
        () -> Transition.move(Trigger.BEGIN_MAPPING, "Start", "mapping").build());
    refused(
        "transition to",
        ArgumentCode.INVALID_VALUE,
        () -> Transition.move(Trigger.BEGIN_MAPPING, "start-up", "Mapping").build());
    refused(
        "transition criterion",
        ArgumentCode.INVALID_VALUE,
        () ->
            Transition.move(Trigger.BEGIN_MAPPING, "start-up", "mapping")
                .addCriterion("Anchored")
                .build());
  }

  @Test
  void aDefinitionHasAWellFormedIdAndAVersionOfAtLeastOne() {
    ProcessDefinition standard = ProcessDefinition.standard();
    refused(
        "definition id",
        ArgumentCode.INVALID_VALUE,
        () -> ProcessDefinition.builder().from(standard).id("Vefsn Eldre").build());
    refused("definition version", ArgumentCode.INVALID_VALUE, () -> standard.withVersion(0));
  }

  @Test
  void aCommandHasANonBlankTriggerAndNonBlankReferences() {
    refused("command trigger", ArgumentCode.INVALID_VALUE, () -> Command.of(" ", LEAD));
    refused(
        "evidence reference",
        ArgumentCode.INVALID_VALUE,
        () -> Command.of(Trigger.PAUSE, LEAD).withEvidence("sak 1", " "));
  }
}
