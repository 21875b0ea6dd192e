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
 * <p>Start at {@link no.levehelelivet.process.journal.Journal}. Every type in this package is
 * immutable and safe to share between threads.
 */
@NullMarked
package no.levehelelivet.process.journal;

import org.jspecify.annotations.NullMarked;
