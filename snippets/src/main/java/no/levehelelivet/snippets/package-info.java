/**
 * The code shown in the project's README, compiled as a consumer of the library compiles it:
 * against the published jars only, with {@code -Xlint:all -Werror}. A test checks that every Java
 * block of the README is one of the marked regions here, word for word, and runs them.
 */
@NullMarked
package no.levehelelivet.snippets;

import org.jspecify.annotations.NullMarked;
