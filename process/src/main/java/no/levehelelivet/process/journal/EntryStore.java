package no.levehelelivet.process.journal;

import java.security.MessageDigest;
import java.util.Arrays;
import java.util.concurrent.atomic.AtomicInteger;
import no.levehelelivet.process.internal.Sha256;

/**
 * The shared, append-only storage behind journals: entries in fixed-size chunks that are never
 * copied, and the chain digests computed so far. A journal owns a prefix of a store; appending to
 * the journal that owns the whole store claims the next slot with a compare-and-set and writes in
 * place, so appending costs the same at 10 or 10,000 entries. A journal that lost the race, or a
 * prefix taken with {@code asOf}, branches into a fresh store instead.
 *
 * <p>Entries in a slot never change once written, and a journal only reads the slots below its own
 * size, which were written before that journal was created; digests are computed under the store's
 * lock and depend only on the entries they cover, so every journal sharing a prefix shares them.
 */
final class EntryStore {

  private static final int CHUNK_BITS = 10;
  private static final int CHUNK_SIZE = 1 << CHUNK_BITS;
  private static final int CHUNK_MASK = CHUNK_SIZE - 1;

  /** Written only by the thread holding the most recent claim; read by every journal. */
  private volatile JournalEntry[][] chunks;

  private final AtomicInteger claimed = new AtomicInteger();

  /** Guarded by {@code this}. */
  private byte[][] digests = new byte[0][];

  /** Guarded by {@code this}: how many leading entries have their digest in {@code digests}. */
  private int digested;

  EntryStore() {
    this.chunks = new JournalEntry[1][];
  }

  /** How many slots have been claimed: the size of the longest journal on this store. */
  int claimed() {
    return claimed.get();
  }

  /**
   * Appends {@code entry} at slot {@code size} if the journal of that size owns the whole store.
   *
   * @return whether the slot was claimed and written
   */
  boolean tryAppend(int size, JournalEntry entry) {
    if (!claimed.compareAndSet(size, size + 1)) {
      return false;
    }
    int chunk = size >>> CHUNK_BITS;
    JournalEntry[][] current = chunks;
    if (chunk >= current.length) {
      current = Arrays.copyOf(current, current.length * 2);
    }
    JournalEntry[] slots = current[chunk];
    if (slots == null) {
      slots = new JournalEntry[CHUNK_SIZE];
      current[chunk] = slots;
    }
    slots[size & CHUNK_MASK] = entry;
    chunks = current;
    return true;
  }

  /** Returns the entry at {@code index} (0-based), which must lie below the caller's size. */
  JournalEntry get(int index) {
    JournalEntry[] slots = chunks[index >>> CHUNK_BITS];
    JournalEntry entry = slots == null ? null : slots[index & CHUNK_MASK];
    if (entry == null) {
      throw new IllegalStateException("slot " + index + " read before it was written");
    }
    return entry;
  }

  /** Returns a fresh store holding this store's first {@code size} entries and their digests. */
  EntryStore branch(int size) {
    EntryStore copy = new EntryStore();
    for (int i = 0; i < size; i++) {
      copy.tryAppend(i, get(i));
    }
    synchronized (this) {
      int known = Math.min(digested, size);
      copy.adoptDigests(Arrays.copyOf(digests, Math.max(known, 1)), known);
    }
    return copy;
  }

  private synchronized void adoptDigests(byte[][] known, int count) {
    this.digests = known;
    this.digested = count;
  }

  /**
   * Returns the chain digest after the entry at {@code index} (0-based), computing the digests not
   * yet known iteratively, each at most once; {@code index} -1 gives the 32 zero bytes before the
   * first entry.
   */
  synchronized byte[] digest(int index) {
    if (index < 0) {
      return new byte[Sha256.LENGTH];
    }
    if (index >= digested) {
      if (index >= digests.length) {
        digests = Arrays.copyOf(digests, Math.max(index + 1, digests.length * 2));
      }
      MessageDigest sha = Sha256.newDigest();
      byte[] previous = digested == 0 ? new byte[Sha256.LENGTH] : digests[digested - 1];
      for (int i = digested; i <= index; i++) {
        sha.update(CanonicalEncoding.encode(get(i)));
        sha.update(previous);
        previous = sha.digest();
        digests[i] = previous;
      }
      digested = index + 1;
    }
    return digests[index];
  }
}
