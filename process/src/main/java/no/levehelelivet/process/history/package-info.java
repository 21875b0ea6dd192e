/**
 * The history of a process instance read from its journal (<i>historikk</i>), for caseworkers,
 * auditors and reports: {@linkplain no.levehelelivet.process.history.ProcessHistory the history}
 * with its {@linkplain no.levehelelivet.process.history.PhaseVisit phase visits}, {@linkplain
 * no.levehelelivet.process.history.Move moves} and {@linkplain
 * no.levehelelivet.process.history.Answer answers to reflection questions}. It reads only the
 * public journal, so a report can be built from a journal read from storage without replaying it.
 *
 * <p>Every type in this package is immutable and safe to share between threads.
 */
@NullMarked
package no.levehelelivet.process.history;

import org.jspecify.annotations.NullMarked;
