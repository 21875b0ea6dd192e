package no.levehelelivet.process;

import com.google.common.collect.ImmutableList;
import java.time.Clock;
import no.levehelelivet.process.journal.Journal;

/**
 * The process engine (<i>prosessmotoren</i>): fires commands at instances, says before acting what
 * an actor may do, and replays journals. Every method is a pure function of its arguments (and, for
 * firing, the clock's instant); the engine holds no state and is safe to use from any thread.
 *
 * <p>Firing checks, in this order and collecting every reason: the trigger is known ({@code
 * LHL-P-006}, alone); the expected version ({@code LHL-P-005}); the status ({@code LHL-P-001},
 * {@code LHL-P-012}); the phase ({@code LHL-P-002}); the role ({@code LHL-P-004}); each guarding
 * criterion ({@code LHL-P-003}); then what the command must carry: a note ({@code LHL-P-007}), a
 * revisit target ({@code LHL-P-008}), a known criterion or question ({@code LHL-P-009}, {@code
 * LHL-P-010}) and evidence ({@code LHL-P-011}).
 */
public final class ProcessEngine {

  private ProcessEngine() {}

  /**
   * Fires a command at an instance: {@link Accepted} with the new instance, the appended journal
   * entry (timed by {@code clock}) and the effects for the host, or {@link Rejected} with every
   * reason and the instance unchanged. Never throws for a rejected command.
   */
  public static Outcome fire(ProcessInstance instance, Command command, Clock clock) {
    return Firing.fire(instance, command, clock);
  }

  /**
   * Lists every trigger of the instance's definition with its verdict for {@code actor} — allowed,
   * or the reasons it is not — without firing anything.
   */
  public static ImmutableList<Verdict> verdicts(ProcessInstance instance, Actor actor) {
    return Firing.verdicts(instance, actor);
  }

  /**
   * Rebuilds an instance from its definition and journal; the result equals the instance built step
   * by step. A journal the definition does not allow is refused naming the entry's sequence number,
   * and a journal recorded under a different definition digest is refused with {@code LHL-R-002}.
   */
  public static ReplayResult replay(ProcessDefinition definition, Journal journal) {
    return Replayer.replay(definition, journal, null);
  }

  /**
   * Rebuilds an instance on a definition other than the one its journal was recorded under, mapping
   * phase codes as the migration says; the rebuilt instance runs on {@code definition}.
   */
  public static ReplayResult replay(
      ProcessDefinition definition, Journal journal, DefinitionMigration migration) {
    return Replayer.replay(definition, journal, migration);
  }
}
