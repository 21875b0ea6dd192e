/** The reform's timeline (<i>tidslinje</i>): milestones with their dates and sources. */
@NullMarked
package no.levehelelivet.core.timeline;

import org.jspecify.annotations.NullMarked;
