package no.levehelelivet.process;

import com.google.common.collect.ImmutableSet;
import java.util.Optional;
import no.levehelelivet.process.internal.TupleValue;
import org.immutables.value.Value;

/**
 * One step of a route (<i>steg</i>): a command to issue — record a criterion, or fire a trigger —
 * with the phase and status the process will be in when it is issued, the roles that may issue it
 * and what it must carry. {@link #command(Actor)} builds the command for an actor; add a note when
 * {@link #isNoteRequired()} and evidence when {@link #isEvidenceRequired()}, and the engine accepts
 * it at that point of the route.
 *
 * <p>Immutable and thread-safe.
 */
@Value.Immutable
@TupleValue
public abstract class RouteStep {

  RouteStep() {}

  /** {@return whether the step records a criterion or fires a trigger} */
  public abstract StepKind kind();

  /** {@return the code of the phase the process is in when the step is taken} */
  public abstract String phase();

  /** {@return the status the process has when the step is taken} */
  public abstract ProcessStatus status();

  /** {@return the trigger of the command; {@link Trigger#RECORD_CRITERION} for a record step} */
  public abstract Trigger trigger();

  /** {@return the code of the criterion a record step records; empty for a fire step} */
  public abstract Optional<String> criterion();

  /** {@return the code of the phase a revisit goes back to; empty for every other step} */
  public abstract Optional<String> target();

  /**
   * {@return the roles, of those the route was planned for, that the engine accepts the command
   * from, in the definition's order; never empty}
   */
  public abstract ImmutableSet<Role> roles();

  /** {@return whether the command must carry a note saying why} */
  public abstract boolean isNoteRequired();

  /** {@return whether the command must carry at least one evidence reference} */
  public abstract boolean isEvidenceRequired();

  /**
   * Builds the step's command for {@code actor}, without note or evidence: add them with {@link
   * Command#withNote} and {@link Command#withEvidence} where the step requires them. Whether the
   * actor's role may issue it is the engine's to say when the command is fired.
   *
   * @param actor who is to fire the step, in which role
   * @return a command for the step's trigger, with its target, criterion or question set as the
   *     step needs
   */
  public Command command(Actor actor) {
    Command.Builder builder = Command.builder().trigger(trigger().code()).actor(actor);
    criterion().ifPresent(builder::criterion);
    target().ifPresent(builder::target);
    return builder.build();
  }

  static RouteStep of(
      StepKind kind,
      String phase,
      ProcessStatus status,
      Trigger trigger,
      Optional<String> criterion,
      Optional<String> target,
      ImmutableSet<Role> roles,
      boolean noteRequired,
      boolean evidenceRequired) {
    return ImmutableRouteStep.of(
        kind, phase, status, trigger, criterion, target, roles, noteRequired, evidenceRequired);
  }

  @Override
  public String toString() {
    return kind() == StepKind.RECORD
        ? "record " + criterion().orElse("") + " in " + phase()
        : trigger().code() + target().map(t -> " to " + t).orElse("") + " from " + phase();
  }
}
