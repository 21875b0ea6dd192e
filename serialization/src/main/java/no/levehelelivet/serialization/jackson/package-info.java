/**
 * The wire format inside a vendor's own Jackson 3 mapper (<i>Jackson-integrasjon</i>): {@link
 * no.levehelelivet.serialization.jackson.LeveHeleLivetModule} writes and reads the same documents
 * as {@link no.levehelelivet.serialization.WireCodec}. Of the library's API packages this is the
 * only one whose public signatures name Jackson types (an architecture test holds the others to
 * it); a caller who does not use Jackson never needs it, nor Jackson on its compile path.
 */
@NullMarked
package no.levehelelivet.serialization.jackson;

import org.jspecify.annotations.NullMarked;
