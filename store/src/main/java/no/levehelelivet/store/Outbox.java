package no.levehelelivet.store;

import com.google.common.collect.ImmutableList;
import java.time.Duration;

/**
 * The outbox (<i>utboks</i>): the effects of every stored step, written in the same transaction as
 * the step, handed out for delivery at least once and in order per process. Several application
 * nodes may drain one outbox: a claim takes effects no other live claim holds (on PostgreSQL with
 * {@code FOR UPDATE SKIP LOCKED}), and an effect is handed out only once every earlier effect of
 * its process is complete, so a process's effects are delivered in the order its steps caused them.
 *
 * <p>Thread-safe.
 */
public interface Outbox {

  /**
   * Claims up to {@code limit} effects for {@code lease}: effects not complete whose earlier
   * effects of the same process are complete, and which no lease holds, oldest first.
   *
   * @param limit the most effects to claim, from 1 to 10,000
   * @param lease how long the claim holds the effects; positive
   * @return the claimed effects, oldest first; empty if none is ready
   * @throws no.levehelelivet.core.InvalidValueException ({@code LHL-A-001}) if the limit is not
   *     from 1 to 10,000 or the lease is not positive
   * @throws StoreException ({@code LHL-L-900}) if the database fails
   */
  ImmutableList<OutboxEffect> claim(int limit, Duration lease);

  /**
   * Records that {@code effect} was delivered, so it is never handed out again.
   *
   * @param effect the effect, as claimed
   * @return whether the claim still held it; {@code false} if its lease ended and it was claimed
   *     again or completed by another claim
   * @throws StoreException ({@code LHL-L-900}) if the database fails
   */
  boolean complete(OutboxEffect effect);

  /**
   * Records that delivering {@code effect} failed with {@code error} and releases it, so that the
   * next claim hands it out again; the effects of its process after it wait for it.
   *
   * @param effect the effect, as claimed
   * @param error why delivering it failed, kept for the next attempt and for operators
   * @return whether the claim still held it
   * @throws StoreException ({@code LHL-L-900}) if the database fails
   */
  boolean fail(OutboxEffect effect, String error);

  /**
   * {@return the oldest {@code limit} effects not yet complete, in the order they were stored,
   * without claiming them: for an operator's view of what waits, not for delivery}
   *
   * @param limit the most effects to list, from 1 to 10,000
   * @throws no.levehelelivet.core.InvalidValueException ({@code LHL-A-001}) if the limit is not
   *     from 1 to 10,000
   * @throws StoreException ({@code LHL-L-900}) if the database fails
   */
  ImmutableList<PendingEffect> pending(int limit);

  /**
   * {@return how many effects are not yet complete}
   *
   * @throws StoreException ({@code LHL-L-900}) if the database fails
   */
  long pending();
}
