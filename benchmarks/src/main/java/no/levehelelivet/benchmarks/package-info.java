/**
 * JMH benchmarks of the process engine and the wire format, against stateless4j,
 * squirrel-foundation, Spring Statemachine and plain Jackson, and of the JDBC store against bare
 * JDBC on H2 and PostgreSQL; and the runner that writes {@code benchmarks/RESULTS.md}. Not part of
 * the library's artifacts.
 */
@NullMarked
package no.levehelelivet.benchmarks;

import org.jspecify.annotations.NullMarked;
