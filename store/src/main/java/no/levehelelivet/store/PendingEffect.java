package no.levehelelivet.store;

import java.time.Instant;
import java.util.Optional;
import no.levehelelivet.process.Effect;
import no.levehelelivet.store.internal.StoreTuple;
import org.immutables.value.Value;

/**
 * An effect in the outbox not yet complete (<i>ventende oppfølging</i>), as {@link
 * Outbox#pending(int)} shows it without claiming it: the effect, how many times it has been
 * claimed, why the last attempt failed, and until when a claim holds it.
 *
 * <p>Immutable and thread-safe.
 */
@Value.Immutable
@StoreTuple
public abstract class PendingEffect {

  PendingEffect() {}

  /** {@return the effect} */
  public abstract Effect effect();

  /** {@return how many times it has been claimed; 0 if never} */
  public abstract int attempts();

  /** {@return why the last attempt failed, as given to {@link Outbox#fail}, if it did} */
  public abstract Optional<String> lastError();

  /**
   * {@return when the lease of the claim that holds it ends, if a claim holds it or held it last}
   */
  public abstract Optional<Instant> leaseUntil();

  /** {@return the effect's idempotency key} */
  public String idempotencyKey() {
    return effect().idempotencyKey();
  }

  /**
   * {@return a pending effect from its parts}
   *
   * @param effect the effect
   * @param attempts how many times it has been claimed; 0 if never
   * @param lastError why the last attempt failed, as given to {@link Outbox#fail}, if it did
   * @param leaseUntil when the lease of the claim that holds it ends, if a claim holds it or held
   *     it last
   */
  public static PendingEffect of(
      Effect effect,
      int attempts,
      Optional<String> lastError,
      Optional<? extends Instant> leaseUntil) {
    return ImmutablePendingEffect.of(effect, attempts, lastError, leaseUntil);
  }
}
