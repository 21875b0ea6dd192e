package no.levehelelivet.process;

import com.google.common.collect.ImmutableList;
import java.util.Objects;
import no.levehelelivet.process.journal.JournalEntry;
import org.jspecify.annotations.Nullable;

/**
 * An accepted command (<i>godtatt</i>): the new instance, the journal entry it appended and the
 * effects for the host to run after saving.
 *
 * <p>The effects are made when first asked for, from what the step did; they are the same whenever
 * they are asked for. Two accepted outcomes are equal when their instances, entries and effects
 * are. Immutable and thread-safe.
 */
public final class Accepted implements Outcome {

  private final ProcessInstance instance;
  private final JournalEntry entry;
  private final EffectsPlan plan;

  /**
   * The effects, once made. Racy but safe: every thread makes equal effects from the same final
   * fields, and an immutable list of immutable values is safe to publish without a lock.
   */
  private @Nullable ImmutableList<Effect> effects;

  private Accepted(ProcessInstance instance, JournalEntry entry, EffectsPlan plan) {
    this.instance = instance;
    this.entry = entry;
    this.plan = plan;
  }

  /** The instance after the command. */
  @Override
  public ProcessInstance instance() {
    return instance;
  }

  /** {@return the journal entry the command appended} */
  public JournalEntry entry() {
    return entry;
  }

  @Override
  public ImmutableList<Effect> effects() {
    ImmutableList<Effect> made = effects;
    if (made == null) {
      made = plan.effects(instance, entry);
      effects = made;
    }
    return made;
  }

  @Override
  public boolean isAccepted() {
    return true;
  }

  @Override
  public ImmutableList<Reason> reasons() {
    return ImmutableList.of();
  }

  /** The outcome of a step that appended {@code entry}, its effects made from {@code plan}. */
  static Accepted of(ProcessInstance instance, JournalEntry entry, EffectsPlan plan) {
    return new Accepted(instance, entry, plan);
  }

  /** Whether {@code other} is an accepted outcome with an equal instance, entry and effects. */
  @Override
  public boolean equals(@Nullable Object other) {
    return this == other
        || (other instanceof Accepted that
            && instance.equals(that.instance)
            && entry.equals(that.entry)
            && effects().equals(that.effects()));
  }

  @Override
  public int hashCode() {
    return Objects.hash(instance, entry, effects());
  }

  @Override
  public String toString() {
    return "Accepted{instance=" + instance + ", entry=" + entry + ", effects=" + effects() + "}";
  }
}
