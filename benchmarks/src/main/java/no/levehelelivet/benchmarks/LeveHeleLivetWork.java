package no.levehelelivet.benchmarks;

import static no.levehelelivet.process.StandardProcess.ACTORS_MOBILISED;
import static no.levehelelivet.process.StandardProcess.ADMINISTRATIVE_ANCHORING;
import static no.levehelelivet.process.StandardProcess.CHALLENGE_PICTURE_DESCRIBED;
import static no.levehelelivet.process.StandardProcess.CITIZEN_DIALOGUE_HELD;
import static no.levehelelivet.process.StandardProcess.EVALUATION_RECORDED;
import static no.levehelelivet.process.StandardProcess.FOCUS_AREAS_ASSESSED;
import static no.levehelelivet.process.StandardProcess.GOAL_REPORTING_DEFINED;
import static no.levehelelivet.process.StandardProcess.LINKED_TO_COMMUNITY_PLAN;
import static no.levehelelivet.process.StandardProcess.LINKED_TO_ECONOMY_PLAN;
import static no.levehelelivet.process.StandardProcess.PLAN_ADOPTED_BY_COUNCIL;
import static no.levehelelivet.process.StandardProcess.PLAN_COVERS_FOCUS_AREAS;
import static no.levehelelivet.process.StandardProcess.POLITICAL_ANCHORING;
import static no.levehelelivet.process.StandardProcess.PROCESS_TEAM_APPOINTED;

import com.google.common.collect.ImmutableList;
import java.time.Clock;
import no.levehelelivet.benchmarks.rivals.RivalModel;
import no.levehelelivet.core.Municipality;
import no.levehelelivet.process.Actor;
import no.levehelelivet.process.Command;
import no.levehelelivet.process.Outcome;
import no.levehelelivet.process.ProcessDefinition;
import no.levehelelivet.process.ProcessInstance;
import no.levehelelivet.process.ProcessStatus;
import no.levehelelivet.process.Role;
import no.levehelelivet.process.StandardProcess;
import no.levehelelivet.process.Trigger;

/**
 * The work on our engine: {@link StandardProcess#definition()} (compiled once, when the adapter is
 * created), instances started with {@link ProcessInstance#start}, commands fired with {@link
 * ProcessInstance#fire}; every accepted command appends a journal entry. The scripts are the
 * rivals' scripts in {@link RivalModel}, command for command.
 */
public final class LeveHeleLivetWork implements ProcessWork {

  static final Municipality MUNICIPALITY = Municipality.of("Vefsn", "1824");
  static final Actor LEAD = Actor.of(RivalModel.LEAD, Role.PROCESS_LEAD);
  static final Actor LEADERSHIP = Actor.of(RivalModel.LEADERSHIP, Role.ADMINISTRATIVE_LEADERSHIP);
  static final Actor COUNCIL = Actor.of(RivalModel.COUNCIL, Role.MUNICIPAL_COUNCIL);

  /** The walk, as {@link RivalModel#WALK}. */
  static final ImmutableList<Command> WALK =
      ImmutableList.of(
          Command.recordCriterion(ADMINISTRATIVE_ANCHORING, LEAD),
          Command.recordCriterion(POLITICAL_ANCHORING, LEAD),
          Command.recordCriterion(PROCESS_TEAM_APPOINTED, LEAD),
          Command.of(Trigger.BEGIN_MAPPING, LEAD),
          Command.recordCriterion(CHALLENGE_PICTURE_DESCRIBED, LEAD),
          Command.recordCriterion(CITIZEN_DIALOGUE_HELD, LEAD),
          Command.recordCriterion(FOCUS_AREAS_ASSESSED, LEAD),
          Command.of(Trigger.BEGIN_PLANNING, LEAD),
          Command.recordCriterion(ACTORS_MOBILISED, LEAD),
          Command.recordCriterion(PLAN_COVERS_FOCUS_AREAS, LEAD),
          Command.recordCriterion(PLAN_ADOPTED_BY_COUNCIL, COUNCIL, "PS 2026/42"),
          Command.of(Trigger.ADOPT_PLAN, LEAD),
          Command.of(Trigger.ADOPT_PLAN, COUNCIL),
          Command.recordCriterion(LINKED_TO_COMMUNITY_PLAN, LEADERSHIP),
          Command.recordCriterion(LINKED_TO_ECONOMY_PLAN, LEADERSHIP),
          Command.recordCriterion(GOAL_REPORTING_DEFINED, LEADERSHIP),
          Command.of(Trigger.BEGIN_IMPLEMENTATION, LEADERSHIP),
          Command.recordCriterion(EVALUATION_RECORDED, LEADERSHIP),
          Command.of(Trigger.COMPLETE, LEADERSHIP));

