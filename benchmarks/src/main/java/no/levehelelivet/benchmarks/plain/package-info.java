/**
 * The floors the benchmarks compare us with: hand-written classes for the {@code process-instance}
 * document, bound by plain Jackson with no checks (the floor of any Jackson-based codec), and bare
 * JDBC on a journal table (the floor of any store on the same database).
 */
@NullMarked
package no.levehelelivet.benchmarks.plain;

import org.jspecify.annotations.NullMarked;
