/**
 * The superseded wire shape of major version 1 (2025) and its upgrade to major 2. Major 1 is read
 * (and upgraded on reading), never written. It differs from major 2 in four ways:
 *
 * <ul>
 *   <li>dates ({@code date}, {@code alternativeDates}, {@code endDate}) were written {@code
 *       dd.MM.yyyy}, as Norwegian forms do, rather than ISO-8601;
 *   <li>an activity plan's session had one {@code format} code rather than the set {@code formats},
 *       and a plan had no {@code zone} (all plans were in Europe/Oslo);
 *   <li>a municipality's number was named {@code kommunenummer}, and a measure's sector {@code
 *       sector};
 *   <li>a reflection question had its bokmål text in {@code question} and an optional English one
 *       in {@code questionEnglish}, rather than the localized text {@code text}.
 * </ul>
 *
 * <p>Not API: the codec upgrades major 1 on reading; use {@link
 * no.levehelelivet.serialization.WireCodec}. The catalogue document did not exist in major 1.
 * Documents of major 1 kept as test data under {@code corpus/v1} are frozen: they are never edited,
 * so that the upgrade stays proven.
 */
@NullMarked
package no.levehelelivet.serialization.internal.wire.v1;

import org.jspecify.annotations.NullMarked;
