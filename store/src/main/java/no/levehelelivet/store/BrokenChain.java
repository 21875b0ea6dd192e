package no.levehelelivet.store;

import no.levehelelivet.core.ErrorCode;
import no.levehelelivet.store.internal.StoreTuple;
import org.immutables.value.Value;

/**
 * A stored process whose chain does not hold (<i>brutt kjede</i>), as {@link
 * ProcessStore#verifyAll} reports it: the process, the sequence number of the first entry that
 * fails, and why.
 *
 * <p>Immutable and thread-safe.
 */
@Value.Immutable
@StoreTuple
public abstract class BrokenChain {

  BrokenChain() {}

  /** {@return the id of the process} */
  public abstract String processId();

  /** {@return the sequence number of the first entry that fails; 0 for the process as a whole} */
  public abstract long sequence();

  /**
   * {@return why it fails: a store code ({@code LHL-L}) and, within its message, a journal code}
   */
  public abstract ErrorCode code();

  /** {@return what fails, in English, naming the process and sequence number} */
  public abstract String message();

  /**
   * {@return the broken chain of the failure {@code failure}}
   *
   * @param failure the failure that loading the process met, naming the process and, where it
   *     applies, the entry
   */
  public static BrokenChain of(StoreException failure) {
    return ImmutableBrokenChain.of(
        failure.processId().orElse(""),
        failure.sequence().orElse(0),
        failure.code(),
        String.valueOf(failure.getMessage()));
  }
}
