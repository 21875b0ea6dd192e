package no.levehelelivet.store.internal;

/**
 * One stored journal entry as its row holds it: the sequence number, the entry's bytes ({@link
 * no.levehelelivet.process.journal.JournalCodec#writeEntry}) and its chain digest. The arrays are
 * the store's own; nothing writes to them after the row is made.
 */
@SuppressWarnings("ArrayRecordComponent") // internal carrier; the arrays are never changed
public record StoredEntry(long sequence, byte[] bytes, byte[] digest) {}
