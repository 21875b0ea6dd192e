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

  /** How many processes were checked. */
  public abstract long checked();

  /** Every process whose chain does not hold, in ascending order of id. */
  public abstract ImmutableList<BrokenChain> broken();

  /** Whether every chain holds. */
  public boolean isIntact() {
    return broken().isEmpty();
  }

  /** The report of {@code checked} processes with {@code broken} chains. */
  public static AuditReport of(long checked, Iterable<? extends BrokenChain> broken) {
    return ImmutableAuditReport.of(checked, broken);
  }
}
