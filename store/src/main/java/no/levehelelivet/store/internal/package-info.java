/**
 * The store's implementation (<i>intern</i>): the Immutables styles, the loading and checking of a
 * stored process shared by every backend, and the columns an effect is kept in. Not part of the
 * API; no public signature of the store exposes a type from here.
 */
@NullMarked
package no.levehelelivet.store.internal;

import org.jspecify.annotations.NullMarked;
