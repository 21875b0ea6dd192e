/**
 * Reflection questions (<i>refleksjonsspørsmål</i>) that the course material and the guide ask
 * municipalities, grouped by topic.
 */
@NullMarked
package no.levehelelivet.core.reflection;

import org.jspecify.annotations.NullMarked;
