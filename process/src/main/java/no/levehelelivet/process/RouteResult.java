package no.levehelelivet.process;

/**
 * What is left (<i>det som gjenstår</i>) between a process and a phase: a {@link Route}, the
 * shortest list of commands the engine accepts that takes the process there, or {@link NoRoute},
 * saying why none does. Made by {@link Routes#plan}.
 *
 * <p>Immutable and thread-safe.
 */
public sealed interface RouteResult permits Route, NoRoute {

  /** {@return the code of the phase the route leads to, or would have led to} */
  String target();

  /** {@return whether a route was found} */
  boolean isFound();
}
