package no.levehelelivet.store;

import com.google.common.collect.ImmutableList;
import no.levehelelivet.process.Effect;
import no.levehelelivet.process.ProcessInstance;
import no.levehelelivet.process.journal.JournalEntry;
import no.levehelelivet.store.internal.StoreTuple;
import org.immutables.value.Value;

/**
 * A stored step (<i>lagret</i>): the process as now stored, the journal entries the step added, and
 * the effects the step caused, which are in the outbox, committed with the entries.
 *
 * <p>Immutable and thread-safe.
 */
@Value.Immutable
@StoreTuple
public abstract non-sealed class Saved implements StoreResult {

  Saved() {}

  /** {@return the process as now stored} */
  public abstract ProcessInstance instance();

  /**
   * {@return the journal entries the step added, in order; every entry of a newly created process}
   */
  public abstract ImmutableList<JournalEntry> entries();

  /**
   * {@return the effects the step caused (<i>oppfølging</i>), as written to the outbox, in order}
   */
  public abstract ImmutableList<Effect> effects();

  /** {@return the stored version of the process: the sequence number of its last entry} */
  public long version() {
    return instance().version();
  }

  @Override
  public boolean isSaved() {
    return true;
  }

  /**
   * {@return a stored step of {@code instance} that added {@code entries} and caused {@code
   * effects}}
   *
   * @param instance the process as now stored
   * @param entries the journal entries the step added, in order; every entry of a newly created
   *     process
   * @param effects the effects the step caused (<i>oppfølging</i>), in order
   */
  public static Saved of(
      ProcessInstance instance,
      Iterable<? extends JournalEntry> entries,
      Iterable<? extends Effect> effects) {
    return ImmutableSaved.of(instance, entries, effects);
  }
}
