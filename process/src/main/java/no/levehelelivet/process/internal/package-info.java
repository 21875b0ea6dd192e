/**
 * Implementation details of the process module (<i>prosessmodulen</i>): value styles, messages and
 * canonical byte encoding. Not part of the public API; it may change in any release.
 */
@NullMarked
package no.levehelelivet.process.internal;

import org.jspecify.annotations.NullMarked;
