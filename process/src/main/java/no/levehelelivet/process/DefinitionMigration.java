package no.levehelelivet.process;

import com.google.common.collect.ImmutableMap;
import com.google.errorprone.annotations.CanIgnoreReturnValue;
import java.util.Map;
import no.levehelelivet.process.internal.BuildableValue;
import no.levehelelivet.process.journal.Digest;
import org.immutables.value.Value;

/**
 * How to replay a journal recorded under one definition on another (<i>migrering</i>): the digest
 * of the definition it was recorded under, and how its phase codes map to the new definition's
 * (codes not mapped stay as they are). The caller says so explicitly; without a migration, a
 * journal recorded under a different definition is refused ({@code LHL-R-002}).
 *
 * <p>Immutable and thread-safe.
 */
@Value.Immutable
@BuildableValue
public abstract class DefinitionMigration {

  DefinitionMigration() {}

  /** {@return the digest of the definition the journal was recorded under} */
  public abstract Digest fromDigest();

  /** {@return old phase code to new phase code, for phases the new definition renamed} */
  public abstract ImmutableMap<String, String> phaseCodes();

  /**
   * {@return a migration that keeps every phase code}
   *
   * @param fromDigest the digest of the definition the journals to migrate were recorded under
   */
  public static DefinitionMigration of(Digest fromDigest) {
    return builder().fromDigest(fromDigest).build();
  }

  /**
   * {@return the new code of an old phase code}
   *
   * @param code the phase code under the old definition
   */
  public String phase(String code) {
    return phaseCodes().getOrDefault(code, code);
  }

  /** {@return a new builder} */
  public static Builder builder() {
    return ImmutableDefinitionMigration.builder();
  }

  /**
   * Builds a {@link DefinitionMigration}; the builder is not thread-safe. Obtain one from {@link
   * #builder()}.
   */
  public interface Builder {

    /**
     * Copies every attribute of {@code instance}; collections are added to, not replaced.
     *
     * @param instance the definition migration whose attributes to copy
     * @return this builder
     */
    @CanIgnoreReturnValue
    Builder from(DefinitionMigration instance);

    /**
     * Sets {@link DefinitionMigration#fromDigest()}.
     *
     * @param fromDigest the digest of the definition the journal was recorded under
     * @return this builder
     */
    @CanIgnoreReturnValue
    Builder fromDigest(Digest fromDigest);

    /**
     * Adds to {@link DefinitionMigration#phaseCodes()}.
     *
     * @param key a phase code of the old definition
     * @param value the code the new definition gives that phase
     * @return this builder
     */
    @CanIgnoreReturnValue
    Builder putPhaseCode(String key, String value);

    /**
     * Adds to {@link DefinitionMigration#phaseCodes()}.
     *
     * @param entry a phase code of the old definition and the code the new definition gives it
     * @return this builder
     */
    @CanIgnoreReturnValue
    Builder putPhaseCode(Map.Entry<String, ? extends String> entry);

    /**
     * Replaces {@link DefinitionMigration#phaseCodes()}.
     *
     * @param entries old phase code to new phase code, in place of those already set
     * @return this builder
     */
    @CanIgnoreReturnValue
    Builder phaseCodes(Map<String, ? extends String> entries);

    /**
     * Adds every element to {@link DefinitionMigration#phaseCodes()}.
     *
     * @param entries old phase code to new phase code, added to those already set
     * @return this builder
     */
    @CanIgnoreReturnValue
    Builder putAllPhaseCodes(Map<String, ? extends String> entries);

    /**
     * Builds the DefinitionMigration.
     *
     * @return a {@code DefinitionMigration} with the attributes set on this builder
     * @throws no.levehelelivet.core.InvalidValueException ({@code LHL-A-005}) if an attribute is
     *     missing, or another code if one breaks its rule
     */
    DefinitionMigration build();
  }
}
