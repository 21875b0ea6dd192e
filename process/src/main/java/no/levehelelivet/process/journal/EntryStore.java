package no.levehelelivet.process.journal;

import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.security.MessageDigest;
import java.util.Arrays;
import no.levehelelivet.process.internal.Sha256;
import org.jspecify.annotations.Nullable;

/**
 * The shared, append-only storage behind journals. A journal owns a prefix of a store; appending to
 * the journal that owns the whole store claims the next slot with a compare-and-set and writes in
 * place. Slots live in chunks of 16, 32, 64, ... entries that are allocated as needed and never
 * copied, so appending costs the same at 10 or 10,000 entries.
 *
 * <p>A journal that lost the race, or a prefix taken with {@code asOf}, branches: the new store
 * refers to this one for the shared prefix instead of copying it, so branching costs the same too.
 * A chain of branches deeper than {@value #MAX_DEPTH} is flattened into a fresh store once, which
 * keeps reads bounded.
 *
 * <p>Entries in a slot never change once written, and a journal only reads slots below its own
 * size, written before that journal was created (and published through its final fields). Digests
 * are computed under the store's lock, depend only on the entries they cover, and are shared by
 * every journal sharing the prefix.
 */
final class EntryStore {

  private static final int BASE_BITS = 2;
  private static final int DIRECTORY = 30;
  static final int MAX_DEPTH = 16;
  private static final VarHandle CLAIMED;

  static {
    try {
      CLAIMED = MethodHandles.lookup().findVarHandle(EntryStore.class, "claimed", int.class);
    } catch (ReflectiveOperationException e) {
      throw new ExceptionInInitializerError(e);
    }
  }

  private final @Nullable EntryStore parent;

  /** How many leading entries live in {@link #parent}. */
  private final int offset;

  private final int depth;

  /** The first chunk, and the directory of the others, allocated when first needed. */
  private JournalEntry @Nullable [] first;

  private JournalEntry @Nullable [] @Nullable [] chunks;

  /** How many slots have been claimed, counting the parent's prefix; set by compare-and-set. */
  @SuppressWarnings("UnusedVariable") // read and written through CLAIMED
  private volatile int claimed;

  /** Guarded by {@code this}: the digests of local entries computed so far. */
  private byte[][] digests = new byte[0][];

  /** Guarded by {@code this}: how many leading local entries have their digest computed. */
  private int digested;

  EntryStore() {
    this(null, 0, 0);
  }

  private EntryStore(@Nullable EntryStore parent, int offset, int depth) {
    this.parent = parent;
    this.offset = offset;
    this.depth = depth;
    this.claimed = offset;
  }

  /**
   * Appends {@code entry} at slot {@code size} if the journal of that size owns the whole store.
   *
   * @return whether the slot was claimed and written
   */
  boolean tryAppend(int size, JournalEntry entry) {
    if (!CLAIMED.compareAndSet(this, size, size + 1)) {
      return false;
    }
    int local = size - offset;
    int chunk = chunkOf(local);
    JournalEntry[] slots = chunk(chunk);
    if (slots == null) {
      slots = new JournalEntry[(1 << BASE_BITS) << chunk];
      if (chunk == 0) {
        first = slots;
      } else {
        JournalEntry[][] directory = chunks;
        if (directory == null) {
          directory = new JournalEntry[DIRECTORY][];
          chunks = directory;
        }
        directory[chunk] = slots;
      }
    }
    slots[local - startOf(chunk)] = entry;
    return true;
  }

  private JournalEntry @Nullable [] chunk(int chunk) {
    if (chunk == 0) {
      return first;
    }
    JournalEntry[][] directory = chunks;
    return directory == null ? null : directory[chunk];
  }

  private static int chunkOf(int local) {
    return 31 - Integer.numberOfLeadingZeros((local >>> BASE_BITS) + 1);
  }

  private static int startOf(int chunk) {
    return ((1 << chunk) - 1) << BASE_BITS;
  }

  /** Returns the entry at {@code index} (0-based), which must lie below the caller's size. */
  JournalEntry get(int index) {
    EntryStore store = this;
    while (index < store.offset) {
      store = parentOf(store);
    }
    int local = index - store.offset;
    int chunk = chunkOf(local);
    JournalEntry[] slots = store.chunk(chunk);
    JournalEntry entry = slots == null ? null : slots[local - startOf(chunk)];
    if (entry == null) {
      throw new IllegalStateException("slot " + index + " read before it was written");
    }
    return entry;
  }

  private static EntryStore parentOf(EntryStore store) {
    EntryStore parent = store.parent;
    if (parent == null) {
      throw new IllegalStateException("a store with an offset has a parent");
    }
    return parent;
  }

  /** Returns a new store sharing this store's first {@code size} entries, without copying them. */
  EntryStore branch(int size) {
    if (size == 0) {
      return new EntryStore();
    }
    if (depth < MAX_DEPTH) {
      return new EntryStore(this, size, depth + 1);
    }
    EntryStore flat = new EntryStore();
    for (int i = 0; i < size; i++) {
      flat.tryAppend(i, get(i));
    }
    return flat;
  }

  /**
   * Returns the chain digest after the entry at {@code index} (0-based), computing the digests not
   * yet known iteratively, each at most once; {@code index} -1 gives the 32 zero bytes before the
   * first entry.
   */
  byte[] digest(int index) {
    if (index < 0) {
      return new byte[Sha256.LENGTH];
    }
    EntryStore store = this;
    while (index < store.offset) {
      store = parentOf(store);
    }
    return store.localDigest(index);
  }

  private synchronized byte[] localDigest(int index) {
    int local = index - offset;
    if (local >= digested) {
      if (local >= digests.length) {
        digests = Arrays.copyOf(digests, Math.max(local + 1, digests.length * 2));
      }
      MessageDigest sha = Sha256.newDigest();
      byte[] previous;
      if (digested > 0) {
        previous = digests[digested - 1];
      } else if (parent != null) {
        previous = parent.digest(offset - 1);
      } else {
        previous = new byte[Sha256.LENGTH];
      }
      for (int i = digested; i <= local; i++) {
        sha.update(CanonicalEncoding.encode(get(offset + i)));
        sha.update(previous);
        previous = sha.digest();
        digests[i] = previous;
      }
      digested = local + 1;
    }
    return digests[local];
  }
}
