package no.levehelelivet.process;

import static no.levehelelivet.process.Role.ADMINISTRATIVE_LEADERSHIP;
import static no.levehelelivet.process.Role.MUNICIPAL_COUNCIL;
import static no.levehelelivet.process.Role.PROCESS_LEAD;
import static no.levehelelivet.process.StandardProcess.ACTORS_MOBILISED;
import static no.levehelelivet.process.StandardProcess.ADMINISTRATIVE_ANCHORING;
import static no.levehelelivet.process.StandardProcess.CHALLENGE_PICTURE_DESCRIBED;
import static no.levehelelivet.process.StandardProcess.CITIZEN_DIALOGUE_HELD;
import static no.levehelelivet.process.StandardProcess.EVALUATION_RECORDED;
import static no.levehelelivet.process.StandardProcess.FOCUS_AREAS_ASSESSED;
import static no.levehelelivet.process.StandardProcess.GOAL_REPORTING_DEFINED;
import static no.levehelelivet.process.StandardProcess.IMPLEMENT_AND_EVALUATE;
import static no.levehelelivet.process.StandardProcess.INTEGRATE_INTO_PLANS;
import static no.levehelelivet.process.StandardProcess.LINKED_TO_COMMUNITY_PLAN;
import static no.levehelelivet.process.StandardProcess.LINKED_TO_ECONOMY_PLAN;
import static no.levehelelivet.process.StandardProcess.MAPPING;
import static no.levehelelivet.process.StandardProcess.PLAN_ADOPTED_BY_COUNCIL;
import static no.levehelelivet.process.StandardProcess.PLAN_AND_DECIDE;
import static no.levehelelivet.process.StandardProcess.PLAN_COVERS_FOCUS_AREAS;
import static no.levehelelivet.process.StandardProcess.POLITICAL_ANCHORING;
import static no.levehelelivet.process.StandardProcess.PROCESS_TEAM_APPOINTED;
import static no.levehelelivet.process.StandardProcess.START_UP;

import com.google.common.collect.ImmutableList;
import no.levehelelivet.core.LocalizedText;

/** The transitions and criteria of the standard process, as reference section 5 lists them. */
final class StandardTransitions {

  private StandardTransitions() {}

  static ImmutableList<Transition> transitions() {
    return ImmutableList.of(
        Transition.move(Trigger.BEGIN_MAPPING, START_UP, MAPPING)
            .addCriteria(ADMINISTRATIVE_ANCHORING, POLITICAL_ANCHORING, PROCESS_TEAM_APPOINTED)
            .addRoles(PROCESS_LEAD, ADMINISTRATIVE_LEADERSHIP)
            .build(),
        Transition.move(Trigger.BEGIN_PLANNING, MAPPING, PLAN_AND_DECIDE)
            .addCriteria(CHALLENGE_PICTURE_DESCRIBED, CITIZEN_DIALOGUE_HELD, FOCUS_AREAS_ASSESSED)
            .addRoles(PROCESS_LEAD)
            .build(),
        Transition.move(Trigger.ADOPT_PLAN, PLAN_AND_DECIDE, INTEGRATE_INTO_PLANS)
            .addCriteria(ACTORS_MOBILISED, PLAN_COVERS_FOCUS_AREAS, PLAN_ADOPTED_BY_COUNCIL)
            .addRoles(MUNICIPAL_COUNCIL)
            .build(),
        Transition.move(Trigger.BEGIN_IMPLEMENTATION, INTEGRATE_INTO_PLANS, IMPLEMENT_AND_EVALUATE)
            .addCriteria(LINKED_TO_COMMUNITY_PLAN, LINKED_TO_ECONOMY_PLAN, GOAL_REPORTING_DEFINED)
            .addRoles(ADMINISTRATIVE_LEADERSHIP)
            .build(),
        Transition.move(Trigger.START_NEW_CYCLE, IMPLEMENT_AND_EVALUATE, MAPPING)
            .addCriteria(EVALUATION_RECORDED)
            .addRoles(PROCESS_LEAD, ADMINISTRATIVE_LEADERSHIP)
            .addResetsCriteria(
                CHALLENGE_PICTURE_DESCRIBED,
                CITIZEN_DIALOGUE_HELD,
                FOCUS_AREAS_ASSESSED,
                ACTORS_MOBILISED,
                PLAN_COVERS_FOCUS_AREAS,
                PLAN_ADOPTED_BY_COUNCIL,
                LINKED_TO_COMMUNITY_PLAN,
                LINKED_TO_ECONOMY_PLAN,
                GOAL_REPORTING_DEFINED,
                EVALUATION_RECORDED)
            .build(),
        Transition.fromEveryPhase(Trigger.REVISIT, TransitionKind.REVISIT)
            .addRoles(PROCESS_LEAD)
            .noteRequired(true)
            .build(),
        Transition.fromEveryPhase(Trigger.PAUSE, TransitionKind.PAUSE)
            .addRoles(PROCESS_LEAD, ADMINISTRATIVE_LEADERSHIP)
            .noteRequired(true)
            .build(),
        Transition.fromEveryPhase(Trigger.RESUME, TransitionKind.RESUME)
            .addRoles(PROCESS_LEAD, ADMINISTRATIVE_LEADERSHIP)
            .noteRequired(true)
            .build(),
        Transition.builder()
            .trigger(Trigger.COMPLETE)
            .kind(TransitionKind.COMPLETE)
            .addFromPhase(IMPLEMENT_AND_EVALUATE)
            .addCriteria(EVALUATION_RECORDED)
            .addRoles(ADMINISTRATIVE_LEADERSHIP)
            .build(),
        Transition.fromEveryPhase(Trigger.ABANDON, TransitionKind.ABANDON)
            .addRoles(ADMINISTRATIVE_LEADERSHIP, MUNICIPAL_COUNCIL)
            .noteRequired(true)
            .build());
  }

