package no.levehelelivet.store;

import com.google.common.collect.ImmutableList;
import no.levehelelivet.store.internal.StoreTuple;
import org.immutables.value.Value;

/**
 * What an audit of every stored process found (<i>revisjonsrapport</i>): how many processes were
 * checked, and each broken chain.
 *
 * <p>Immutable and thread-safe.
 */
@Value.Immutable
@StoreTuple
public abstract class AuditReport {

  AuditReport() {}

  /** {@return how many processes were checked} */
  public abstract long checked();

  /** {@return every process whose chain does not hold, in ascending order of id} */
  public abstract ImmutableList<BrokenChain> broken();

  /** {@return whether every chain holds} */
  public boolean isIntact() {
    return broken().isEmpty();
  }

  /**
   * {@return the report of {@code checked} processes with {@code broken} chains}
   *
   * @param checked how many processes were checked
   * @param broken every process whose chain does not hold, in ascending order of id
   */
  public static AuditReport of(long checked, Iterable<? extends BrokenChain> broken) {
    return ImmutableAuditReport.of(checked, broken);
  }
}
