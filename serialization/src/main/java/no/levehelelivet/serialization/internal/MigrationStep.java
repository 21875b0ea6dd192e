package no.levehelelivet.serialization.internal;

import no.levehelelivet.serialization.DocumentType;

/**
 * One step of the migration chain: upgrades a document tree of major {@link #fromMajor()} to the
 * next major, in place, before binding. A step records a value it cannot carry over as a problem at
 * the value's pointer in the old document.
 */
public interface MigrationStep {

  /** The major version this step upgrades from; it produces {@code fromMajor() + 1}. */
  int fromMajor();

  /** Upgrades {@code document}, of type {@code type}, in place. */
  void upgrade(Node.Obj document, DocumentType type, Problems problems);
}
