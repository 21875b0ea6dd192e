package no.levehelelivet.serialization;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import no.levehelelivet.core.LocalizedText;
import no.levehelelivet.process.Accepted;
import no.levehelelivet.process.Actor;
import no.levehelelivet.process.Command;
import no.levehelelivet.process.Outcome;
import no.levehelelivet.process.Phase;
import no.levehelelivet.process.ProcessDefinition;
import no.levehelelivet.process.ProcessInstance;
import no.levehelelivet.process.Role;
import no.levehelelivet.process.Transition;
import no.levehelelivet.process.Trigger;

/** Vefsn runs the process, day by day, for the process documents' tests. */
public final class ProcessFixtures {

  public static final Instant T0 = Instant.parse("2026-01-05T09:00:00Z");
  public static final Actor LEAD = Actor.of("kari.lead", Role.PROCESS_LEAD);
  public static final Actor ADMIN = Actor.of("ola.kommunedirektor", Role.ADMINISTRATIVE_LEADERSHIP);

  private ProcessFixtures() {}

  public static Clock day(int day) {
    return Clock.fixed(T0.plus(Duration.ofDays(day)), ZoneOffset.UTC);
  }

  public static ProcessInstance accept(ProcessInstance instance, Command command, int day) {
    Outcome outcome = instance.fire(command, day(day));
    if (!(outcome instanceof Accepted accepted)) {
      throw new AssertionError("refused: " + outcome.reasons());
    }
    return accepted.instance();
  }

  /** Started, one criterion recorded with evidence, on the standard definition. */
  /**
   * Vefsn's process started on the standard definition on day 0, with each command fired on the
   * next day; the rejected ones leave it as it was.
   */
  public static ProcessInstance walked(List<Command> walk) {
    ProcessInstance instance =
        ProcessInstance.start(
            ProcessDefinition.standard(), "vefsn-lhl-1", Fixtures.vefsn(), LEAD, day(0));
    int day = 1;
    for (Command command : walk) {
      Outcome outcome = instance.fire(command, day(day++));
      if (outcome instanceof Accepted accepted) {
        instance = accepted.instance();
      }
    }
    return instance;
  }

  public static ProcessInstance vefsnStarted() {
    ProcessInstance started =
        ProcessInstance.start(
            ProcessDefinition.standard(), "vefsn-lhl-1", Fixtures.vefsn(), LEAD, day(0));
    return accept(
        started,
        Command.recordCriterion("administrative-anchoring", ADMIN, "2026/12-ledermøte"),
        1);
  }

  /** Driven into mapping, with every criterion of the first transition recorded. */
  public static ProcessInstance vefsnMapping() {
    ProcessInstance instance = vefsnStarted();
    instance =
        accept(instance, Command.recordCriterion("political-anchoring", LEAD, "PS 2026/4"), 2);
    instance = accept(instance, Command.recordCriterion("process-team-appointed", LEAD, "team"), 3);
    return accept(instance, Command.of(Trigger.BEGIN_MAPPING, LEAD), 4);
  }

  /** Vefsn's tailored definition: a citizen panel between mapping and planning. */
  public static ProcessDefinition vefsnDefinition() {
    return ProcessDefinition.standard()
        .tailor("vefsn-leve-hele-livet", 1)
        .addPhase(
            Phase.of("citizen-panel", LocalizedText.of("Innbyggerpanel", "Citizen panel")),
            "mapping")
        .redirect("begin-planning", "citizen-panel")
        .addTransition(
            Transition.move(
                    Trigger.of("panel-done", LocalizedText.of("Panel ferdig", "Panel done")),
                    "citizen-panel",
                    "plan-and-decide")
                .addRoles(Role.PROCESS_LEAD)
                .build())
        .build();
  }
}
