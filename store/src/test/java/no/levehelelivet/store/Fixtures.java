package no.levehelelivet.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import no.levehelelivet.core.Municipality;
import no.levehelelivet.process.Accepted;
import no.levehelelivet.process.Actor;
import no.levehelelivet.process.Command;
import no.levehelelivet.process.Outcome;
import no.levehelelivet.process.ProcessDefinition;
import no.levehelelivet.process.ProcessInstance;
import no.levehelelivet.process.Role;
import no.levehelelivet.process.StandardProcess;
import no.levehelelivet.process.Trigger;
import no.levehelelivet.process.journal.ChainKey;

/**
 * Small builders that read like the domain: municipalities run the standard process, one hour a
 * step, from the first Monday of 2026.
 */
final class Fixtures {

  static final Instant T0 = Instant.parse("2026-01-05T09:00:00Z");

  static final Municipality VEFSN = Municipality.of("Vefsn", "1824");
  static final Municipality ALSTAHAUG = Municipality.of("Alstahaug", "1820");
  static final Municipality BODO = Municipality.of("Bodø", "1804");

  static final Actor LEAD = Actor.of("kari.lead", Role.PROCESS_LEAD);
  static final Actor ADMIN = Actor.of("ola.kommunedirektor", Role.ADMINISTRATIVE_LEADERSHIP);
  static final Actor COUNCIL = Actor.of("kommunestyret", Role.MUNICIPAL_COUNCIL);
  static final Actor RESOURCE = Actor.of("siri.resource", Role.RESOURCE_PERSON);

  static final ChainKey KEY = ChainKey.of("vefsn-2026", secret(7));

  static final List<String> PHASES =
      List.of(
          StandardProcess.START_UP,
          StandardProcess.MAPPING,
          StandardProcess.PLAN_AND_DECIDE,
          StandardProcess.INTEGRATE_INTO_PLANS,
          StandardProcess.IMPLEMENT_AND_EVALUATE);

  private Fixtures() {}

  /** The clock {@code hours} hours after {@link #T0}. */
  static Clock hour(int hours) {
    return Clock.fixed(T0.plus(Duration.ofHours(hours)), ZoneOffset.UTC);
  }

  static ProcessDefinition standard() {
    return ProcessDefinition.standard();
  }

  /** A process of Vefsn on the standard definition, just started by the process lead. */
  static ProcessInstance started(String id) {
    return started(standard(), id, VEFSN);
  }

  static ProcessInstance started(
      ProcessDefinition definition, String id, Municipality municipality) {
    return ProcessInstance.start(definition, id, municipality, LEAD, hour(0));
  }

  /** A generator of salts that gives the same salts on every run. */
  static SecureRandom seeded(long seed) {
    try {
      SecureRandom random = SecureRandom.getInstance("SHA1PRNG");
      random.setSeed(seed);
      return random;
    } catch (NoSuchAlgorithmException e) {
      throw new AssertionError(e);
    }
  }

  /** The commands that take a fresh process, every criterion recorded, into {@code phase}. */
  static List<Command> stepsTo(String phase) {
    List<Command> steps = new ArrayList<>();
    int phases = PHASES.indexOf(phase);
    if (phases >= 1) {
      steps.add(record(ADMIN, StandardProcess.ADMINISTRATIVE_ANCHORING));
      steps.add(record(ADMIN, StandardProcess.POLITICAL_ANCHORING));
      steps.add(record(LEAD, StandardProcess.PROCESS_TEAM_APPOINTED));
      steps.add(Command.of(Trigger.BEGIN_MAPPING, LEAD));
    }
    if (phases >= 2) {
      steps.add(record(RESOURCE, StandardProcess.CHALLENGE_PICTURE_DESCRIBED));
      steps.add(record(RESOURCE, StandardProcess.CITIZEN_DIALOGUE_HELD));
      steps.add(record(LEAD, StandardProcess.FOCUS_AREAS_ASSESSED));
      steps.add(Command.of(Trigger.BEGIN_PLANNING, LEAD));
    }
    if (phases >= 3) {
      steps.add(record(LEAD, StandardProcess.ACTORS_MOBILISED));
      steps.add(record(LEAD, StandardProcess.PLAN_COVERS_FOCUS_AREAS));
      steps.add(record(COUNCIL, StandardProcess.PLAN_ADOPTED_BY_COUNCIL));
      steps.add(Command.of(Trigger.ADOPT_PLAN, COUNCIL));
    }
    if (phases >= 4) {
      steps.add(record(ADMIN, StandardProcess.LINKED_TO_COMMUNITY_PLAN));
      steps.add(record(ADMIN, StandardProcess.LINKED_TO_ECONOMY_PLAN));
      steps.add(record(ADMIN, StandardProcess.GOAL_REPORTING_DEFINED));
      steps.add(Command.of(Trigger.BEGIN_IMPLEMENTATION, ADMIN));
    }
    return steps;
  }

  static Command record(Actor actor, String criterion) {
    return Command.recordCriterion(criterion, actor, "2026/" + criterion);
  }

  /** Fires every command, each an hour after the last entry, each of which must be accepted. */
  static ProcessInstance fired(ProcessInstance instance, List<Command> commands) {
    ProcessInstance fired = instance;
    for (Command command : commands) {
      fired = accepted(fired.fire(command, hour((int) fired.version()))).instance();
    }
    return fired;
  }

  static Accepted accepted(Outcome outcome) {
    assertThat(outcome.reasons()).as("reasons").isEmpty();
    return (Accepted) outcome;
  }

  private static byte[] secret(int seed) {
    byte[] secret = new byte[ChainKey.MINIMUM_SECRET_BYTES];
    for (int i = 0; i < secret.length; i++) {
      secret[i] = (byte) (seed * 31 + i);
    }
    return secret;
  }
}
