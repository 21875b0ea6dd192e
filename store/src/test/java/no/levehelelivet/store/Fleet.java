package no.levehelelivet.store;

import static no.levehelelivet.store.Fixtures.ADMIN;
import static no.levehelelivet.store.Fixtures.ALSTAHAUG;
import static no.levehelelivet.store.Fixtures.BODO;
import static no.levehelelivet.store.Fixtures.COUNCIL;
import static no.levehelelivet.store.Fixtures.LEAD;
import static no.levehelelivet.store.Fixtures.PHASES;
import static no.levehelelivet.store.Fixtures.VEFSN;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import no.levehelelivet.core.Municipality;
import no.levehelelivet.process.Command;
import no.levehelelivet.process.ProcessDefinition;
import no.levehelelivet.process.ProcessInstance;
import no.levehelelivet.process.ProcessStatus;
import no.levehelelivet.process.StandardProcess;
import no.levehelelivet.process.Trigger;

/**
 * Twenty-five processes of three municipalities, spread over every phase and status, six of them on
 * a tailored definition, each with the deadline worked out by hand: the standard definition's one
 * milestone (local plans adopted, 31 December 2021) belongs to plan and decide, so a process not
 * yet past that phase has it as its next deadline; the tailored definition adds a target date for
 * integrate into plans; a completed or abandoned process has none.
 */
final class Fleet {

  static final int SIZE = 25;
  static final LocalDate MILESTONE = LocalDate.of(2021, 12, 31);
  static final LocalDate TAILORED_TARGET = LocalDate.of(2026, 9, 30);
  static final ProcessDefinition TAILORED =
      ProcessDefinition.standard()
          .tailor("vefsn-tilpasset", 1)
          .targetDate(StandardProcess.INTEGRATE_INTO_PLANS, TAILORED_TARGET)
          .build();

  /** One process of the fleet as planned. */
  record Plan(
      String id,
      Municipality municipality,
      ProcessDefinition definition,
      String phase,
      ProcessStatus status,
      Optional<LocalDate> deadline) {

    /** The process, fired in memory into its phase and status. */
    ProcessInstance instance() {
      List<Command> steps = new ArrayList<>(Fixtures.stepsTo(phase));
      switch (status) {
        case PAUSED -> steps.add(Command.of(Trigger.PAUSE, LEAD).withNote("waiting for budget"));
        case ABANDONED ->
            steps.add(Command.of(Trigger.ABANDON, COUNCIL).withNote("merged with a neighbour"));
        case COMPLETED -> {
          steps.add(Fixtures.record(ADMIN, StandardProcess.EVALUATION_RECORDED));
          steps.add(Command.of(Trigger.COMPLETE, ADMIN));
        }
        case ACTIVE -> {}
      }
      return Fixtures.fired(Fixtures.started(definition, id, municipality), steps);
    }
  }

  private Fleet() {}

  /** The plans, in the order they are created: not the order of their ids. */
  static List<Plan> plans() {
    List<Plan> plans = new ArrayList<>();
    for (int n = 0; n < SIZE; n++) {
      plans.add(plan(n * 7 % SIZE));
    }
    return plans;
  }

  /** Creates every process of the fleet in {@code store}. */
  static List<Plan> createIn(ProcessStore store) {
    List<Plan> plans = plans();
    for (Plan plan : plans) {
      if (!store.create(plan.instance()).isSaved()) {
        throw new AssertionError("not saved: " + plan.id());
      }
    }
    return plans;
  }

  private static Plan plan(int i) {
    String phase = PHASES.get(i % 5);
    ProcessStatus status;
    if (phase.equals(StandardProcess.IMPLEMENT_AND_EVALUATE) && i % 2 == 0) {
      status = ProcessStatus.COMPLETED;
    } else if (i % 6 == 1) {
      status = ProcessStatus.PAUSED;
    } else if (i % 8 == 2) {
      status = ProcessStatus.ABANDONED;
    } else {
      status = ProcessStatus.ACTIVE;
    }
    ProcessDefinition definition = i % 4 == 3 ? TAILORED : ProcessDefinition.standard();
    Optional<LocalDate> deadline;
    if (status.isFinal()) {
      deadline = Optional.empty();
    } else if (PHASES.indexOf(phase) <= 2) {
      deadline = Optional.of(MILESTONE);
    } else if (definition == TAILORED && phase.equals(StandardProcess.INTEGRATE_INTO_PLANS)) {
      deadline = Optional.of(TAILORED_TARGET);
    } else {
      deadline = Optional.empty();
    }
    Municipality municipality = List.of(VEFSN, ALSTAHAUG, BODO).get(i % 3);
    return new Plan(
        String.format("fleet-%02d", i), municipality, definition, phase, status, deadline);
  }
}
