/**
 * The method of the reform's guide material (<i>veileder</i>): its themes and the anchoring steps
 * (<i>forankring</i>) that municipalities such as Vefsn and its neighbours followed.
 */
@NullMarked
package no.levehelelivet.core.guide;

import org.jspecify.annotations.NullMarked;
