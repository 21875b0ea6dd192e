/**
 * The process tool in a browser (<i>prosessverktøyet</i>), started by {@code levehelelivet serve}:
 * pages that show a municipality's change process and the reform, and a REST API under {@code
 * /api/v1}, both on a process store.
 *
 * <p>Everything the pages need is served from the jar, so the tool works with no internet. It binds
 * to loopback unless told otherwise, and anywhere else only with a file of users who log in.
 */
@NullMarked
package no.levehelelivet.examples.web;

import org.jspecify.annotations.NullMarked;
