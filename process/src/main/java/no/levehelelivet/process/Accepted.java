package no.levehelelivet.process;

import com.google.common.collect.ImmutableList;
import no.levehelelivet.process.internal.TupleValue;
import no.levehelelivet.process.journal.JournalEntry;
import org.immutables.value.Value;

/**
 * An accepted command (<i>godtatt</i>): the new instance, the journal entry it appended and the
 * effects for the host to run after saving.
 *
 * <p>Immutable and thread-safe.
 */
@Value.Immutable
@TupleValue
public abstract non-sealed class Accepted implements Outcome {

  Accepted() {}

  /** The instance after the command. */
  @Override
  public abstract ProcessInstance instance();

  /** The journal entry the command appended. */
  public abstract JournalEntry entry();

  @Override
  public abstract ImmutableList<Effect> effects();

  @Override
  public boolean isAccepted() {
    return true;
  }

  @Override
  public ImmutableList<Reason> reasons() {
    return ImmutableList.of();
  }

  static Accepted of(ProcessInstance instance, JournalEntry entry, ImmutableList<Effect> effects) {
    return ImmutableAccepted.of(instance, entry, effects);
  }
}