  static final ImmutableList<Command> TO_MAPPING = WALK.subList(0, 7);
  static final Command BEGIN_PLANNING = WALK.get(7);
  static final Command REVISIT_MAPPING =
      Command.revisit(StandardProcess.MAPPING, LEAD, RivalModel.REVISIT_NOTE);

  private final ProcessDefinition definition;
  private final Clock clock;

  /** An adapter on the standard definition, timing journal entries by {@code clock}. */
  public LeveHeleLivetWork(Clock clock) {
    this.definition = ProcessDefinition.standard();
    this.clock = clock;
  }

  @Override
  public ProcessInstance newProcess() {
    return ProcessInstance.start(definition, "2026/1234", MUNICIPALITY, LEAD, clock);
  }

  @Override
  public ProcessInstance walk() {
    ProcessInstance instance = newProcess();
    for (Command command : WALK) {
      instance = instance.fire(command, clock).instance();
    }
    return instance;
  }

  @Override
  public Outcome firstCommand() {
    return newProcess().fire(WALK.get(0), clock);
  }

  @Override
  public Object[] process(int entries) {
    ProcessInstance instance = newProcess();
    if (entries > 1) {
      instance = inMapping(instance);
      boolean planning = true;
      while (instance.version() < entries) {
        instance = instance.fire(planning ? BEGIN_PLANNING : REVISIT_MAPPING, clock).instance();
        planning = !planning;
      }
    }
    return new Object[] {instance};
  }

  /** An instance of {@code entries} entries from the same cycle as {@link #cycle()}. */
  ProcessInstance instance(int entries) {
    return (ProcessInstance) process(entries)[0];
  }

  private ProcessInstance inMapping(ProcessInstance instance) {
    ProcessInstance current = instance;
    for (Command command : TO_MAPPING) {
      current = current.fire(command, clock).instance();
    }
    return current;
  }

  /** The command the cycle fires next at {@code instance}. */
  static Command next(ProcessInstance instance) {
    return instance.phase().equals(StandardProcess.MAPPING) ? BEGIN_PLANNING : REVISIT_MAPPING;
  }

  @Override
  public Cycle cycle() {
    return new Cycle() {
      private ProcessInstance instance = inMapping(newProcess());
      private int fired;

      @Override
      public Object fireNext() {
        if (++fired > CYCLE_RESET) {
          instance = inMapping(newProcess());
          fired = 1;
        }
        Outcome outcome = instance.fire(next(instance), clock);
        instance = outcome.instance();
        return outcome;
      }

      @Override
      public String phase() {
        return instance.phase();
      }
    };
  }

  @Override
  public void check() {
    ProcessInstance instance = newProcess();
    int rejected = 0;
    for (Command command : WALK) {
      Outcome outcome = instance.fire(command, clock);
      if (!outcome.isAccepted()) {
        rejected++;
      }
      instance = outcome.instance();
    }
    require(instance.status() == ProcessStatus.COMPLETED, "the walk ends " + instance);
    require(rejected == 1, "the walk had " + rejected + " rejected commands");
    require(instance.version() == 19, "the walk recorded " + instance.version());
    Cycle cycle = cycle();
    for (int i = 0; i < 2 * CYCLE_RESET + 2; i++) {
      String before = cycle.phase();
      cycle.fireNext();
      require(!before.equals(cycle.phase()), "the cycle stayed in " + before);
    }
    require(instance(100).version() == 100, "process(100)");
  }

  private static void require(boolean condition, String message) {
    if (!condition) {
      throw new IllegalStateException("check failed: " + message);
    }
  }
}
