package no.levehelelivet.process;

import static no.levehelelivet.process.Fixtures.ADMIN;
import static no.levehelelivet.process.Fixtures.COUNCIL;
import static no.levehelelivet.process.Fixtures.LEAD;
import static no.levehelelivet.process.Fixtures.T0;
import static no.levehelelivet.process.Fixtures.VEFSN;
import static no.levehelelivet.process.Fixtures.accept;
import static no.levehelelivet.process.Fixtures.accepted;
import static no.levehelelivet.process.Fixtures.day;
import static no.levehelelivet.process.Fixtures.inPhase;
import static no.levehelelivet.process.Fixtures.record;
import static no.levehelelivet.process.Fixtures.started;
import static org.assertj.core.api.Assertions.assertThat;

import com.google.common.collect.ImmutableMap;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import no.levehelelivet.process.history.Answer;
import no.levehelelivet.process.history.Move;
import no.levehelelivet.process.history.PhaseVisit;
import no.levehelelivet.process.history.ProcessHistory;
import no.levehelelivet.process.journal.Journal;
import no.levehelelivet.process.journal.JournalCodec;
import org.junit.jupiter.api.Test;

/** History queries, effects for the host, and deadlines past due. */
class HistoryAndTimeTest {

  @Test
  void listsPhaseVisitsWithEntryAndExitTimes() {
    ProcessInstance instance = inPhase("plan-and-decide");
    ProcessHistory history = instance.history();
    assertThat(history.phaseVisits())
        .extracting(PhaseVisit::phase)
        .containsExactly("start-up", "mapping", "plan-and-decide");
    PhaseVisit startUp = history.phaseVisits().get(0);
    assertThat(startUp.enteredAt()).isEqualTo(T0);
    // inPhase records three criteria on days 1-3 and begins mapping on day 4
    assertThat(startUp.exitedAt()).hasValue(T0.plus(Duration.ofDays(4)));
    assertThat(history.phaseVisits().get(2).isOpen()).isTrue();
  }

  @Test
  void sumsTheTimeSpentPerPhaseOverEveryVisit() {
    ProcessInstance instance = inPhase("mapping"); // mapping entered on day 4
    instance = accept(instance, Command.revisit("start-up", LEAD, "Thin anchoring"), 10);
    instance = accept(instance, Command.of(Trigger.BEGIN_MAPPING, LEAD), 12);
    ImmutableMap<String, Duration> spent = instance.history().timeSpent(day(20).instant());
    assertThat(spent.get("start-up")).isEqualTo(Duration.ofDays(4 + 2));
    assertThat(spent.get("mapping")).isEqualTo(Duration.ofDays(6 + 8));
    assertThat(instance.history().timeSpent("plan-and-decide", day(20).instant())).isZero();
  }

  @Test
  void saysWhoMovedTheProcessAndWhy() {
    ProcessInstance instance = inPhase("mapping");
    instance = accept(instance, Command.of(Trigger.PAUSE, ADMIN).withNote("Budget freeze"), 10);
    ProcessHistory history = instance.history();
    assertThat(history.moves()).extracting(Move::trigger).containsExactly("begin-mapping", "pause");
    Move pause = history.moves().get(1);
    assertThat(pause.actorId()).isEqualTo("ola.kommunedirektor");
    assertThat(pause.role()).isEqualTo("administrative-leadership");
    assertThat(pause.note()).hasValue("Budget freeze");
    assertThat(pause.status()).isEqualTo(ProcessStatus.PAUSED);
    assertThat(pause.entry()).isEqualTo(instance.journal().entry(pause.sequence()));
  }

  @Test
  void readsTheSameHistoryFromAJournalReadBackFromStorage() {
    ProcessInstance instance = inPhase("plan-and-decide");
    instance = accept(instance, Command.answer("who-can-help", LEAD, "The volunteer centre"), 30);
    Journal stored = JournalCodec.read(JournalCodec.write(instance.journal()));
    ProcessHistory history = ProcessHistory.from(stored);
    assertThat(history.phaseVisits()).isEqualTo(instance.history().phaseVisits());
    assertThat(history.moves()).isEqualTo(instance.history().moves());
    assertThat(history.answers()).extracting(Answer::question).containsExactly("who-can-help");
    assertThat(history.answers().get(0).sequence()).isEqualTo(instance.version());
    assertThat(history.asOf(instance.version() - 1).answers()).isEmpty();
  }

