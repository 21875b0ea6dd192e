package no.levehelelivet.store;

import java.time.Instant;
import java.util.Optional;
import no.levehelelivet.process.Effect;
import no.levehelelivet.store.internal.StoreTuple;
import org.immutables.value.Value;

/**
 * An effect claimed from the outbox (<i>utboks</i>) for delivery: the effect, with its stable
 * idempotency key, the claim that holds it until the lease ends, and how many times it has been
 * claimed. Deliver it, then {@linkplain Outbox#complete complete} it, or {@linkplain Outbox#fail
 * fail} it so that it is claimed again; a lease that ends first makes it claimable again too, so a
 * receiver may see the same key more than once and should drop repeats.
 *
 * <p>Immutable and thread-safe.
 */
@Value.Immutable
@StoreTuple
public abstract class OutboxEffect {

  OutboxEffect() {}

  /** {@return the effect to deliver} */
  public abstract Effect effect();

  /** {@return the claim that holds the effect (<i>krav</i>), unique to this claiming} */
  public abstract String claimId();

  /** {@return when the lease ends and the effect may be claimed again} */
  public abstract Instant leaseUntil();

  /** {@return how many times the effect has been claimed, this claim included; 1 the first time} */
  public abstract int attempt();

  /** {@return why the previous attempt failed, as given to {@link Outbox#fail}, if it did} */
  public abstract Optional<String> lastError();

  /** {@return the effect's idempotency key, the same at every attempt} */
  public String idempotencyKey() {
    return effect().idempotencyKey();
  }

  /**
   * {@return a claimed effect from its parts}
   *
   * @param effect the effect to deliver
   * @param claimId the claim that holds the effect (<i>krav</i>), unique to this claiming
   * @param leaseUntil when the lease ends and the effect may be claimed again
   * @param attempt how many times the effect has been claimed, this claim included; 1 the first
   *     time
   * @param lastError why the previous attempt failed, as given to {@link Outbox#fail}, if it did
   */
  public static OutboxEffect of(
      Effect effect, String claimId, Instant leaseUntil, int attempt, Optional<String> lastError) {
    return ImmutableOutboxEffect.of(effect, claimId, leaseUntil, attempt, lastError);
  }
}
