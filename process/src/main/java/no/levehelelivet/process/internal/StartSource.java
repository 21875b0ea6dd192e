package no.levehelelivet.process.internal;

import com.google.common.collect.ImmutableSortedMap;
import org.jspecify.annotations.Nullable;

/**
 * What the start entry of a process started without a plan records, kept by the instance that entry
 * starts: the definition's facts, the instance id and the municipality. The entry refers to it and
 * makes its attributes from it when they are first asked for, so that starting a process makes no
 * map and no object for them.
 */
public abstract class StartSource {

  /**
   * The attributes, once made. Racy but safe: every thread makes an equal map from the same
   * immutable parts, and an immutable map is safe to publish without a lock.
   */
  private @Nullable ImmutableSortedMap<String, String> attributes;

  /** For the instance's identity. */
  protected StartSource() {}

  /** The facts of the definition the process runs on. */
  protected abstract DefinitionFacts definitionFacts();

  /** The instance's id. */
  protected abstract String instanceId();

  /** The municipality's name. */
  protected abstract String municipalityName();

  /** The municipality's number. */
  protected abstract String municipalityNumber();

  /** The start entry's attributes, sorted by key. */
  public final ImmutableSortedMap<String, String> startAttributes() {
    ImmutableSortedMap<String, String> made = attributes;
    if (made == null) {
      DefinitionFacts definition = definitionFacts();
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
              instanceId(),
              EntryKeys.MUNICIPALITY_NAME,
              municipalityName(),
              EntryKeys.MUNICIPALITY_NUMBER,
              municipalityNumber());
      attributes = made;
    }
    return made;
  }
}