  @Test
  void answersAsOfAnyPointInTheJournal() {
    ProcessInstance instance = inPhase("plan-and-decide");
    ProcessHistory early = instance.history().asOf(4);
    assertThat(early.sequence()).isEqualTo(4);
    assertThat(early.phaseVisits()).extracting(PhaseVisit::phase).containsExactly("start-up");
    assertThat(early.moves()).isEmpty();
    assertThat(instance.history().asOf(5).phaseVisits())
        .extracting(PhaseVisit::phase)
        .containsExactly("start-up", "mapping");
  }

  @Test
  void closesTheLastVisitWhenTheProcessIsAbandoned() {
    ProcessInstance abandoned =
        accept(started(), Command.of(Trigger.ABANDON, COUNCIL).withNote("Merged"), 3);
    PhaseVisit visit = abandoned.history().phaseVisits().get(0);
    assertThat(visit.exitedAt()).hasValue(day(3).instant());
    assertThat(abandoned.history().timeSpent(day(100).instant()).get("start-up"))
        .isEqualTo(Duration.ofDays(3));
  }

  @Test
  void tellsTheHostWhomToNotifyAndReportsAMilestoneAlreadyPastInsteadOfSchedulingIt() {
    ProcessInstance instance = inPhase("mapping");
    instance = record(instance, LEAD, "challenge-picture-described", 10);
    instance = record(instance, LEAD, "citizen-dialogue-held", 11);
    instance = record(instance, LEAD, "focus-areas-assessed", 12);
    Accepted accepted = accepted(instance.fire(Command.of(Trigger.BEGIN_PLANNING, LEAD), day(13)));
    long sequence = accepted.entry().sequence();
    Cause cause = new Cause("vefsn-lhl-1", sequence, "begin-planning");
    // 2026-01-18 is long after the national milestone of 2021-12-31: past, not to be scheduled
    assertThat(accepted.effects())
        .containsExactly(
            NotifyRoles.of(cause, 0, "plan-and-decide", java.util.List.of(Role.MUNICIPAL_COUNCIL)),
            ReportOverdue.of(
                cause,
                1,
                Deadline.of(
                    DeadlineKind.MILESTONE,
                    "local-plans-adopted",
                    "plan-and-decide",
                    LocalDate.of(2021, 12, 31))));
    assertThat(accepted.effects()).noneMatch(ScheduleDeadline.class::isInstance);
  }

  @Test
  void schedulesADeadlineDueOnTheDayOfTheStepInNorwaysTime() {
    // 2026-01-07T23:30Z is already 2026-01-08 in Oslo: a target on the 7th is past, the 8th is not
    for (LocalDate target : List.of(LocalDate.of(2026, 1, 7), LocalDate.of(2026, 1, 8))) {
      ProcessInstance planned =
          ProcessInstance.start(
              ProcessDefinition.standard(),
              "planned",
              VEFSN,
              LEAD,
              day(0),
              ImmutableMap.of("start-up", target));
      Accepted paused =
          accepted(planned.fire(Command.of(Trigger.PAUSE, LEAD).withNote("x"), day(1)));
      Accepted resumed =
          accepted(
              paused
                  .instance()
                  .fire(
                      Command.of(Trigger.RESUME, LEAD).withNote("y"),
                      Clock.fixed(Instant.parse("2026-01-07T23:30:00Z"), ZoneOffset.UTC)));
      Effect deadline = resumed.effects().get(1);
      assertThat(deadline)
          .as(target.toString())
          .isInstanceOf(target.getDayOfMonth() == 7 ? ReportOverdue.class : ScheduleDeadline.class);
    }
  }

  @Test
  void schedulesTheInstancesOwnTargetDateWhenEnteringAPhase() {
    ProcessInstance planned =
        ProcessInstance.start(
            ProcessDefinition.standard(),
            "planned",
            VEFSN,
            LEAD,
            day(0),
            ImmutableMap.of("mapping", LocalDate.of(2026, 6, 30)));
    planned = record(planned, ADMIN, "administrative-anchoring", 1);
    planned = record(planned, ADMIN, "political-anchoring", 1);
    planned = record(planned, ADMIN, "process-team-appointed", 1);
    Accepted accepted = accepted(planned.fire(Command.of(Trigger.BEGIN_MAPPING, ADMIN), day(2)));
    assertThat(accepted.effects())
        .contains(
            ScheduleDeadline.of(
                new Cause("planned", 5, "begin-mapping"),
                1,
                Deadline.of(
                    DeadlineKind.PHASE_TARGET, "mapping", "mapping", LocalDate.of(2026, 6, 30))));
  }

