/**
 * The web tool under load: HTTP clients applying commands through the REST API of {@code
 * levehelelivet serve} on PostgreSQL. Not a JMH benchmark: a run of fixed length whose figures go
 * into {@code benchmarks/RESULTS.md}.
 */
@NullMarked
package no.levehelelivet.benchmarks.web;

import org.jspecify.annotations.NullMarked;
