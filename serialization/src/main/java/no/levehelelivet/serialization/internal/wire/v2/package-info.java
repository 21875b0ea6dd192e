/**
 * The wire shape of major version 2, the current one: for each document type, the members after the
 * envelope, in the order they are written, and how each is bound back. Each class's Javadoc is the
 * reference for its document; the JSON Schemas under {@code
 * no/levehelelivet/serialization/schema/v2/} say the same for non-Java integrators. Not API: use
 * {@link no.levehelelivet.serialization.WireCodec}.
 */
@NullMarked
package no.levehelelivet.serialization.internal.wire.v2;

import org.jspecify.annotations.NullMarked;
