/**
 * The process store (<i>prosesslageret</i>): each municipality's change process kept durably, one
 * row per journal entry, so that a caseworker's accepted step is never lost. A {@link
 * no.levehelelivet.store.ProcessStore} creates, loads and applies commands to stored processes in
 * one transaction each, checking every stored chain as it loads; keeps each accepted step's effects
 * in an {@linkplain no.levehelelivet.store.Outbox outbox} for delivery at least once; answers
 * portfolio queries from a summary row per process; and audits every stored chain.
 *
 * <p>{@link no.levehelelivet.store.ProcessStore#inMemory()} keeps processes in memory, for tests
 * and trials; {@link no.levehelelivet.store.jdbc.JdbcProcessStore} keeps them in a database through
 * plain JDBC. Every type here is immutable or thread-safe; a lost race between two writers is a
 * {@link no.levehelelivet.store.Conflict} value, not an exception.
 */
@NullMarked
package no.levehelelivet.store;

import org.jspecify.annotations.NullMarked;
