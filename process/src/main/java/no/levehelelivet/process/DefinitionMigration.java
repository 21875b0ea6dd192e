package no.levehelelivet.process;

import com.google.common.collect.ImmutableMap;
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

  /** The digest of the definition the journal was recorded under. */
  public abstract Digest fromDigest();

  /** Old phase code to new phase code, for phases the new definition renamed. */
  public abstract ImmutableMap<String, String> phaseCodes();

  /** Returns a migration that keeps every phase code. */
  public static DefinitionMigration from(Digest fromDigest) {
    return builder().fromDigest(fromDigest).build();
  }

  /** The new code of an old phase code. */
  public String phase(String code) {
    return phaseCodes().getOrDefault(code, code);
  }

  /** Returns a new builder. */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link DefinitionMigration}. */
  public static final class Builder extends ImmutableDefinitionMigration.Builder {
    Builder() {}
  }
}
