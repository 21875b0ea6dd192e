package no.levehelelivet.examples;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import no.levehelelivet.process.Effect;

/**
 * Part of example 4: the receiver of the service's effects (<i>varslingstjeneste</i>), a stand-in
 * for the system that sends the notifications and keeps the deadlines. The outbox hands an effect
 * out at least once, so the receiver keeps the idempotency key of every effect it has acted on and
 * drops a repeat: together they act on each effect exactly once.
 *
 * <p>A real receiver keeps the keys durably, in the same transaction as what it does with the
 * effect. Thread-safe.
 */
final class NotificationReceiver {

  private final Set<String> keys = new HashSet<>();
  private final List<String> actedOn = new ArrayList<>();
  private int repeats;

  /** Acts on {@code effect} unless its key was seen before; whether it was new. */
  synchronized boolean receive(Effect effect) {
    if (!keys.add(effect.idempotencyKey())) {
      repeats++;
      return false;
    }
    actedOn.add(effect.idempotencyKey());
    return true;
  }

  /** The keys of the effects acted on, in the order they came. */
  synchronized List<String> actedOn() {
    return List.copyOf(actedOn);
  }

  /** How many repeats were dropped. */
  synchronized int repeatsDropped() {
    return repeats;
  }
}
