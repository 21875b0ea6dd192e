/**
 * The standard change process as the other state-machine libraries would model it, and one adapter
 * per library: stateless4j, squirrel-foundation and Spring Statemachine.
 *
 * <p>Every adapter is configured from {@link no.levehelelivet.benchmarks.rivals.RivalModel}: the
 * standard process's phases (plus the end states completed and abandoned), its triggers, and one
 * guard per transition that evaluates {@link no.levehelelivet.benchmarks.rivals.Rules} — status,
 * role, recorded criteria, note, evidence, revisit target — so that every contender decides the
 * same thing. An accepted transition is recorded in the machine's {@link
 * no.levehelelivet.benchmarks.rivals.Ledger}, the rivals' counterpart of our journal entry.
 */
@NullMarked
package no.levehelelivet.benchmarks.rivals;

import org.jspecify.annotations.NullMarked;
