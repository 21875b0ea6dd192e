package no.levehelelivet.process;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import no.levehelelivet.core.Municipality;

/** Small builders that read like the domain: Vefsn runs the standard process, day by day. */
final class Fixtures {

  static final Instant T0 = Instant.parse("2026-01-05T09:00:00Z");
  static final Municipality VEFSN = Municipality.of("Vefsn", "1824");

  static final Actor LEAD = Actor.of("kari.lead", Role.PROCESS_LEAD);
  static final Actor ADMIN = Actor.of("ola.kommunedirektor", Role.ADMINISTRATIVE_LEADERSHIP);
  static final Actor COUNCIL = Actor.of("kommunestyret", Role.MUNICIPAL_COUNCIL);
  static final Actor RESOURCE = Actor.of("siri.resource", Role.RESOURCE_PERSON);
  static final Actor REGIONAL = Actor.of("statsforvalteren", Role.REGIONAL_SUPPORT);
  static final Actor ELDERS = Actor.of("eldreradet", Role.COUNCIL_FOR_OLDER_PEOPLE);

  private Fixtures() {}

  static Clock day(int day) {
    return Clock.fixed(T0.plus(Duration.ofDays(day)), ZoneOffset.UTC);
  }

  static ProcessDefinition standard() {
    return ProcessDefinition.standard();
  }

  static ProcessInstance started() {
    return ProcessInstance.start(standard(), "vefsn-lhl-1", VEFSN, LEAD, day(0));
  }

  static Accepted accepted(Outcome outcome) {
    assertThat(outcome.reasons()).as("reasons").isEmpty();
    assertThat(outcome).isInstanceOf(Accepted.class);
    return (Accepted) outcome;
  }

  static Rejected rejected(Outcome outcome) {
    assertThat(outcome).isInstanceOf(Rejected.class);
    return (Rejected) outcome;
  }

  /** Fires a command that must be accepted, on the given day. */
  static ProcessInstance accept(ProcessInstance instance, Command command, int day) {
    return accepted(instance.fire(command, day(day))).instance();
  }

  static ProcessInstance record(ProcessInstance instance, Actor actor, String criterion, int day) {
    return accept(instance, Command.recordCriterion(criterion, actor, "2026/" + criterion), day);
  }

  /**
   * Takes every step in order, each as an actor in the step's first role with a note and evidence
   * where it requires them, on day {@code day}; every one must be accepted.
   */
  static ProcessInstance take(ProcessInstance instance, List<RouteStep> steps, int day) {
    ProcessInstance current = instance;
    for (RouteStep step : steps) {
      Command command = step.command(Actor.of("route-taker", step.roles().iterator().next()));
      if (step.isNoteRequired()) {
        command = command.withNote("Vedtatt i prosessteamet");
      }
      if (step.isEvidenceRequired()) {
        command = command.withEvidence("sak 2026/14");
      }
      current = accept(current, command, day);
    }
    return current;
  }

  /**
   * The standard process driven forward, every criterion recorded, until it is in {@code phase}.
   */
  static ProcessInstance inPhase(String phase) {
    ProcessInstance instance = started();
    int day = 1;
    if (phase.equals(StandardProcess.START_UP)) {
      return instance;
    }
    instance = record(instance, ADMIN, StandardProcess.ADMINISTRATIVE_ANCHORING, day++);
    instance = record(instance, ADMIN, StandardProcess.POLITICAL_ANCHORING, day++);
    instance = record(instance, LEAD, StandardProcess.PROCESS_TEAM_APPOINTED, day++);
    instance = accept(instance, Command.of(Trigger.BEGIN_MAPPING, LEAD), day++);
    if (phase.equals(StandardProcess.MAPPING)) {
      return instance;
    }
    instance = record(instance, RESOURCE, StandardProcess.CHALLENGE_PICTURE_DESCRIBED, day++);
    instance = record(instance, RESOURCE, StandardProcess.CITIZEN_DIALOGUE_HELD, day++);
    instance = record(instance, LEAD, StandardProcess.FOCUS_AREAS_ASSESSED, day++);
    instance = accept(instance, Command.of(Trigger.BEGIN_PLANNING, LEAD), day++);
    if (phase.equals(StandardProcess.PLAN_AND_DECIDE)) {
      return instance;
    }
    instance = record(instance, LEAD, StandardProcess.ACTORS_MOBILISED, day++);
    instance = record(instance, LEAD, StandardProcess.PLAN_COVERS_FOCUS_AREAS, day++);
    instance = record(instance, COUNCIL, StandardProcess.PLAN_ADOPTED_BY_COUNCIL, day++);
    instance = accept(instance, Command.of(Trigger.ADOPT_PLAN, COUNCIL), day++);
    if (phase.equals(StandardProcess.INTEGRATE_INTO_PLANS)) {
      return instance;
    }
    instance = record(instance, ADMIN, StandardProcess.LINKED_TO_COMMUNITY_PLAN, day++);
    instance = record(instance, ADMIN, StandardProcess.LINKED_TO_ECONOMY_PLAN, day++);
    instance = record(instance, ADMIN, StandardProcess.GOAL_REPORTING_DEFINED, day++);
    instance = accept(instance, Command.of(Trigger.BEGIN_IMPLEMENTATION, ADMIN), day++);
    assertThat(instance.phase()).isEqualTo(phase);
    return instance;
  }
}
