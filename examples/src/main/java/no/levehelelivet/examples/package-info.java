/** Example programs for levehelelivet: short, commented programs a developer can run and copy. */
@NullMarked
package no.levehelelivet.examples;

import org.jspecify.annotations.NullMarked;
