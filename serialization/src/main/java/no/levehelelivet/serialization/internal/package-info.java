/**
 * The machinery behind the codec: a limit-checking, iterative tree reader that tracks positions,
 * the problem collector, the binding helpers that track JSON Pointers, the deterministic writer and
 * the migration chain; the wire shapes of each major are in {@code internal.wire.v1} and {@code
 * internal.wire.v2}. Not API: any of it may change in any release.
 */
@NullMarked
package no.levehelelivet.serialization.internal;

import org.jspecify.annotations.NullMarked;