  @Test
  void cancelsDeadlinesWhenPausedCompletedOrAbandonedAndHasNoEffectsForRecords() {
    ProcessInstance instance = started();
    Accepted pause = accepted(instance.fire(Command.of(Trigger.PAUSE, LEAD).withNote("x"), day(1)));
    assertThat(pause.effects())
        .containsExactly(
            CancelDeadlines.of(new Cause("vefsn-lhl-1", 2, "pause"), ProcessStatus.PAUSED));
    Accepted abandon =
        accepted(instance.fire(Command.of(Trigger.ABANDON, ADMIN).withNote("x"), day(1)));
    assertThat(abandon.effects())
        .containsExactly(
            CancelDeadlines.of(new Cause("vefsn-lhl-1", 2, "abandon"), ProcessStatus.ABANDONED));
    Accepted record =
        accepted(instance.fire(Command.recordCriterion("political-anchoring", ADMIN), day(1)));
    assertThat(record.effects()).isEmpty();
  }

  @Test
  void pausingTellsNoOneItIsTheirTurnAndResumingDoes() {
    ProcessInstance paused =
        accept(started(), Command.of(Trigger.PAUSE, LEAD).withNote("Election"), 1);
    Accepted pause =
        accepted(started().fire(Command.of(Trigger.PAUSE, LEAD).withNote("Election"), day(1)));
    assertThat(pause.effects()).noneMatch(NotifyRoles.class::isInstance);
    Accepted resume =
        accepted(paused.fire(Command.of(Trigger.RESUME, LEAD).withNote("New council"), day(2)));
    assertThat(resume.effects()).first().isInstanceOf(NotifyRoles.class);
  }

  @Test
  void namesTheStepThatCausedEachEffectWithAStableIdempotencyKey() {
    ProcessInstance instance = inPhase("mapping");
    instance = record(instance, LEAD, "challenge-picture-described", 10);
    instance = record(instance, LEAD, "citizen-dialogue-held", 11);
    instance = record(instance, LEAD, "focus-areas-assessed", 12);
    Command command = Command.of(Trigger.BEGIN_PLANNING, LEAD);
    Accepted first = accepted(instance.fire(command, day(13)));
    // a host that crashed before saving fires the same command again, later, on the reloaded
    // instance
    ProcessInstance reloaded =
        ProcessInstance.replay(ProcessDefinition.standard(), instance.journal()).orElseThrow();
    Accepted retried = accepted(reloaded.fire(command, day(14)));
    long sequence = instance.version() + 1;
    assertThat(first.effects())
        .extracting(Effect::idempotencyKey)
        .containsExactly(
            "vefsn-lhl-1/" + sequence + "/0/notify-roles",
            "vefsn-lhl-1/" + sequence + "/1/report-overdue");
    assertThat(retried.effects())
        .extracting(Effect::idempotencyKey)
        .isEqualTo(first.effects().stream().map(Effect::idempotencyKey).toList());
    for (Effect effect : first.effects()) {
      assertThat(effect.processId()).isEqualTo("vefsn-lhl-1");
      assertThat(effect.sequence()).isEqualTo(first.entry().sequence());
      assertThat(effect.trigger()).isEqualTo("begin-planning");
    }
  }

  @Test
  void listsPhasesAndMilestonesPastDue() {
    ProcessInstance planned =
        ProcessInstance.start(
            ProcessDefinition.standard(),
            "late",
            VEFSN,
            LEAD,
            day(0),
            ImmutableMap.of(
                "start-up", LocalDate.of(2026, 2, 1), "mapping", LocalDate.of(2026, 9, 1)));
    LocalDate march = LocalDate.of(2026, 3, 1);
    assertThat(planned.overdue(march))
        .containsExactly(
            Deadline.of(
                DeadlineKind.PHASE_TARGET, "start-up", "start-up", LocalDate.of(2026, 2, 1)),
            Deadline.of(
                DeadlineKind.MILESTONE,
                "local-plans-adopted",
                "plan-and-decide",
                LocalDate.of(2021, 12, 31)));
    LocalDate january = LocalDate.of(2026, 1, 31);
    assertThat(planned.overdue(january))
        .extracting(Deadline::kind)
        .containsExactly(DeadlineKind.MILESTONE);
  }

  @Test
  void listsNothingPastDueOnceThePlanIsAdoptedOrTheProcessEnded() {
    LocalDate later = LocalDate.of(2030, 1, 1);
    assertThat(inPhase("integrate-into-plans").overdue(later)).isEmpty();
    ProcessInstance abandoned =
        accept(started(), Command.of(Trigger.ABANDON, COUNCIL).withNote("Merged"), 3);
    assertThat(abandoned.overdue(later)).isEmpty();
  }
}
