package no.levehelelivet.benchmarks.rivals;

import static no.levehelelivet.benchmarks.rivals.Role.ADMINISTRATIVE_LEADERSHIP;
import static no.levehelelivet.benchmarks.rivals.Role.MUNICIPAL_COUNCIL;
import static no.levehelelivet.benchmarks.rivals.Role.PROCESS_LEAD;
import static no.levehelelivet.benchmarks.rivals.Role.RESOURCE_PERSON;

import com.google.common.collect.ImmutableSet;
import com.google.common.collect.Sets;
import java.util.EnumSet;

/**
 * The standard criteria, with the roles that may record each and whether evidence is required, as
 * {@code StandardProcess} defines them.
 */
public enum Criterion {
  ADMINISTRATIVE_ANCHORING(false, PROCESS_LEAD, ADMINISTRATIVE_LEADERSHIP),
  POLITICAL_ANCHORING(false, PROCESS_LEAD, ADMINISTRATIVE_LEADERSHIP, MUNICIPAL_COUNCIL),
  PROCESS_TEAM_APPOINTED(false, PROCESS_LEAD, ADMINISTRATIVE_LEADERSHIP),
  CHALLENGE_PICTURE_DESCRIBED(false, PROCESS_LEAD, ADMINISTRATIVE_LEADERSHIP, RESOURCE_PERSON),
  CITIZEN_DIALOGUE_HELD(false, PROCESS_LEAD, ADMINISTRATIVE_LEADERSHIP, RESOURCE_PERSON),
  FOCUS_AREAS_ASSESSED(false, PROCESS_LEAD, ADMINISTRATIVE_LEADERSHIP, RESOURCE_PERSON),
  ACTORS_MOBILISED(false, PROCESS_LEAD, ADMINISTRATIVE_LEADERSHIP),
  PLAN_COVERS_FOCUS_AREAS(false, PROCESS_LEAD, ADMINISTRATIVE_LEADERSHIP),
  PLAN_ADOPTED_BY_COUNCIL(true, MUNICIPAL_COUNCIL, PROCESS_LEAD),
  LINKED_TO_COMMUNITY_PLAN(false, PROCESS_LEAD, ADMINISTRATIVE_LEADERSHIP),
  LINKED_TO_ECONOMY_PLAN(false, PROCESS_LEAD, ADMINISTRATIVE_LEADERSHIP),
  GOAL_REPORTING_DEFINED(false, PROCESS_LEAD, ADMINISTRATIVE_LEADERSHIP),
  EVALUATION_RECORDED(false, PROCESS_LEAD, ADMINISTRATIVE_LEADERSHIP);

  private final boolean evidenceRequired;
  private final ImmutableSet<Role> recorders;

  Criterion(boolean evidenceRequired, Role first, Role... rest) {
    this.evidenceRequired = evidenceRequired;
    this.recorders = Sets.immutableEnumSet(EnumSet.of(first, rest));
  }

  /** Whether recording this criterion needs an evidence reference. */
  boolean isEvidenceRequired() {
    return evidenceRequired;
  }

  /** Whether {@code role} may record this criterion. */
  boolean isRecordableBy(Role role) {
    return recorders.contains(role);
  }
}
