package no.levehelelivet.examples;

import java.io.PrintStream;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import no.levehelelivet.process.DeadlineKind;
import no.levehelelivet.process.Effect;
import no.levehelelivet.process.NotifyRoles;
import no.levehelelivet.process.Role;
import no.levehelelivet.process.ScheduleDeadline;
import no.levehelelivet.store.Outbox;
import no.levehelelivet.store.OutboxEffect;

/**
 * Part of example 4: the dispatcher (<i>utsender</i>) that drains the outbox — claims the effects
 * the steps left there, hands each to the {@link NotificationReceiver}, and completes it once the
 * receiver has it. A dispatcher that dies between the two leaves its claim to run out; the next
 * claim hands the effect out again, and the receiver drops the repeat by its idempotency key.
 */
final class OutboxDispatcher {

  /** How many effects one claim takes at most. */
  static final int BATCH = 20;

  private final String name;
  private final Outbox outbox;
  private final Duration lease;
  private final PrintStream out;

  OutboxDispatcher(String name, Outbox outbox, Duration lease, PrintStream out) {
    this.name = name;
    this.outbox = outbox;
    this.lease = lease;
    this.out = out;
  }

  /** Delivers and completes effects until a claim finds none; how many it completed. */
  int drain(NotificationReceiver receiver) {
    int completed = 0;
    for (List<OutboxEffect> batch = outbox.claim(BATCH, lease);
        !batch.isEmpty();
        batch = outbox.claim(BATCH, lease)) {
      for (OutboxEffect claimed : batch) {
        deliver(claimed, receiver);
        if (outbox.complete(claimed)) {
          completed++;
        } else {
          say("lost the claim of " + claimed.idempotencyKey() + " before completing it");
        }
      }
    }
    return completed;
  }

  /**
   * Claims one effect and delivers it, then stops before completing it, as a node that dies at that
   * moment would; the effect it delivered, if there was one.
   */
  Optional<OutboxEffect> dieAfterDeliveringOne(NotificationReceiver receiver) {
    List<OutboxEffect> batch = outbox.claim(1, lease);
    if (batch.isEmpty()) {
      return Optional.empty();
    }
    deliver(batch.get(0), receiver);
    say("stops before completing it: its claim holds until " + batch.get(0).leaseUntil());
    return Optional.of(batch.get(0));
  }

  private void deliver(OutboxEffect claimed, NotificationReceiver receiver) {
    boolean first = receiver.receive(claimed.effect());
    say(
        (first ? "delivers " : "delivers again, and the receiver drops the repeat: ")
            + claimed.idempotencyKey()
            + " (attempt "
            + claimed.attempt()
            + ")"
            + (first ? ": " + describe(claimed.effect()) : ""));
  }

  private void say(String line) {
    out.println("  [" + name + "] " + line);
  }

  private static String describe(Effect effect) {
    if (effect instanceof NotifyRoles notify) {
      return "notify "
          + notify.roles().stream().map(Role::code).collect(Collectors.joining(", "))
          + " that the process is in "
          + notify.phase();
    }
    if (effect instanceof ScheduleDeadline schedule) {
      return "schedule "
          + (schedule.deadline().kind() == DeadlineKind.PHASE_TARGET
              ? "the target date of " + schedule.deadline().phase()
              : "the milestone " + schedule.deadline().code())
          + ", "
          + schedule.deadline().due();
    }
    return effect.kind();
  }
}
