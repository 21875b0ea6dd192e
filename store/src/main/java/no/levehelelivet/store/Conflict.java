package no.levehelelivet.store;

import no.levehelelivet.store.internal.StoreTuple;
import org.immutables.value.Value;

/**
 * A lost race (<i>konflikt</i>): the process was not at the version the step was made on, because
 * another writer (another caseworker, another application node) stored a step first, or because the
 * command's expected version is not the stored one. Nothing was stored. Load the process again,
 * show the caseworker what changed if the step depends on it, and retry.
 *
 * <p>Creating a process whose id is already stored is a conflict too, with the stored version.
 *
 * <p>Immutable and thread-safe.
 */
@Value.Immutable
@StoreTuple
public abstract non-sealed class Conflict implements StoreResult {

  Conflict() {}

  /** {@return the id of the process} */
  public abstract String processId();

  /**
   * {@return the version the step was made on: the command's expected version, or the version
   * loaded}
   */
  public abstract long expectedVersion();

  /** {@return the version stored now, which another writer reached first} */
  public abstract long currentVersion();

  @Override
  public boolean isSaved() {
    return false;
  }

  /**
   * {@return a conflict of the step made on {@code expectedVersion} with the stored {@code
   * currentVersion}}
   *
   * @param processId the id of the process
   * @param expectedVersion the version the step was made on: the command's expected version, or the
   *     version loaded
   * @param currentVersion the version stored now, which another writer reached first
   */
  public static Conflict of(String processId, long expectedVersion, long currentVersion) {
    return ImmutableConflict.of(processId, expectedVersion, currentVersion);
  }
}
