/**
 * The reform itself (<i>reformen</i>): its aims, its target group, the principles for working with
 * it, and the terms the course material defines, each with its source.
 */
@NullMarked
package no.levehelelivet.core.reform;

import org.jspecify.annotations.NullMarked;
