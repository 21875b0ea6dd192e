package no.levehelelivet.benchmarks.rivals;

import java.time.Clock;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * A rival process's state beside the machine's current state: the criteria recorded, whether it is
 * paused, and every accepted transition in order (the counterpart of our journal, without the
 * digests). The adapter puts the command being fired in {@link #pending} before firing, because the
 * rivals' guards see the machine's context, not the event's arguments.
 *
 * <p>Not thread-safe, like the machines it belongs to.
 */
public final class Ledger {

  private static final EnumSet<Criterion> CYCLE_RESETS =
      EnumSet.range(Criterion.CHALLENGE_PICTURE_DESCRIBED, Criterion.EVALUATION_RECORDED);

  private final Clock clock;
  private final EnumSet<Criterion> criteria = EnumSet.noneOf(Criterion.class);
  private final ArrayList<Recorded> entries = new ArrayList<>();
  private boolean paused;
  private boolean accepted;
  private @Nullable Cmd pending;

  /** A ledger timing its entries by {@code clock}. */
  public Ledger(Clock clock) {
    this.clock = clock;
  }

  /** Records the start of the process: the first entry. */
  public void start(String actorId, Role role) {
    entries.add(
        new Recorded(
            1,
            clock.instant(),
            actorId,
            role,
            Trigger.START,
            Phase.START_UP,
            Phase.START_UP,
            false,
            null,
            null,
            List.of()));
  }

  /** Puts {@code cmd} where the guards and actions will find it; clears the accepted flag. */
  public void prepare(Cmd cmd) {
    pending = cmd;
    accepted = false;
  }

  /** The command being fired. */
  public Cmd pending() {
    Cmd cmd = pending;
    if (cmd == null) {
      throw new IllegalStateException("no command is being fired");
    }
    return cmd;
  }

  /** Whether the command last prepared was accepted (recorded). */
  public boolean wasAccepted() {
    return accepted;
  }

  /** Records the pending command's transition from {@code from} to {@code to}, and its effects. */
  public void record(Phase from, Phase to) {
    Cmd cmd = pending();
    switch (cmd.trigger()) {
      case RECORD_CRITERION -> {
        Criterion criterion = cmd.criterion();
        if (criterion != null) {
          criteria.add(criterion);
        }
      }
      case PAUSE -> paused = true;
      case RESUME -> paused = false;
      case START_NEW_CYCLE -> criteria.removeAll(CYCLE_RESETS);
      default -> {}
    }
    entries.add(
        new Recorded(
            entries.size() + 1L,
            clock.instant(),
            cmd.actorId(),
            cmd.role(),
            cmd.trigger(),
            from,
            to,
            paused,
            cmd.note(),
            cmd.criterion(),
            cmd.evidence()));
    accepted = true;
  }

  /** Whether every criterion in {@code required} is recorded. */
  boolean hasMet(Set<Criterion> required) {
    return criteria.containsAll(required);
  }

  /** Whether the process is paused. */
  boolean isPaused() {
    return paused;
  }

  /** The number of recorded entries. */
  public int size() {
    return entries.size();
  }
}
