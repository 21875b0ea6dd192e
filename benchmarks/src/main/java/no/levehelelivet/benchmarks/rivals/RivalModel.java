package no.levehelelivet.benchmarks.rivals;

import static no.levehelelivet.benchmarks.rivals.Criterion.ACTORS_MOBILISED;
import static no.levehelelivet.benchmarks.rivals.Criterion.ADMINISTRATIVE_ANCHORING;
import static no.levehelelivet.benchmarks.rivals.Criterion.CHALLENGE_PICTURE_DESCRIBED;
import static no.levehelelivet.benchmarks.rivals.Criterion.CITIZEN_DIALOGUE_HELD;
import static no.levehelelivet.benchmarks.rivals.Criterion.EVALUATION_RECORDED;
import static no.levehelelivet.benchmarks.rivals.Criterion.FOCUS_AREAS_ASSESSED;
import static no.levehelelivet.benchmarks.rivals.Criterion.GOAL_REPORTING_DEFINED;
import static no.levehelelivet.benchmarks.rivals.Criterion.LINKED_TO_COMMUNITY_PLAN;
import static no.levehelelivet.benchmarks.rivals.Criterion.LINKED_TO_ECONOMY_PLAN;
import static no.levehelelivet.benchmarks.rivals.Criterion.PLAN_ADOPTED_BY_COUNCIL;
import static no.levehelelivet.benchmarks.rivals.Criterion.PLAN_COVERS_FOCUS_AREAS;
import static no.levehelelivet.benchmarks.rivals.Criterion.POLITICAL_ANCHORING;
import static no.levehelelivet.benchmarks.rivals.Criterion.PROCESS_TEAM_APPOINTED;
import static no.levehelelivet.benchmarks.rivals.Phase.ABANDONED;
import static no.levehelelivet.benchmarks.rivals.Phase.COMPLETED;
import static no.levehelelivet.benchmarks.rivals.Phase.IMPLEMENT_AND_EVALUATE;
import static no.levehelelivet.benchmarks.rivals.Phase.INTEGRATE_INTO_PLANS;
import static no.levehelelivet.benchmarks.rivals.Phase.MAPPING;
import static no.levehelelivet.benchmarks.rivals.Phase.PLAN_AND_DECIDE;
import static no.levehelelivet.benchmarks.rivals.Phase.START_UP;
import static no.levehelelivet.benchmarks.rivals.Role.ADMINISTRATIVE_LEADERSHIP;
import static no.levehelelivet.benchmarks.rivals.Role.MUNICIPAL_COUNCIL;
import static no.levehelelivet.benchmarks.rivals.Role.PROCESS_LEAD;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/**
 * The standard process (reference section 5, as {@code StandardProcess} defines it) as a table of
 * transitions that every rival adapter is configured from, and the scripts every contender runs.
 */
public final class RivalModel {

  /** The process lead's id in every script. */
  public static final String LEAD = "kari.nordmann";

  /** The administrative leadership's id in every script. */
  public static final String LEADERSHIP = "kommunedirektor";

  /** The municipal council's id in every script. */
  public static final String COUNCIL = "kommunestyret";

  /** Every transition: moves, revisits, internal transitions and the two ends. */
  public static final List<Spec> TRANSITIONS = transitions();

  /** The walk: every phase to completed, with one rejected command (adopt-plan by the lead). */
  public static final List<Cmd> WALK =
      List.of(
          Cmd.record(ADMINISTRATIVE_ANCHORING, LEAD, PROCESS_LEAD),
          Cmd.record(POLITICAL_ANCHORING, LEAD, PROCESS_LEAD),
          Cmd.record(PROCESS_TEAM_APPOINTED, LEAD, PROCESS_LEAD),
          Cmd.of(Trigger.BEGIN_MAPPING, LEAD, PROCESS_LEAD),
          Cmd.record(CHALLENGE_PICTURE_DESCRIBED, LEAD, PROCESS_LEAD),
          Cmd.record(CITIZEN_DIALOGUE_HELD, LEAD, PROCESS_LEAD),
          Cmd.record(FOCUS_AREAS_ASSESSED, LEAD, PROCESS_LEAD),
          Cmd.of(Trigger.BEGIN_PLANNING, LEAD, PROCESS_LEAD),
          Cmd.record(ACTORS_MOBILISED, LEAD, PROCESS_LEAD),
          Cmd.record(PLAN_COVERS_FOCUS_AREAS, LEAD, PROCESS_LEAD),
          Cmd.record(PLAN_ADOPTED_BY_COUNCIL, COUNCIL, MUNICIPAL_COUNCIL, "PS 2026/42"),
          Cmd.of(Trigger.ADOPT_PLAN, LEAD, PROCESS_LEAD),
          Cmd.of(Trigger.ADOPT_PLAN, COUNCIL, MUNICIPAL_COUNCIL),
          Cmd.record(LINKED_TO_COMMUNITY_PLAN, LEADERSHIP, ADMINISTRATIVE_LEADERSHIP),
          Cmd.record(LINKED_TO_ECONOMY_PLAN, LEADERSHIP, ADMINISTRATIVE_LEADERSHIP),
          Cmd.record(GOAL_REPORTING_DEFINED, LEADERSHIP, ADMINISTRATIVE_LEADERSHIP),
          Cmd.of(Trigger.BEGIN_IMPLEMENTATION, LEADERSHIP, ADMINISTRATIVE_LEADERSHIP),
          Cmd.record(EVALUATION_RECORDED, LEADERSHIP, ADMINISTRATIVE_LEADERSHIP),
          Cmd.of(Trigger.COMPLETE, LEADERSHIP, ADMINISTRATIVE_LEADERSHIP));

