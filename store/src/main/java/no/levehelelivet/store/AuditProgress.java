package no.levehelelivet.store;

/**
 * Told how an audit of every stored process goes (<i>framdrift</i>), for a long run: called after
 * each process is checked, from the thread that runs the audit.
 */
@FunctionalInterface
public interface AuditProgress {

  /** No progress is reported. */
  AuditProgress NONE = (checked, total, broken) -> {};

  /**
   * Called after a process is checked.
   *
   * @param checked how many processes have been checked so far
   * @param total how many processes were stored when the audit started
   * @param broken how many broken chains have been found so far
   */
  void checked(long checked, long total, long broken);
}
