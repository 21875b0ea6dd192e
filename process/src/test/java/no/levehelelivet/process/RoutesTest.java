package no.levehelelivet.process;

import static no.levehelelivet.process.Fixtures.ADMIN;
import static no.levehelelivet.process.Fixtures.COUNCIL;
import static no.levehelelivet.process.Fixtures.LEAD;
import static no.levehelelivet.process.Fixtures.VEFSN;
import static no.levehelelivet.process.Fixtures.accept;
import static no.levehelelivet.process.Fixtures.day;
import static no.levehelelivet.process.Fixtures.inPhase;
import static no.levehelelivet.process.Fixtures.record;
import static no.levehelelivet.process.Fixtures.rejected;
import static no.levehelelivet.process.Fixtures.started;
import static no.levehelelivet.process.Fixtures.take;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Set;
import no.levehelelivet.core.CoreCode;
import no.levehelelivet.core.Language;
import no.levehelelivet.core.UnknownCodeException;
import org.junit.jupiter.api.Test;

/** What is left between a process and a phase: the stories a caseworker's screen asks about. */
class RoutesTest {

  private static final Set<Role> EVERY_ROLE = Set.copyOf(Role.standardRoles());

  private static Route route(RouteResult result) {
    assertThat(result).isInstanceOf(Route.class);
    return (Route) result;
  }

  private static NoRoute noRoute(RouteResult result) {
    assertThat(result).isInstanceOf(NoRoute.class);
    return (NoRoute) result;
  }

  private static List<String> described(Route route) {
    return route.steps().stream().map(RouteStep::toString).toList();
  }

  @Test
  void leadsANewProcessToEveryPhaseWithEveryRole() {
    // three criteria and one trigger per phase: 4, 8, 12 and 16 commands, counted from reference
    // section 5
    assertThat(route(Routes.plan(started(), "start-up", EVERY_ROLE)).isEmpty()).isTrue();
    assertThat(route(Routes.plan(started(), "mapping", EVERY_ROLE)).size()).isEqualTo(4);
    assertThat(route(Routes.plan(started(), "plan-and-decide", EVERY_ROLE)).size()).isEqualTo(8);
    assertThat(route(Routes.plan(started(), "integrate-into-plans", EVERY_ROLE)).size())
        .isEqualTo(12);
    assertThat(route(Routes.plan(started(), "implement-and-evaluate", EVERY_ROLE)).size())
        .isEqualTo(16);
  }

  @Test
  void namesEachStepWithTheRolesThatMayTakeIt() {
    Route route = route(Routes.plan(started(), "mapping", EVERY_ROLE));

    assertThat(route.from()).isEqualTo("start-up");
    assertThat(route.target()).isEqualTo("mapping");
    assertThat(described(route))
        .containsExactly(
            "record administrative-anchoring in start-up",
            "record political-anchoring in start-up",
            "record process-team-appointed in start-up",
            "begin-mapping from start-up");
    RouteStep political = route.steps().get(1);
    assertThat(political.kind()).isEqualTo(StepKind.RECORD);
    assertThat(political.status()).isEqualTo(ProcessStatus.ACTIVE);
    assertThat(political.trigger()).isEqualTo(Trigger.RECORD_CRITERION);
    assertThat(political.criterion()).hasValue("political-anchoring");
    assertThat(political.roles())
        .containsExactlyInAnyOrder(
            Role.PROCESS_LEAD, Role.ADMINISTRATIVE_LEADERSHIP, Role.MUNICIPAL_COUNCIL);
    RouteStep begin = route.steps().get(3);
    assertThat(begin.kind()).isEqualTo(StepKind.FIRE);
    assertThat(begin.trigger()).isEqualTo(Trigger.BEGIN_MAPPING);
    assertThat(begin.criterion()).isEmpty();
    assertThat(begin.target()).isEmpty();
    assertThat(begin.roles())
        .containsExactlyInAnyOrder(Role.PROCESS_LEAD, Role.ADMINISTRATIVE_LEADERSHIP);
    assertThat(begin.isNoteRequired()).isFalse();
  }

  @Test
  void asksForTheCouncilsCaseNumberWhereTheAdoptionNeedsIt() {
    Route route =
        route(Routes.plan(inPhase("plan-and-decide"), "integrate-into-plans", EVERY_ROLE));

    RouteStep adopted = route.steps().get(2);
    assertThat(adopted.criterion()).hasValue("plan-adopted-by-council");
    assertThat(adopted.isEvidenceRequired()).isTrue();
    assertThat(adopted.roles())
        .containsExactlyInAnyOrder(Role.MUNICIPAL_COUNCIL, Role.PROCESS_LEAD);
    assertThat(route.steps().get(3).roles()).containsExactly(Role.MUNICIPAL_COUNCIL);
  }