  /** The first seven commands of the walk: into mapping, ready to begin planning. */
  public static final List<Cmd> TO_MAPPING = WALK.subList(0, 7);

  /** The cycle's first command: mapping to plan and decide, guarded by three criteria. */
  public static final Cmd BEGIN_PLANNING = WALK.get(7);

  /** Why the cycle goes back to mapping. */
  public static final String REVISIT_NOTE = "The challenge picture needs the new census.";

  /** The cycle's second command: back to mapping, guarded by role and note. */
  public static final Cmd REVISIT_MAPPING = Cmd.revisit(MAPPING, LEAD, PROCESS_LEAD, REVISIT_NOTE);

  /** The cold start's first command. */
  public static final Cmd FIRST = WALK.get(0);

  private RivalModel() {}

  private static List<Spec> transitions() {
    Set<Role> lead = EnumSet.of(PROCESS_LEAD);
    Set<Role> leadOrLeadership = EnumSet.of(PROCESS_LEAD, ADMINISTRATIVE_LEADERSHIP);
    Set<Role> leadership = EnumSet.of(ADMINISTRATIVE_LEADERSHIP);
    Set<Role> council = EnumSet.of(MUNICIPAL_COUNCIL);
    Set<Role> leadershipOrCouncil = EnumSet.of(ADMINISTRATIVE_LEADERSHIP, MUNICIPAL_COUNCIL);
    Set<Role> anyone = EnumSet.allOf(Role.class);
    List<Spec> specs = new ArrayList<>();
    specs.add(
        Spec.of(
            Trigger.BEGIN_MAPPING,
            START_UP,
            MAPPING,
            leadOrLeadership,
            ADMINISTRATIVE_ANCHORING,
            POLITICAL_ANCHORING,
            PROCESS_TEAM_APPOINTED));
    specs.add(
        Spec.of(
            Trigger.BEGIN_PLANNING,
            MAPPING,
            PLAN_AND_DECIDE,
            lead,
            CHALLENGE_PICTURE_DESCRIBED,
            CITIZEN_DIALOGUE_HELD,
            FOCUS_AREAS_ASSESSED));
    specs.add(
        Spec.of(
            Trigger.ADOPT_PLAN,
            PLAN_AND_DECIDE,
            INTEGRATE_INTO_PLANS,
            council,
            ACTORS_MOBILISED,
            PLAN_COVERS_FOCUS_AREAS,
            PLAN_ADOPTED_BY_COUNCIL));
    specs.add(
        Spec.of(
            Trigger.BEGIN_IMPLEMENTATION,
            INTEGRATE_INTO_PLANS,
            IMPLEMENT_AND_EVALUATE,
            leadership,
            LINKED_TO_COMMUNITY_PLAN,
            LINKED_TO_ECONOMY_PLAN,
            GOAL_REPORTING_DEFINED));
    // Starting a new cycle also resets the cycle's criteria: the ledger does that, as our engine
    // does.
    specs.add(
        Spec.of(
            Trigger.START_NEW_CYCLE,
            IMPLEMENT_AND_EVALUATE,
            MAPPING,
            leadOrLeadership,
            EVALUATION_RECORDED));
    specs.add(
        Spec.of(
            Trigger.COMPLETE, IMPLEMENT_AND_EVALUATE, COMPLETED, leadership, EVALUATION_RECORDED));
    for (Phase from : Phase.PHASES) {
      for (Phase to : Phase.PHASES) {
        if (to.compareTo(from) < 0) {
          specs.add(Spec.of(Trigger.REVISIT, from, to, lead).withNoteRequired());
        }
      }
      specs.add(Spec.of(Trigger.PAUSE, from, from, leadOrLeadership).withNoteRequired());
      specs.add(Spec.of(Trigger.RESUME, from, from, leadOrLeadership).withNoteRequired());
      specs.add(Spec.of(Trigger.RECORD_CRITERION, from, from, anyone));
      specs.add(Spec.of(Trigger.ABANDON, from, ABANDONED, leadershipOrCouncil).withNoteRequired());
    }
    return List.copyOf(specs);
  }
}
