/**
 * The catalogue of the quality reform for older persons <i>Leve hele livet</i> (Meld. St. 15
 * (2017–2018)): the five focus areas (<i>innsatsområder</i>) and their solutions
 * (<i>løsninger</i>), and the values a municipality works with around them.
 *
 * <p>Start at {@link no.levehelelivet.core.Catalogue#leveHeleLivet()}. Every type in this package
 * is immutable and safe to share between threads.
 */
@NullMarked
package no.levehelelivet.core;

import org.jspecify.annotations.NullMarked;
