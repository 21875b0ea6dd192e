/**
 * Activity plans (<i>aktivitetsplaner</i>): the sessions (<i>samlinger</i>) a regional support body
 * such as USHT runs with the municipalities, each with its date, time and format.
 */
@NullMarked
package no.levehelelivet.core.plan;

import org.jspecify.annotations.NullMarked;
