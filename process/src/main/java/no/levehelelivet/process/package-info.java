/**
 * The municipality's local change process (<i>den lokale endringsprosessen</i>) for the reform
 * <i>Leve hele livet</i> as a data-defined phase state machine: {@linkplain
 * no.levehelelivet.process.ProcessDefinition definitions} with phases, guarded transitions,
 * criteria and roles; the {@linkplain no.levehelelivet.process.StandardProcess standard definition}
 * and {@linkplain no.levehelelivet.process.Tailoring tailoring}; immutable {@linkplain
 * no.levehelelivet.process.ProcessInstance instances}, started or replayed from their journal,
 * whose {@code fire} is a pure function from an instance, a command and a clock to an accepted or
 * rejected outcome. Reading the journal for audit and reports is {@code
 * no.levehelelivet.process.history}.
 *
 * <p>Every type in this package is immutable or stateless and safe to share between threads. The
 * library performs no I/O: accepted outcomes carry {@linkplain no.levehelelivet.process.Effect
 * effects} for the host to run after it has saved the new state.
 */
@NullMarked
package no.levehelelivet.process;

import org.jspecify.annotations.NullMarked;
