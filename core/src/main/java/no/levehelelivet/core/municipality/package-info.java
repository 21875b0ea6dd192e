/**
 * The municipality as the reform sees it: its sectors (<i>sektorer</i>), the roles a municipality
 * can take towards its citizens (<i>kommunerollen</i>) with their governance paradigms, and the
 * kinds of change (<i>endring</i>) it faces.
 */
@NullMarked
package no.levehelelivet.core.municipality;

import org.jspecify.annotations.NullMarked;