  @Test
  void takingEveryStepOfARouteReachesItsTarget() {
    for (Phase phase : ProcessDefinition.standard().phases()) {
      ProcessInstance start = started();
      Route route = route(Routes.plan(start, phase.code(), EVERY_ROLE));

      ProcessInstance end = take(start, route.steps(), 1);

      assertThat(end.phase()).isEqualTo(phase.code());
      assertThat(end.isActive()).isTrue();
      assertThat(end.version()).isEqualTo(start.version() + route.size());
    }
  }

  @Test
  void goesBackByARevisitWhenThatIsShorterThanANewCycle() {
    ProcessInstance implementing = inPhase("implement-and-evaluate");

    Route lead = route(Routes.plan(implementing, "mapping", Set.of(Role.PROCESS_LEAD)));
    assertThat(described(lead)).containsExactly("revisit to mapping from implement-and-evaluate");
    assertThat(lead.steps().get(0).isNoteRequired()).isTrue();
    assertThat(lead.steps().get(0).target()).hasValue("mapping");

    // the administrative leadership may not revisit, but may record the evaluation and start anew
    Route admin =
        route(Routes.plan(implementing, "mapping", Set.of(Role.ADMINISTRATIVE_LEADERSHIP)));
    assertThat(described(admin))
        .containsExactly(
            "record evaluation-recorded in implement-and-evaluate",
            "start-new-cycle from implement-and-evaluate");
    assertThat(take(implementing, admin.steps(), 30).phase()).isEqualTo("mapping");
  }

  @Test
  void aProcessAlreadyInTheTargetPhaseHasNothingLeft() {
    Route route = route(Routes.plan(inPhase("mapping"), "mapping", Set.of(Role.RESOURCE_PERSON)));

    assertThat(route.isEmpty()).isTrue();
    assertThat(route.size()).isZero();
    assertThat(route.from()).isEqualTo("mapping");
  }

  @Test
  void aPausedProcessIsResumedFirst() {
    ProcessInstance paused =
        accept(started(), Command.of(Trigger.PAUSE, LEAD).withNote("Venter på budsjett"), 1);

    assertThat(described(route(Routes.plan(paused, "start-up", EVERY_ROLE))))
        .containsExactly("resume from start-up");
    Route toMapping = route(Routes.plan(paused, "mapping", EVERY_ROLE));
    assertThat(toMapping.size()).isEqualTo(5);
    assertThat(toMapping.steps().get(0).status()).isEqualTo(ProcessStatus.PAUSED);
    assertThat(toMapping.steps().get(1).status()).isEqualTo(ProcessStatus.ACTIVE);
    assertThat(take(paused, toMapping.steps(), 2).phase()).isEqualTo("mapping");

    NoRoute council = noRoute(Routes.plan(paused, "start-up", Set.of(Role.MUNICIPAL_COUNCIL)));
    assertThat(council.obstacles())
        .containsExactly(
            Obstacle.of(
                ObstacleKind.TRIGGER_NOT_PERMITTED,
                "resume",
                List.of(Role.PROCESS_LEAD, Role.ADMINISTRATIVE_LEADERSHIP)));
  }

  @Test
  void namesTheTriggerNoRoleAtHandMayFireAndTheRolesThatMay() {
    NoRoute none =
        noRoute(
            Routes.plan(
                inPhase("plan-and-decide"), "integrate-into-plans", Set.of(Role.PROCESS_LEAD)));

    assertThat(none.isFound()).isFalse();
    assertThat(none.target()).isEqualTo("integrate-into-plans");
    assertThat(none.kinds()).containsExactly(ObstacleKind.TRIGGER_NOT_PERMITTED);
    Obstacle obstacle = none.obstacles().get(0);
    assertThat(none.obstacles()).hasSize(1);
    assertThat(obstacle.subject()).isEqualTo("adopt-plan");
    assertThat(obstacle.roles()).containsExactly(Role.MUNICIPAL_COUNCIL);
  }

