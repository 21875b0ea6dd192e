package no.levehelelivet.examples;

import no.levehelelivet.process.Actor;
import no.levehelelivet.process.ProcessInstance;

/**
 * Part of example 4: a row of the vendor's own case table {@code sak} (<i>sak</i>), which names the
 * change process of the case and repeats what the vendor's lists show of it.
 *
 * @param caseNumber the case number (<i>saksnummer</i>), {@code year/number}
 * @param title the title (<i>tittel</i>)
 * @param processId the id of the case's process in the store
 * @param phase the code of the phase the process is in (<i>fase</i>)
 * @param status the code of the process's status (<i>status</i>)
 * @param processVersion the process version the row was written with (<i>prosessversjon</i>)
 * @param lastChangedBy the id of the caseworker who wrote the row (<i>sist endret av</i>)
 */
record CaseRow(
    String caseNumber,
    String title,
    String processId,
    String phase,
    String status,
    long processVersion,
    String lastChangedBy) {

  /** The row of a case whose process is now {@code process}, written by {@code caseworker}. */
  static CaseRow of(String caseNumber, String title, ProcessInstance process, Actor caseworker) {
    return new CaseRow(
        caseNumber,
        title,
        process.id(),
        process.phase(),
        process.status().code(),
        process.version(),
        caseworker.id());
  }

  /** Whether this row says what {@code process} says: its id, phase, status and version. */
  boolean agreesWith(ProcessInstance process) {
    return processId.equals(process.id())
        && phase.equals(process.phase())
        && status.equals(process.status().code())
        && processVersion == process.version();
  }
}
