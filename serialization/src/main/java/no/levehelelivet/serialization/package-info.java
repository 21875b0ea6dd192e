/**
 * The versioned JSON wire format of levehelelivet documents: {@link
 * no.levehelelivet.serialization.WireCodec} writes and reads activity plans, measures,
 * municipalities, reflection questions, milestones and the catalogue, with exact, coded problems
 * ({@link no.levehelelivet.serialization.WireCode}) for a bad document, {@link
 * no.levehelelivet.serialization.Schemas} ships a JSON Schema per document type and major version,
 * and {@link no.levehelelivet.serialization.jackson.LeveHeleLivetModule} puts the same wire shape
 * into a vendor's own Jackson 3 mapper.
 *
 * <h2>The envelope</h2>
 *
 * <p>Every document is a JSON object that starts with {@code "schemaVersion"} ({@code
 * "MAJOR.MINOR"}, now {@value no.levehelelivet.serialization.WireCodec#CURRENT_VERSION}) and {@code
 * "documentType"} (a {@link no.levehelelivet.serialization.DocumentType} code such as {@code
 * "activity-plan"}), followed by the document's own fields in a fixed, documented order.
 *
 * <h2>Versioning policy</h2>
 *
 * <ul>
 *   <li>A new minor version only adds optional fields and new codes. A reader in {@link
 *       no.levehelelivet.serialization.ReadMode#STRICT} mode refuses a newer minor version ({@code
 *       LHL-S-010}); in {@link no.levehelelivet.serialization.ReadMode#TOLERANT} mode it reads it,
 *       turns the fields and codes it does not know into warnings and keeps them in {@link
 *       no.levehelelivet.serialization.ReadResult#unknownFields()}; they are never written back.
 *   <li>A written document declares the lowest minor that holds it, so that a reader of an older
 *       minor keeps reading every document that uses nothing newer.
 *   <li>Minor 2.1 adds {@code chainKeyId} to a journal entry: the id (never the key) of the {@link
 *       no.levehelelivet.process.journal.ChainKey} the entry is sealed under, its chain link being
 *       HMAC-SHA256 under that key. Only a process instance with a sealed entry declares 2.1. Since
 *       2.1 the journal's {@code headDigest} is required in every process-instance document, 2.0
 *       included: a 2.0 document without it is refused ({@code LHL-S-007}), because without it a
 *       journal cut short reads as intact. The codec has always written it.
 *   <li>Minor 2.2 adds to a journal entry {@code salts}, one random 32-byte salt per free text (the
 *       note's, then each evidence reference's) of an entry whose texts are salted, and {@code
 *       erasedNote} and {@code erasedEvidence}, the salted digests {@code SHA-256(salt || UTF-8
 *       text)} of a redacted entry's note and evidence, whose texts and salts are gone; all 64
 *       lowercase hex digits, as digests are written. The chain commits to the salted digests
 *       (canonical encoding version 3), so a redacted entry verifies as it did before. Only a
 *       process instance with a salted or redacted entry declares 2.2; a 2.0 or 2.1 reader refuses
 *       it in STRICT mode, and in TOLERANT mode would drop the salts, so a cluster upgrades every
 *       node before any salts its journals.
 *   <li>Minor 2.3 adds the actor code {@code ministry-of-education-and-research}
 *       (<i>Kunnskapsdepartementet</i>). Only a measure that names it among its collaborators, and
 *       the catalogue, which lists every actor, declare 2.3.
 *   <li>A new major version may rename, restructure or remove fields. Older majors are upgraded on
 *       reading, step by step, before binding. Major 1 (2025) wrote dates {@code dd.MM.yyyy}, had
 *       one session {@code format} rather than the set {@code formats}, no plan {@code zone}, the
 *       names {@code kommunenummer} and {@code sector}, and a reflection question's texts in {@code
 *       question} and {@code questionEnglish}.
 * </ul>
 *
 * <h2>Values</h2>
 *
 * <p>Enum values are written as their stable codes, never ordinals; dates are ISO-8601 ({@code
 * 2026-11-24}), times of day ISO local times ({@code 10:00}), lengths ISO durations ({@code
 * PT1H30M}), instants UTC with {@code Z}; names are lowerCamelCase; an absent optional value is
 * left out, a collection is always written, even when empty; sets are written in their type's
 * declaration order and maps in key order, so the same value always gives the same bytes (UTF-8,
 * two-space indentation, {@code \n} line ends, a final line end).
 */
@NullMarked
package no.levehelelivet.serialization;

import org.jspecify.annotations.NullMarked;
