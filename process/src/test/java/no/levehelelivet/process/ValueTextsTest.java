package no.levehelelivet.process;

import static no.levehelelivet.process.Fixtures.LEAD;
import static no.levehelelivet.process.Fixtures.accepted;
import static no.levehelelivet.process.Fixtures.day;
import static no.levehelelivet.process.Fixtures.started;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import no.levehelelivet.core.Language;
import no.levehelelivet.process.journal.Journal;
import org.junit.jupiter.api.Test;

/**
 * What the values say of themselves in a log line or a host's screen: codes for the coded ones,
 * labels in each language, the kind a host dispatches an effect on, and outcomes equal when they
 * say the same.
 */
class ValueTextsTest {

  @Test
  void codedValuesWriteThemselvesAsTheirCodes() {
    ProcessDefinition standard = ProcessDefinition.standard();

    assertThat(standard.phase(StandardProcess.MAPPING)).hasToString("mapping");
    assertThat(standard.criterion(StandardProcess.POLITICAL_ANCHORING))
        .hasToString("political-anchoring");
    assertThat(Role.MUNICIPAL_COUNCIL).hasToString("municipal-council");
    assertThat(Trigger.BEGIN_MAPPING).hasToString("begin-mapping");
    assertThat(Fixtures.COUNCIL).hasToString("kommunestyret (municipal-council)");
  }

  @Test
  void aTransitionWritesItselfAsItsTriggerSourcesAndTarget() {
    Transition move =
        Transition.move(Trigger.BEGIN_MAPPING, "start-up", "mapping")
            .addFromPhase("plan-and-decide")
            .addRole(Role.PROCESS_LEAD)
            .build();
    Transition pause =
        Transition.fromEveryPhase(Trigger.PAUSE, TransitionKind.PAUSE)
            .addRole(Role.PROCESS_LEAD)
            .build();

    assertThat(move).hasToString("begin-mapping: start-up|plan-and-decide -> mapping");
    assertThat(pause).hasToString("pause: * -> pause");
  }

  @Test
  void labelsAreGivenInTheLanguageAskedFor() {
    ProcessDefinition standard = ProcessDefinition.standard();
    Criterion anchoring = standard.criterion(StandardProcess.POLITICAL_ANCHORING);

    assertThat(ProcessStatus.ABANDONED.label(Language.BOKMAL)).isEqualTo("Avbrutt");
    assertThat(ProcessStatus.ABANDONED.label(Language.NYNORSK)).isEqualTo("Avbroten");
    assertThat(ProcessStatus.ABANDONED.label(Language.ENGLISH)).isEqualTo("Abandoned");
    assertThat(anchoring.label(Language.NYNORSK))
        .isEqualTo(anchoring.label().in(Language.NYNORSK))
        .isNotBlank();
    assertThat(anchoring.label(Language.ENGLISH)).isNotEqualTo(anchoring.label(Language.NYNORSK));
  }

  @Test
  void effectsNameTheirKindForTheHostToDispatchOn() {
    Accepted pause =
        accepted(started().fire(Command.of(Trigger.PAUSE, LEAD).withNote("ferie"), day(1)));
    Effect schedule =
        ScheduleDeadline.of(
            new Cause("vefsn-lhl-1", 5, "begin-mapping"),
            1,
            Deadline.of(
                DeadlineKind.PHASE_TARGET, "mapping", "mapping", LocalDate.of(2026, 6, 30)));

    assertThat(pause.effects()).extracting(Effect::kind).containsExactly("cancel-deadlines");
    assertThat(schedule.kind()).isEqualTo("schedule-deadline");
  }

  @Test
  void twoAcceptedOutcomesAreEqualWhenTheySayTheSame() {
    ProcessInstance instance = started();
    Command pause = Command.of(Trigger.PAUSE, LEAD).withNote("ferie");

    Accepted once = accepted(instance.fire(pause, day(1)));
    Accepted again = accepted(instance.fire(pause, day(1)));
    Accepted later = accepted(instance.fire(pause, day(2)));
    Accepted other = accepted(instance.fire(pause.withNote("permisjon"), day(1)));

    assertThat(once).isEqualTo(again).hasSameHashCodeAs(again).isNotEqualTo(later);
    assertThat(once).isNotEqualTo(other).isNotEqualTo(once.instance());
    assertThat(once.toString()).contains(once.instance().toString(), once.entry().toString());
    assertThat(once.instance().toString()).contains("vefsn-lhl-1", "paused");
    assertThat(once.instance())
        .isEqualTo(again.instance())
        .hasSameHashCodeAs(again.instance())
        .isNotEqualTo(instance)
        .isNotEqualTo(later.instance())
        .isNotEqualTo(once);
  }

  @Test
  void aReplayFailureAndATailoringWriteThemselvesAsWhatTheyAre() {
    ReplayResult failure = ProcessInstance.replay(ProcessDefinition.standard(), Journal.empty());
    Tailoring tailoring = ProcessDefinition.standard().tailor("vefsn", 1);

    assertThat(failure).isInstanceOf(ReplayFailure.class);
    assertThat(failure).hasToString(((ReplayFailure) failure).message());
    assertThat(ProcessDefinition.standard()).hasToString("leve-hele-livet-standard@1");
    assertThat(tailoring).hasToString("Tailoring of leve-hele-livet-standard@1");
  }
}
