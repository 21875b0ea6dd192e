package no.levehelelivet.store.internal;

import java.util.Optional;
import java.util.OptionalLong;
import no.levehelelivet.process.ProcessDefinition;

/**
 * The rows of a store, within one transaction where the store has them: what {@link StoreEngine}
 * reads and writes. Failures of the database are thrown as {@code StoreException} with {@code
 * LHL-L-900}.
 */
public interface Backend {

  /** The process's rows, if it is stored. */
  Optional<StoredProcess> read(String processId);

  /**
   * The process's summary row alone, if it is stored: a stored process whose rows are its summary
   * and no entries.
   */
  Optional<StoredProcess> head(String processId);

  /** The definition kept with this id and version, if any. */
  Optional<ProcessDefinition> definition(String id, int version);

  /** Keeps the definition, unless one with its id and version is kept; returns the kept one. */
  ProcessDefinition keep(ProcessDefinition definition);

  /**
   * Writes {@code change} if the stored version of its process is its expected version (0: not
   * stored).
   *
   * @return empty if written; the stored version if not
   */
  OptionalLong commit(Change change);
}
