package no.levehelelivet.benchmarks.rivals;

import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * A command for a rival machine: the trigger, who fires it in which role, and what the trigger
 * needs (note, revisit target, criterion, evidence). The rivals' counterpart of our {@code
 * Command}.
 */
public record Cmd(
    Trigger trigger,
    String actorId,
    Role role,
    @Nullable String note,
    @Nullable Phase target,
    @Nullable Criterion criterion,
    List<String> evidence) {

  /** A plain trigger. */
  public static Cmd of(Trigger trigger, String actorId, Role role) {
    return new Cmd(trigger, actorId, role, null, null, null, List.of());
  }

  /** Recording a criterion, with evidence references. */
  public static Cmd record(Criterion criterion, String actorId, Role role, String... evidence) {
    return new Cmd(
        Trigger.RECORD_CRITERION, actorId, role, null, null, criterion, List.of(evidence));
  }

  /** Going back to an earlier phase, saying why. */
  public static Cmd revisit(Phase target, String actorId, Role role, String note) {
    return new Cmd(Trigger.REVISIT, actorId, role, note, target, null, List.of());
  }
}
