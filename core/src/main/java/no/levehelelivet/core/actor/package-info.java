/**
 * The reform's collaborating actors (<i>samarbeidsaktører</i>) at every level, and the actor map of
 * the course material with its four views.
 */
@NullMarked
package no.levehelelivet.core.actor;

import org.jspecify.annotations.NullMarked;