  @Test
  void namesEveryCriterionAndTriggerTheRegionalSupportMayNotTouch() {
    // the regional support advises and records dialogue meetings, but never moves phases
    NoRoute none = noRoute(Routes.plan(started(), "mapping", Set.of(Role.REGIONAL_SUPPORT)));

    assertThat(none.obstacles())
        .extracting(Obstacle::kind, Obstacle::subject)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple(
                ObstacleKind.CRITERION_NOT_PERMITTED, "administrative-anchoring"),
            org.assertj.core.groups.Tuple.tuple(
                ObstacleKind.CRITERION_NOT_PERMITTED, "political-anchoring"),
            org.assertj.core.groups.Tuple.tuple(
                ObstacleKind.CRITERION_NOT_PERMITTED, "process-team-appointed"),
            org.assertj.core.groups.Tuple.tuple(
                ObstacleKind.TRIGGER_NOT_PERMITTED, "begin-mapping"));
    assertThat(none.obstacles().get(1).roles())
        .containsExactlyInAnyOrder(
            Role.PROCESS_LEAD, Role.ADMINISTRATIVE_LEADERSHIP, Role.MUNICIPAL_COUNCIL);
  }

  @Test
  void leavesOutWhatTheRolesAtHandCanDoThemselves() {
    // the council records political anchoring itself; the rest needs others
    NoRoute none = noRoute(Routes.plan(started(), "mapping", Set.of(Role.MUNICIPAL_COUNCIL)));

    assertThat(none.obstacles())
        .extracting(Obstacle::subject)
        .containsExactly("administrative-anchoring", "process-team-appointed", "begin-mapping");
  }

  @Test
  void leavesOutObstaclesOnWaysThatLeadAwayFromTheTarget() {
    // resource persons record the mapping criteria, but neither begin planning nor revisit; the
    // revisit to start-up leads away from plan-and-decide, so only begin-planning is named
    NoRoute none =
        noRoute(Routes.plan(inPhase("mapping"), "plan-and-decide", Set.of(Role.RESOURCE_PERSON)));

    assertThat(none.obstacles())
        .containsExactly(
            Obstacle.of(
                ObstacleKind.TRIGGER_NOT_PERMITTED, "begin-planning", List.of(Role.PROCESS_LEAD)));

    // going back, the revisit is what the resource person lacks
    NoRoute back =
        noRoute(Routes.plan(inPhase("mapping"), "start-up", Set.of(Role.RESOURCE_PERSON)));
    assertThat(back.obstacles())
        .containsExactly(
            Obstacle.of(ObstacleKind.TRIGGER_NOT_PERMITTED, "revisit", List.of(Role.PROCESS_LEAD)));
  }

  @Test
  void aCompletedOrAbandonedProcessHasNoRouteAnywhere() {
    ProcessInstance implementing = inPhase("implement-and-evaluate");
    ProcessInstance evaluated = record(implementing, ADMIN, "evaluation-recorded", 30);
    ProcessInstance completed = accept(evaluated, Command.of(Trigger.COMPLETE, ADMIN), 31);
    ProcessInstance abandoned =
        accept(started(), Command.of(Trigger.ABANDON, COUNCIL).withNote("Slått sammen"), 1);

    NoRoute done = noRoute(Routes.plan(completed, "implement-and-evaluate", EVERY_ROLE));
    assertThat(done.obstacles())
        .containsExactly(Obstacle.of(ObstacleKind.PROCESS_NOT_ACTIVE, "completed", List.of()));
    NoRoute gone = noRoute(Routes.plan(abandoned, "mapping", EVERY_ROLE));
    assertThat(gone.obstacles())
        .containsExactly(Obstacle.of(ObstacleKind.PROCESS_NOT_ACTIVE, "abandoned", List.of()));
  }

  @Test
  void saysAPhaseNoMoveOrRevisitLeadsBackToIsUnreachable() {
    ProcessDefinition noWayBack =
        ProcessDefinition.standard().tailor("no-way-back", 1).removeTransitions("revisit").build();
    ProcessInstance instance = ProcessInstance.start(noWayBack, "nwb-1", VEFSN, LEAD, day(0));
    instance = record(instance, ADMIN, "administrative-anchoring", 1);
    instance = record(instance, ADMIN, "political-anchoring", 2);
    instance = record(instance, LEAD, "process-team-appointed", 3);
    instance = accept(instance, Command.of(Trigger.BEGIN_MAPPING, LEAD), 4);

    NoRoute none = noRoute(Routes.plan(instance, "start-up", EVERY_ROLE));

    assertThat(none.obstacles())
        .containsExactly(Obstacle.of(ObstacleKind.UNREACHABLE, "start-up", List.of()));
  }

  @Test
  void refusesAnUnknownTargetPhaseNamingThePhasesThereAre() {
    assertThatThrownBy(() -> Routes.plan(started(), "nowhere", EVERY_ROLE))
        .isInstanceOfSatisfying(
            UnknownCodeException.class,
            e -> {
              assertThat(e.code()).isEqualTo(CoreCode.UNKNOWN_CODE);
              assertThat(e.unknownCode()).isEqualTo("nowhere");
              assertThat(e.validCodes()).contains("start-up", "implement-and-evaluate");
            });
  }

  @Test
  void withNoRolesAtHandNothingCanBeDone() {
    NoRoute none = noRoute(Routes.plan(started(), "mapping", Set.of()));

    assertThat(none.kinds())
        .containsExactly(ObstacleKind.CRITERION_NOT_PERMITTED, ObstacleKind.TRIGGER_NOT_PERMITTED);
  }

  @Test
  void givesUpAtTheSearchLimitSayingSo() {
    NoRoute none =
        noRoute(Routes.plan(started(), "implement-and-evaluate", Set.copyOf(EVERY_ROLE), 1));

    assertThat(none.obstacles())
        .containsExactly(Obstacle.of(ObstacleKind.SEARCH_LIMIT, "1", List.of()));
  }

  @Test
  void saysWhenTheJournalIsFull() {
    ProcessInstance instance = started();
    int length = 100_000;
    int day = 1;
    while (length > 0) {
      Outcome outcome =
          instance.fire(
              Command.answer(
                  "what-do-you-think-of-the-reform", LEAD, String.valueOf((char) 1).repeat(length)),
              day(day));
      if (outcome.isAccepted()) {
        instance = outcome.instance();
      } else {
        assertThat(rejected(outcome).codes()).containsExactly(ReasonCode.JOURNAL_FULL);
        length /= 2;
      }
    }
    assertThat(
            rejected(instance.fire(Command.recordCriterion("political-anchoring", LEAD), day(day)))
                .codes())
        .containsExactly(ReasonCode.JOURNAL_FULL);

    NoRoute none = noRoute(Routes.plan(instance, "mapping", EVERY_ROLE));

    assertThat(none.obstacles())
        .containsExactly(
            Obstacle.of(ObstacleKind.JOURNAL_FULL, Long.toString(instance.version()), List.of()));
  }

  @Test
  void explainsAnObstacleInEachLanguage() {
    Obstacle obstacle =
        noRoute(
                Routes.plan(
                    inPhase("plan-and-decide"), "integrate-into-plans", Set.of(Role.PROCESS_LEAD)))
            .obstacles()
            .get(0);

    assertThat(obstacle.message(Language.BOKMAL))
        .isEqualTo(
            "ingen av rollene som er til stede, kan utløse \"adopt-plan\"; tillatte roller er"
                + " \"municipal-council\"");
    assertThat(obstacle.message(Language.NYNORSK))
        .isEqualTo(
            "ingen av rollene som er til stades, kan utløyse \"adopt-plan\"; tillatne roller er"
                + " \"municipal-council\"");
    assertThat(obstacle.message(Language.ENGLISH))
        .isEqualTo(
            "none of the roles at hand may fire \"adopt-plan\"; permitted roles are"
                + " \"municipal-council\"")
        .isEqualTo(obstacle.toString());
  }

  @Test
  void explainsEveryKindOfObstacleInEveryLanguage() {
    for (ObstacleKind kind : ObstacleKind.values()) {
      for (String subject : List.of("paused", "mapping")) {
        Obstacle obstacle = Obstacle.of(kind, subject, List.of(Role.PROCESS_LEAD));
        for (Language language : Language.values()) {
          assertThat(obstacle.message(language)).as(kind + " " + language).contains(subject);
        }
        assertThat(obstacle.message(Language.BOKMAL))
            .isNotEqualTo(obstacle.message(Language.ENGLISH));
      }
    }
    assertThat(
            Obstacle.of(ObstacleKind.PROCESS_NOT_ACTIVE, "paused", List.of())
                .message(Language.ENGLISH))
        .isEqualTo("the process is paused, and none of the roles at hand can resume it here");
  }

  @Test
  void looksStepAndObstacleKindsUpByCode() {
    for (StepKind kind : StepKind.values()) {
      assertThat(StepKind.fromCode(kind.code())).isSameAs(kind);
    }
    for (ObstacleKind kind : ObstacleKind.values()) {
      assertThat(ObstacleKind.fromCode(kind.code())).isSameAs(kind);
    }
    assertThatThrownBy(() -> ObstacleKind.fromCode("wall"))
        .isInstanceOf(UnknownCodeException.class);
  }
}
