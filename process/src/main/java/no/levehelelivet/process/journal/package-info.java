/**
 * The process journal (<i>prosesslogg</i>): an append-only, tamper-evident record of every accepted
 * command, with the canonical encoding its SHA-256 chain is computed over, verification against
 * recorded digests and a stored head digest, and a compact binary form for storage.
 *
 * <p>Start at {@link no.levehelelivet.process.journal.Journal}. Every type in this package is
 * immutable and safe to share between threads.
 */
@NullMarked
package no.levehelelivet.process.journal;

import org.jspecify.annotations.NullMarked;
