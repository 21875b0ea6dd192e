package no.levehelelivet.process.journal;

import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.security.DigestException;
import java.security.MessageDigest;
import java.util.Arrays;
import javax.crypto.Mac;
import javax.crypto.ShortBufferException;
import no.levehelelivet.process.internal.CanonicalWriter;
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

  /** What the first entry is chained to; never written. */
  private static final byte[] ZEROS = new byte[Sha256.LENGTH];

  private static final Digest NO_DIGEST = Digest.of(ZEROS);

  /** What a store starts with before its first digest: empty, so shared and never written. */
  private static final byte[] NO_BYTES = new byte[0];

  private static final @Nullable Digest[] NO_VALUES = new Digest[0];

  static {
    try {
      CLAIMED = MethodHandles.lookup().findVarHandle(EntryStore.class, "claimed", int.class);
    } catch (ReflectiveOperationException e) {
      throw new ExceptionInInitializerError(e);
    }
  }

  private final @Nullable EntryStore parent;

  /** The key sealed entries are chained under, if the journal was given one. */
  private final @Nullable ChainKey key;

  /** How many leading entries live in {@link #parent}. */
  private final int offset;

  private final int depth;

  /** The first chunk, and the directory of the others, allocated when first needed. */
  private JournalEntry @Nullable [] first;

  private JournalEntry @Nullable [] @Nullable [] chunks;

  /**
   * The first entry of a store made with it, before the first chunk is needed: a journal of one
   * entry, the start of a new process, has no chunk. Moved into the first chunk, and kept, when a
   * second entry is appended.
   */
  private final @Nullable JournalEntry only;

  /** How many slots have been claimed, counting the parent's prefix; set by compare-and-set. */
  @SuppressWarnings("UnusedVariable") // read and written through CLAIMED
  private volatile int claimed;

  /**
   * Guarded by {@code this}: the digests of local entries computed so far, {@value Sha256#LENGTH}
   * bytes each, back to back.
   */
  private byte[] digests = NO_BYTES;

  /** Guarded by {@code this}: the digests asked for as values, made when first asked for. */
  private @Nullable Digest[] values = NO_VALUES;

  /** Guarded by {@code this}: how many leading local entries have their digest computed. */
  private int digested;

  EntryStore() {
    this(null, 0, 0, null);
  }

  /** An empty store whose sealed entries are chained under {@code key}. */
  EntryStore(@Nullable ChainKey key) {
    this(null, 0, 0, key);
  }

  /**
   * A store holding {@code entry} as its first entry, claimed without a compare-and-set: nobody
   * else can see the store before the journal it is made for.
   */
  EntryStore(@Nullable ChainKey key, JournalEntry entry) {
    this(null, 0, 0, key, entry);
    CLAIMED.set(this, 1);
  }

  private EntryStore(@Nullable EntryStore parent, int offset, int depth, @Nullable ChainKey key) {
    this(parent, offset, depth, key, null);
  }

  private EntryStore(
      @Nullable EntryStore parent,
      int offset,
      int depth,
      @Nullable ChainKey key,
      @Nullable JournalEntry only) {
    this.only = only;
    this.parent = parent;
    this.key = key;
    this.offset = offset;
    this.depth = depth;
    // a plain write: the store is published through the final fields of the journal that owns it
    CLAIMED.set(this, offset);
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
        if (only != null) {
          slots[0] = only;
        }
        first = slots;
      } else {
        JournalEntry[][] directory = chunks;
        if (directory == null || chunk >= directory.length) {
          // grown by copying the references to the chunks, never the chunks: a journal that sees
          // the directory before it grew finds every chunk of the entries below its size in it
          JournalEntry[][] grown = new JournalEntry[Math.min(DIRECTORY, 2 * chunk + 2)][];
          if (directory != null) {
            System.arraycopy(directory, 0, grown, 0, directory.length);
          }
          directory = grown;
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
    return directory == null || chunk >= directory.length ? null : directory[chunk];
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
    if (entry == null && local == 0) {
      // a journal of the first entry alone may see the first chunk before the entry moved into it
      entry = store.only;
    }
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
      return new EntryStore(key);
    }
    if (depth < MAX_DEPTH) {
      return new EntryStore(this, size, depth + 1, key);
    }
    EntryStore flat = new EntryStore(key);
    for (int i = 0; i < size; i++) {
      flat.tryAppend(i, get(i));
    }
    return flat;
  }

  /**
   * Returns the chain digest after the entry at {@code index} (0-based), computing the digests not
   * yet known, each at most once; {@code index} -1 gives the 32 zero bytes before the first entry.
   * The digest value is made when first asked for and then kept, so a journal written again and
   * again encodes each digest once.
   */
  Digest digest(int index) {
    if (index < 0) {
      return NO_DIGEST;
    }
    return storeOf(index).localDigest(index);
  }

  /**
   * Whether the chain digest after the entry at {@code index} (0-based) is {@code recorded},
   * computing the digests not yet known but no digest value.
   */
  boolean digestMatches(int index, Digest recorded) {
    return storeOf(index).localMatches(index, recorded);
  }

  /**
   * Computes the chain digests up to the entry at {@code index} (0-based) that are not yet known,
   * in one pass with one message digest and one encoding buffer.
   */
  void computeDigests(int index) {
    if (index >= 0) {
      EntryStore store = storeOf(index);
      synchronized (store) {
        store.computeThrough(index - store.offset);
      }
    }
  }

  private EntryStore storeOf(int index) {
    EntryStore store = this;
    while (index < store.offset) {
      store = parentOf(store);
    }
    return store;
  }

  private synchronized Digest localDigest(int index) {
    int local = index - offset;
    computeThrough(local);
    if (local >= values.length) {
      values = Arrays.copyOf(values, digests.length / Sha256.LENGTH);
    }
    Digest value = values[local];
    if (value == null) {
      value = Digest.of(digests, local * Sha256.LENGTH);
      values[local] = value;
    }
    return value;
  }

  private synchronized boolean localMatches(int index, Digest recorded) {
    int local = index - offset;
    computeThrough(local);
    return recorded.matches(digests, local * Sha256.LENGTH);
  }

  /** The key sealed entries are chained under, if any. */
  @Nullable ChainKey key() {
    return key;
  }

  /** Copies the chain digest after the entry at {@code index} (0-based, not -1) into {@code to}. */
  private void copyDigest(int index, byte[] to) {
    EntryStore store = storeOf(index);
    synchronized (store) {
      int local = index - store.offset;
      store.computeThrough(local);
      System.arraycopy(store.digests, local * Sha256.LENGTH, to, 0, Sha256.LENGTH);
    }
  }

  /** Guarded by {@code this}: computes the digests of local entries up to {@code local}. */
  private void computeThrough(int local) {
    if (local < digested) {
      return;
    }
    int needed = (local + 1) * Sha256.LENGTH;
    if (needed > digests.length) {
      digests = Arrays.copyOf(digests, Math.max(needed, digests.length * 2));
    }
    MessageDigest sha = Sha256.newDigest();
    Mac mac = null;
    // The digest before the entry; 32 zero bytes before the first.
    byte[] previous = new byte[Sha256.LENGTH];
    CanonicalWriter encoding = new CanonicalWriter(256);
    for (int i = digested; i <= local; i++) {
      JournalEntry entry = get(offset + i);
      CanonicalEncoding.encodeTo(entry, encoding.reset());
      if (i > 0) {
        System.arraycopy(digests, (i - 1) * Sha256.LENGTH, previous, 0, Sha256.LENGTH);
      } else if (parent != null) {
        parent.copyDigest(offset - 1, previous);
      }
      try {
        if (entry.chainKeyId().isEmpty()) {
          encoding.updateDigest(sha);
          sha.update(previous);
          sha.digest(digests, i * Sha256.LENGTH, Sha256.LENGTH);
        } else {
          if (mac == null) {
            mac = sealingMac(entry, offset + i);
          }
          mac.update(encoding.toByteArray());
          mac.update(previous);
          mac.doFinal(digests, i * Sha256.LENGTH);
        }
      } catch (DigestException | ShortBufferException e) {
        throw new IllegalStateException("SHA-256 and HMAC-SHA256 give 32 bytes", e);
      }
    }
    digested = local + 1;
  }

  private Mac sealingMac(JournalEntry entry, int index) {
    String keyId = entry.chainKeyId().orElseThrow();
    if (key == null || !key.keyId().equals(keyId)) {
      // Journal.verify reports this as a value before any digest is computed; reaching it means
      // a digest was asked of a journal that was not given the key its entries are sealed under.
      throw new IllegalStateException(
          JournalCode.KEY_REQUIRED.code()
              + ": entry "
              + (index + 1)
              + " is sealed under chain key \""
              + keyId
              + "\"; give the journal that key (Journal.withChainKey) before asking for digests");
    }
    return key.newMac();
  }
}
