/**
 * The demography (<i>demografi</i>) behind the reform's challenges, as the course material gives
 * it: the indicators a municipality can follow, the trends the material describes and the figures
 * it quotes, each with its source.
 */
@NullMarked
package no.levehelelivet.core.demography;

import org.jspecify.annotations.NullMarked;
