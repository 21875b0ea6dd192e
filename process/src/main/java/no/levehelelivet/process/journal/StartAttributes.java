package no.levehelelivet.process.journal;

import com.google.common.collect.ImmutableSortedMap;
import no.levehelelivet.process.internal.DefinitionFacts;
import no.levehelelivet.process.internal.EntryKeys;
import org.jspecify.annotations.Nullable;

/**
 * The attributes of a start entry the engine records, kept as the parts they are made of (the
 * definition's facts, the instance id and the municipality) and made into a map when first asked
 * for: a process that is started and fired at never needs them as a map, and the definition's
 * digest is computed only when they are.
 */
final class StartAttributes {

  private final DefinitionFacts definition;
  private final String instanceId;
  private final String municipalityName;
  private final String municipalityNumber;

  /**
   * The map, once made. Racy but safe: every thread makes an equal map from the same final fields,
   * and an immutable map is safe to publish without a lock.
   */
  private @Nullable ImmutableSortedMap<String, String> map;

  StartAttributes(
      DefinitionFacts definition,
      String instanceId,
      String municipalityName,
      String municipalityNumber) {
    this.definition = definition;
    this.instanceId = instanceId;
    this.municipalityName = municipalityName;
    this.municipalityNumber = municipalityNumber;
  }

  /** The attributes, sorted by key. */
  ImmutableSortedMap<String, String> map() {
    ImmutableSortedMap<String, String> made = map;
    if (made == null) {
      // ImmutableSortedMap.of takes the six keys in order with five comparisons, sorting nothing
      made =
          ImmutableSortedMap.of(
              EntryKeys.DEFINITION_DIGEST,
              definition.digestHex(),
              EntryKeys.DEFINITION_ID,
              definition.id(),
              EntryKeys.DEFINITION_VERSION,
              definition.versionText(),
              EntryKeys.INSTANCE_ID,
              instanceId,
              EntryKeys.MUNICIPALITY_NAME,
              municipalityName,
              EntryKeys.MUNICIPALITY_NUMBER,
              municipalityNumber);
      map = made;
    }
    return made;
  }
}
