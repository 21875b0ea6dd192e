/**
 * The process journal (<i>prosesslogg</i>): an append-only, tamper-evident record of every accepted
 * command, with the canonical encoding its SHA-256 chain is computed over, verification against
 * recorded digests and a stored head digest, and a compact binary form for storage.
 *
 * <h2>What the chain proves</h2>
 *
 * <p>Unkeyed (plain SHA-256, {@link no.levehelelivet.process.journal.CanonicalEncoding} version 1),
 * the chain proves that entries agree with the digests stored beside them; anyone who can write the
 * store can change an entry and compute every digest again. Sealed with a {@link
 * no.levehelelivet.process.journal.ChainKey} (<i>forsegling</i>), an entry records the key's id
 * (encoding version 2) and its link is HMAC-SHA256 under the key, which only the key's holder can
 * compute; {@link
 * no.levehelelivet.process.journal.Journal#verify(no.levehelelivet.process.journal.ChainKey)}
 * requires the last entry sealed, so a chain recomputed without the key is caught ({@code
 * LHL-J-008}). A journal may begin unsealed (journals written before keys were used keep verifying)
 * but once an entry is sealed, every later one must be. Neither form proves that nothing was cut
 * off the end: keep the head digest also where the journal's writer cannot change it, and verify
 * against it with {@link
 * no.levehelelivet.process.journal.Journal#verify(no.levehelelivet.process.journal.Digest)}.
 *
 * <h2>Erasure that keeps the record</h2>
 *
 * <p>Caseworkers type names and health details into notes, answers (an answer is a note) and
 * evidence references; the chain would make them permanent. A journal {@linkplain
 * no.levehelelivet.process.journal.Journal#withSalts salting its texts} therefore commits to each
 * free text not as it is but as {@code SHA-256(salt || UTF-8 text)}, with a 32-byte {@link
 * no.levehelelivet.process.journal.Salt} per text drawn from a {@link java.security.SecureRandom}
 * the host gives (a seeded one in tests); {@link
 * no.levehelelivet.process.journal.CanonicalEncoding} version 3. The salt is random, not derived
 * from the text, so that whoever guesses an erased text cannot confirm the guess. The entry keeps
 * text and salt; its {@linkplain no.levehelelivet.process.journal.JournalEntry#redacted() redacted
 * form} (<i>sladda</i>) drops both and keeps the salted digest, so its encoding, every chain digest
 * and the head digest are unchanged, and {@code verify} passes with the digests recorded before.
 * Changing a kept salted digest breaks the chain as changing a text does ({@code LHL-J-002}).
 *
 * <p>The redaction is itself journaled: {@code ProcessInstance.redact} appends a {@code redact}
 * entry naming who (the actor, who must be the process lead, {@code LHL-J-010} otherwise, since the
 * process lead keeps the journal), when, why (its note) and which entries (the attribute {@code
 * redacted}, ascending sequence numbers), and replaces those entries by their redacted form; {@link
 * no.levehelelivet.process.journal.Journal#redact} does the replacing alone. It changes neither
 * phase nor status; replay accepts it and the redacted entries. A redaction erases every free text
 * of the entries it names. Entries recorded before salting (encoding 1 or 2) commit to their texts
 * themselves and cannot be erased without breaking the chain: redacting one is refused ({@code
 * LHL-J-009}); only salted entries are erasable. A journal whose last entry is salted goes on
 * salting the entries appended to it, so a journal read back from storage keeps salting. Attributes
 * (codes such as a criterion's) are never salted; they must not hold personal data. {@link
 * no.levehelelivet.process.journal.JournalCodec} keeps a salted entry's texts and salts beside its
 * canonical encoding (its format version 2), since the encoding holds only their digests.
 *
 * <p>Start at {@link no.levehelelivet.process.journal.Journal}. Every type in this package is
 * immutable and safe to share between threads.
 */
@NullMarked
package no.levehelelivet.process.journal;

import org.jspecify.annotations.NullMarked;
