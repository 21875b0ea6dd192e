package no.levehelelivet.process;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableSet;
import java.time.Clock;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * One step tried with the real engine: the step's command fired at an instance once for each role
 * at hand, with a note and evidence where it needs them, at the instant of the journal's last entry
 * so that the clock is never behind. Instances are immutable, so trying changes nothing the caller
 * holds; a journal that salts its texts does draw salts for the tried commands.
 */
final class StepTrial {

  /** The id of the actor the planner fires its trial commands as. */
  private static final String ACTOR = "route-planner";

  /** The note and evidence reference of trial commands, which never leave the planner. */
  private static final String TEXT = "route planning";

  /** The instance after the step, if some role's command was accepted. */
  private final @Nullable ProcessInstance after;

  /** The step, with the roles whose command the engine accepted. */
  private final RouteStep step;

  /** The engine's reasons, per role whose command it rejected. */
  private final ImmutableList<ImmutableList<Reason>> rejections;

  private StepTrial(
      @Nullable ProcessInstance after,
      RouteStep step,
      ImmutableList<ImmutableList<Reason>> rejections) {
    this.after = after;
    this.step = step;
    this.rejections = rejections;
  }

  /** Fires the step's command for every role at hand, in order. */
  static StepTrial of(ProcessInstance instance, RouteStep step, List<Role> roles) {
    Clock clock = Clock.fixed(instance.journal().last().orElseThrow().time(), ZoneOffset.UTC);
    ProcessInstance after = null;
    ImmutableSet.Builder<Role> accepted = ImmutableSet.builder();
    ImmutableList.Builder<ImmutableList<Reason>> rejections = ImmutableList.builder();
    for (Role role : roles) {
      Command command = step.command(Actor.of(ACTOR, role));
      if (step.isNoteRequired()) {
        command = command.withNote(TEXT);
      }
      if (step.isEvidenceRequired()) {
        command = command.withEvidence(TEXT);
      }
      Outcome outcome = instance.fire(command, clock);
      if (outcome.isAccepted()) {
        accepted.add(role);
        if (after == null) {
          after = outcome.instance();
        }
      } else {
        rejections.add(outcome.reasons());
      }
    }
    RouteStep permitted =
        RouteStep.of(
            step.kind(),
            step.phase(),
            step.status(),
            step.trigger(),
            step.criterion(),
            step.target(),
            accepted.build(),
            step.isNoteRequired(),
            step.isEvidenceRequired());
    return new StepTrial(after, permitted, rejections.build());
  }

  /** The instance after the step, if the engine accepted it from some role. */
  Optional<ProcessInstance> after() {
    return Optional.ofNullable(after);
  }

  /** The step with the roles the engine accepted it from. */
  RouteStep step() {
    return step;
  }

  /** Whether every rejection names the role as not permitted (true when no role was tried). */
  boolean isRoleRefused() {
    for (ImmutableList<Reason> reasons : rejections) {
      if (!has(reasons, ReasonCode.ROLE_NOT_PERMITTED)) {
        return false;
      }
    }
    return true;
  }

  /** Whether some rejection gives {@code code}. */
  boolean isRefusedWith(ReasonCode code) {
    for (ImmutableList<Reason> reasons : rejections) {
      if (has(reasons, code)) {
        return true;
      }
    }
    return false;
  }

  /** Every reason the engine gave, for a message when the planner cannot explain a refusal. */
  ImmutableList<ImmutableList<Reason>> rejections() {
    return rejections;
  }

  private static boolean has(ImmutableList<Reason> reasons, ReasonCode code) {
    for (Reason reason : reasons) {
      if (reason.code() == code) {
        return true;
      }
    }
    return false;
  }
}