  static ImmutableList<Criterion> criteria() {
    return ImmutableList.of(
        most(
            ADMINISTRATIVE_ANCHORING,
            "Administrativ forankring",
            "Administrativ forankring",
            "Administrative anchoring"),
        Criterion.builder()
            .code(POLITICAL_ANCHORING)
            .label(text("Politisk forankring", "Politisk forankring", "Political anchoring"))
            .addRecordedBy(PROCESS_LEAD, ADMINISTRATIVE_LEADERSHIP, MUNICIPAL_COUNCIL)
            .build(),
        most(
            PROCESS_TEAM_APPOINTED,
            "Prosessteam oppnevnt",
            "Prosessteam oppnemnt",
            "Process team appointed"),
        mapping(
            CHALLENGE_PICTURE_DESCRIBED,
            "Utfordringsbildet beskrevet",
            "Utfordringsbiletet skildra",
            "Challenge picture described"),
        mapping(
            CITIZEN_DIALOGUE_HELD,
            "Innbyggerdialog gjennomført",
            "Innbyggjardialog gjennomført",
            "Citizen dialogue held"),
        mapping(
            FOCUS_AREAS_ASSESSED,
            "Innsatsområdene vurdert",
            "Innsatsområda vurderte",
            "Focus areas assessed"),
        most(ACTORS_MOBILISED, "Aktører mobilisert", "Aktørar mobiliserte", "Actors mobilised"),
        most(
            PLAN_COVERS_FOCUS_AREAS,
            "Planen tar stilling til alle innsatsområdene",
            "Planen tek stilling til alle innsatsområda",
            "The plan covers every focus area"),
        Criterion.builder()
            .code(PLAN_ADOPTED_BY_COUNCIL)
            .label(
                text(
                    "Planen vedtatt i kommunestyret",
                    "Planen vedteken i kommunestyret",
                    "Plan adopted by the municipal council"))
            .evidenceRequired(true)
            .addAllRecordedBy(StandardProcess.recordersOfAdoption())
            .build(),
        most(
            LINKED_TO_COMMUNITY_PLAN,
            "Forankret i kommuneplanens samfunnsdel",
            "Forankra i samfunnsdelen av kommuneplanen",
            "Linked to the community part of the municipal master plan"),
        most(
            LINKED_TO_ECONOMY_PLAN,
            "Innarbeidet i økonomi- og handlingsplanen",
            "Innarbeidd i økonomi- og handlingsplanen",
            "Included in the economy and action plan"),
        most(
            GOAL_REPORTING_DEFINED,
            "Målrapportering definert",
            "Målrapportering definert",
            "Goal reporting defined"),
        most(
            EVALUATION_RECORDED,
            "Evaluering registrert",
            "Evaluering registrert",
            "Evaluation recorded"));
  }

  private static Criterion most(String code, String nb, String nn, String en) {
    return Criterion.builder()
        .code(code)
        .label(text(nb, nn, en))
        .addAllRecordedBy(StandardProcess.recordersOfMost())
        .build();
  }

  private static Criterion mapping(String code, String nb, String nn, String en) {
    return Criterion.builder()
        .code(code)
        .label(text(nb, nn, en))
        .addAllRecordedBy(StandardProcess.recordersOfMapping())
        .build();
  }

  private static LocalizedText text(String nb, String nn, String en) {
    return LocalizedText.of(nb, nn, en);
  }
}
