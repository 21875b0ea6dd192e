/**
 * The wire format inside a vendor's own Jackson 3 mapper (<i>Jackson-integrasjon</i>): {@link
 * no.levehelelivet.serialization.jackson.LeveHeleLivetModule} writes and reads the same documents
 * as {@link no.levehelelivet.serialization.WireCodec}. This is the only package of the library
 * whose public signatures name Jackson types; a caller who does not use Jackson never needs it.
 */
@NullMarked
package no.levehelelivet.serialization.jackson;

import org.jspecify.annotations.NullMarked;
