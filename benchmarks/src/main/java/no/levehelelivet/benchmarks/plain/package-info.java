/**
 * Hand-written classes for the {@code process-instance} document, bound by plain Jackson with no
 * checks: the floor any Jackson-based codec can reach, which the JSON benchmarks compare our codec
 * with.
 */
@NullMarked
package no.levehelelivet.benchmarks.plain;

import org.jspecify.annotations.NullMarked;
