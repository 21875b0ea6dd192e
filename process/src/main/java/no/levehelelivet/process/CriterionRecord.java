package no.levehelelivet.process;

import com.google.common.collect.ImmutableList;
import java.time.Instant;
import java.util.Optional;
import no.levehelelivet.process.internal.TupleValue;
import org.immutables.value.Value;

/**
 * The record that a criterion is met (<i>registrert kriterium</i>): who recorded it, in which role,
 * when, with which evidence references and note, and the journal entry that did.
 *
 * <p>Immutable and thread-safe.
 */
@Value.Immutable
@TupleValue
public abstract class CriterionRecord {

  CriterionRecord() {}

  /** {@return the code of the criterion} */
  public abstract String criterion();

  /** {@return the id of the actor who recorded it} */
  public abstract String actorId();

  /** {@return the code of the role they recorded it in} */
  public abstract String role();

  /** {@return when it was recorded} */
  public abstract Instant time();

  /** {@return the evidence references, such as the council's case number} */
  public abstract ImmutableList<String> evidence();

  /** {@return the note given, if any} */
  public abstract Optional<String> note();

  /** {@return the sequence number of the journal entry that recorded it} */
  public abstract long sequence();

  static CriterionRecord create(
      String criterion,
      String actorId,
      String role,
      Instant time,
      ImmutableList<String> evidence,
      Optional<String> note,
      long sequence) {
    return ImmutableCriterionRecord.of(criterion, actorId, role, time, evidence, note, sequence);
  }
}
