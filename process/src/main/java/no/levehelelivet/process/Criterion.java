package no.levehelelivet.process;

import com.google.common.collect.ImmutableSet;
import com.google.errorprone.annotations.CanIgnoreReturnValue;
import no.levehelelivet.core.Labelled;
import no.levehelelivet.core.Language;
import no.levehelelivet.core.LocalizedText;
import no.levehelelivet.process.internal.BuildableValue;
import no.levehelelivet.process.internal.ProcessMessages;
import org.immutables.value.Value;

/**
 * A criterion (<i>kriterium</i>) that must be recorded as met before a transition it guards may
 * fire, such as political anchoring (<i>politisk forankring</i>). Recording it is a command of its
 * own, allowed to the roles named here, and some criteria require an evidence reference such as the
 * council's case number.
 *
 * <p>Immutable and thread-safe.
 */
@Value.Immutable
@BuildableValue
public abstract class Criterion implements Labelled {

  Criterion() {}

  /** The stable code, for example {@code "political-anchoring"}. */
  @Override
  public abstract String code();

  /** {@return the criterion's name in bokmål and, where written, nynorsk and English} */
  public abstract LocalizedText label();

  /** {@return whether recording the criterion requires at least one evidence reference} */
  @Value.Default
  public boolean isEvidenceRequired() {
    return false;
  }

  /**
   * {@return whether the criterion may be recorded before the process reaches its phase (<i>kan
   * registreres tidlig</i>)} A criterion's phase is the earliest phase, in the definition's order,
   * with a transition it guards; without this flag recording it in an earlier phase is refused with
   * {@code LHL-P-014}. False unless the definition says so.
   */
  @Value.Default
  public boolean isRecordableEarly() {
    return false;
  }

  /** {@return the roles that may record the criterion as met} */
  public abstract ImmutableSet<Role> recordedBy();

  /**
   * {@return a criterion that the given roles may record, without required evidence}
   *
   * @param code the criterion's stable code
   * @param label the criterion's name
   * @param recordedBy the roles that may record the criterion as met
   */
  public static Criterion of(String code, LocalizedText label, Role... recordedBy) {
    return builder().code(code).label(label).addRecordedBy(recordedBy).build();
  }

  /**
   * {@return a copy that the given roles, and only they, may record}
   *
   * @param roles the roles that may record the criterion as met
   */
  public abstract Criterion withRecordedBy(Role... roles);

  /**
   * {@return a copy that does, or does not, require evidence}
   *
   * @param required whether recording the criterion requires at least one evidence reference
   */
  public abstract Criterion withEvidenceRequired(boolean required);

  /**
   * {@return a copy that may, or may not, be recorded before the process reaches its phase}
   *
   * @param recordableEarly whether the criterion may be recorded before the process reaches its
   *     phase (<i>kan registreres tidlig</i>)
   */
  public abstract Criterion withRecordableEarly(boolean recordableEarly);

  @Override
  public String label(Language language) {
    return label().in(language);
  }

  /** {@return a new builder} */
  public static Builder builder() {
    return ImmutableCriterion.builder();
  }

  @Value.Check
  void check() {
    ProcessMessages.requireCode("criterion code", code());
  }

  @Override
  public String toString() {
    return code();
  }

  /**
   * Builds a {@link Criterion}; the builder is not thread-safe. Obtain one from {@link #builder()}.
   */
  public interface Builder {

    /**
     * Copies every attribute of {@code instance}; collections are added to, not replaced.
     *
     * @param instance the criterion whose attributes to copy
     * @return this builder
     */
    @CanIgnoreReturnValue
    Builder from(Criterion instance);

    /**
     * Sets {@link Criterion#code()}.
     *
     * @param code the stable code, for example {@code "political-anchoring"}
     * @return this builder
     */
    @CanIgnoreReturnValue
    Builder code(String code);

    /**
     * Sets {@link Criterion#label()}.
     *
     * @param label the criterion's name in bokmål and, where written, nynorsk and English
     * @return this builder
     */
    @CanIgnoreReturnValue
    Builder label(LocalizedText label);

    /**
     * Sets {@link Criterion#isEvidenceRequired()}.
     *
     * @param evidenceRequired whether recording the criterion requires at least one evidence
     *     reference
     * @return this builder
     */
    @CanIgnoreReturnValue
    Builder evidenceRequired(boolean evidenceRequired);

    /**
     * Sets {@link Criterion#isRecordableEarly()}.
     *
     * @param recordableEarly whether the criterion may be recorded before the process reaches its
     *     phase (<i>kan registreres tidlig</i>)
     * @return this builder
     */
    @CanIgnoreReturnValue
    Builder recordableEarly(boolean recordableEarly);

    /**
     * Adds to {@link Criterion#recordedBy()}.
     *
     * @param element a role that may record the criterion, added after those already set
     * @return this builder
     */
    @CanIgnoreReturnValue
    Builder addRecordedBy(Role element);

    /**
     * Adds to {@link Criterion#recordedBy()}.
     *
     * @param elements roles that may record the criterion, added in order after those already set
     * @return this builder
     */
    @CanIgnoreReturnValue
    Builder addRecordedBy(Role... elements);

    /**
     * Replaces {@link Criterion#recordedBy()}.
     *
     * @param elements roles that may record the criterion, in order, in place of those already set
     * @return this builder
     */
    @CanIgnoreReturnValue
    Builder recordedBy(Iterable<? extends Role> elements);

    /**
     * Adds every element to {@link Criterion#recordedBy()}.
     *
     * @param elements roles that may record the criterion, added in order after those already set
     * @return this builder
     */
    @CanIgnoreReturnValue
    Builder addAllRecordedBy(Iterable<? extends Role> elements);

    /**
     * Builds the Criterion.
     *
     * @return a {@code Criterion} with the attributes set on this builder
     * @throws no.levehelelivet.core.InvalidValueException ({@code LHL-A-005}) if an attribute is
     *     missing, or another code if one breaks its rule
     */
    Criterion build();
  }
}
