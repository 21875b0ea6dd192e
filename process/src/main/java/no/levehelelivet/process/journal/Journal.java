package no.levehelelivet.process.journal;

import com.google.common.collect.ImmutableList;
import java.security.SecureRandom;
import java.util.AbstractList;
import java.util.Collection;
import java.util.Iterator;
import java.util.List;
import java.util.Optional;
import java.util.RandomAccess;
import no.levehelelivet.core.ArgumentCode;
import no.levehelelivet.core.InvalidValueException;
import no.levehelelivet.core.internal.Echo;
import no.levehelelivet.process.internal.ProcessMessages;
import org.jspecify.annotations.Nullable;

/**
 * The journal of a process instance (<i>prosesslogg</i>): its accepted commands as entries numbered
 * 1, 2, 3, ..., each chained to the one before by a SHA-256 digest over its {@linkplain
 * CanonicalEncoding canonical encoding}.
 *
 * <p>A journal is a persistent value: {@link #append} returns a new journal and leaves this one as
 * it was, without copying the entries, so appending costs the same however long the journal is.
 * Digests are computed lazily, at most once per entry, when they are asked for ({@link
 * #headDigest()}, {@link #digest(long)}, {@link #verify()}), never when appending.
 *
 * <p>{@link #verify()} finds the first entry that was changed, removed, inserted or reordered in a
 * journal read from storage with its recorded digests; {@link #verify(Digest)} also catches a
 * truncated journal against the head digest stored when it was written.
 *
 * <p>A journal {@linkplain #withChainKey given a chain key} seals the entries appended to it: each
 * carries the key's id and is chained by HMAC-SHA256 under the key. {@link #verify(ChainKey)}
 * checks that the chain ends in entries sealed under that key; see the package documentation for
 * what each form proves.
 *
 * <p>Immutable and thread-safe: two threads may append to the same journal; each gets its own new
 * journal.
 */
public final class Journal implements Iterable<JournalEntry> {

  private final EntryStore store;
  private final int size;

  /** Where the salts of appended entries' texts come from, if this journal salts them. */
  private final @Nullable SecureRandom salts;

  private Journal(EntryStore store, int size) {
    this(store, size, null);
  }

  private Journal(EntryStore store, int size, @Nullable SecureRandom salts) {
    this.store = store;
    this.size = size;
    this.salts = salts;
  }

  /**
   * The empty journal. Appending to it never writes into its store, which holds nothing worth
   * sharing: the first entry starts a store of its own.
   */
  private static final Journal EMPTY = new Journal(new EntryStore(), 0);

  /**
   * The journal of a new process: its start entry alone, in a store of its own, with no key and no
   * salts; the engine's way, which need not check what {@link #append} checks.
   */
  static Journal started(JournalEntry start) {
    return new Journal(new EntryStore(null, start), 1);
  }

  /** {@return an empty journal} */
  public static Journal empty() {
    return EMPTY;
  }

  /**
   * {@return a journal of the given entries as they are, for example as read from storage, with no
   * check of their sequence numbers: {@link #verify()} reports what is wrong with them}
   *
   * @param entries the entries, in journal order
   */
  public static Journal of(Iterable<JournalEntry> entries) {
    EntryStore store = new EntryStore();
    int size = 0;
    for (JournalEntry entry : entries) {
      store.tryAppend(size++, entry);
    }
    return new Journal(store, size);
  }

  /**
   * {@return a journal of the given entries with the digests that were recorded with them in
   * storage, for {@link #verify()} to check}
   *
   * @param entries the entries, in journal order
   * @param recordedDigests the chain digest recorded with each entry, one per entry and in the same
   *     order
   * @throws InvalidValueException ({@code LHL-A-002}) if the lists differ in length
   */
  public static Journal fromRecorded(List<JournalEntry> entries, List<Digest> recordedDigests) {
    if (entries.size() != recordedDigests.size()) {
      throw InvalidValueException.inconsistent(
          "entries, recordedDigests",
          "recordedDigests must have one digest per entry, but has "
              + recordedDigests.size()
              + " for "
              + entries.size()
              + " entries");
    }
    ImmutableList.Builder<JournalEntry> recorded = ImmutableList.builder();
    for (int i = 0; i < entries.size(); i++) {
      recorded.add(entries.get(i).withRecordedDigest(recordedDigests.get(i)));
    }
    return of(recorded.build());
  }

  /**
   * {@return this journal with the same entries, sealing those appended from now on under {@code
   * key} (<i>forsegle</i>), and chaining the entries already sealed under a key with its id by
   * HMAC-SHA256 under it} Copies the references to the entries once; this journal is unchanged.
   *
   * @param key the chain key to seal the entries appended from now on under
   */
  public Journal withChainKey(ChainKey key) {
    EntryStore keyed = new EntryStore(key);
    for (int i = 0; i < size; i++) {
      keyed.tryAppend(i, store.get(i));
    }
    return new Journal(keyed, size, salts);
  }

  /**
   * {@return this journal with the same entries, salting the free texts (note, evidence) of the
   * entries appended from now on (<i>salte tekstane</i>) with salts drawn from {@code random}, so
   * that they can later be {@linkplain #redact redacted}} Hosts pass a {@code new SecureRandom()};
   * a test may pass one seeded for repeatable output. This journal is unchanged.
   *
   * @param random the source of the salts
   */
  public Journal withSalts(SecureRandom random) {
    return new Journal(store, size, random);
  }

  /**
   * {@return whether this journal was given a salt source for the texts of the entries appended to
   * it}
   */
  public boolean isSalting() {
    return salts != null;
  }

  /**
   * {@return this journal with the entries of the given sequence numbers in their {@linkplain
   * JournalEntry#redacted() redacted form} (<i>sladde</i>): their notes and evidence gone with
   * their salts, their salted digests kept, so every chain digest and the head digest are unchanged
   * and {@link #verify()} still passes} Entries without free text stay as they are. The redaction
   * itself is recorded by the caller as an entry of its own; see {@code ProcessInstance.redact}.
   * This journal is unchanged.
   *
   * @param sequences the sequence numbers of the entries to redact
   * @throws InvalidValueException ({@code LHL-A-001}) if a sequence number is not that of an entry;
   *     ({@code LHL-J-009}) if an entry with free text was recorded without salts
   */
  public Journal redact(Collection<Long> sequences) {
    for (long sequence : sequences) {
      if (sequence < 1 || sequence > size) {
        throw InvalidValueException.of(
            ArgumentCode.INVALID_VALUE, "sequence", "from 1 to " + size, sequence);
      }
    }
    ImmutableList.Builder<JournalEntry> entries = ImmutableList.builderWithExpectedSize(size);
    for (int i = 0; i < size; i++) {
      JournalEntry entry = store.get(i);
      entries.add(sequences.contains(i + 1L) ? entry.redacted() : entry);
    }
    ImmutableList<JournalEntry> redacted = entries.build();
    EntryStore rebuilt = new EntryStore(store.key());
    for (int i = 0; i < size; i++) {
      rebuilt.tryAppend(i, redacted.get(i));
    }
    return new Journal(rebuilt, size, salts);
  }

  /** {@return the chain key this journal seals appended entries under, if it was given one} */
  public Optional<ChainKey> chainKey() {
    return Optional.ofNullable(store.key());
  }

  /**
   * {@return this journal with {@code entry} appended, sealed under the journal's {@linkplain
   * #chainKey() chain key} if it has one, and its texts {@linkplain #withSalts salted} if this
   * journal salts them or its last entry was salted or redacted} This journal is unchanged.
   *
   * @param entry the entry to append
   * @throws InvalidValueException ({@code LHL-J-005}) unless the entry's sequence number is {@code
   *     size() + 1}; ({@code LHL-J-007}) if the entry is sealed under another key than the
   *     journal's
   */
  public Journal append(JournalEntry entry) {
    ChainKey key = store.key();
    if (key != null && !entry.chainKeyId().orElse(key.keyId()).equals(key.keyId())) {
      throw InvalidValueException.of(
          JournalCode.WRONG_KEY, "chainKeyId", key.keyId(), entry.chainKeyId().orElseThrow());
    }
    if (key != null && entry.chainKeyId().isEmpty()) {
      entry = entry.withChainKeyId(key.keyId());
    }
    SecureRandom source = salts;
    if (source == null && size > 0 && entry.hasText()) {
      JournalEntry previous = store.get(size - 1);
      // A journal read back goes on salting as it was: its last salted entry says so.
      source = previous.isSalted() || previous.isRedacted() ? new SecureRandom() : null;
    }
    if (entry.hasText() && !entry.isSalted() && source != null) {
      ImmutableList.Builder<Salt> drawn = ImmutableList.builder();
      int texts = (entry.note().isPresent() ? 1 : 0) + entry.evidence().size();
      for (int i = 0; i < texts; i++) {
        drawn.add(Salt.draw(source));
      }
      entry = entry.withSalts(drawn.build());
    }
    if (entry.sequence() != size + 1L) {
      throw InvalidValueException.of(
          JournalCode.OUT_OF_SEQUENCE,
          "sequence",
          "the next sequence number, " + (size + 1L),
          entry.sequence());
    }
    if (size == 0) {
      // nothing to share and nobody to race: a store of its own, without a compare-and-set
      return new Journal(new EntryStore(key, entry), 1, salts);
    }
    if (store.tryAppend(size, entry)) {
      return new Journal(store, size + 1, salts);
    }
    EntryStore branch = store.branch(size);
    if (!branch.tryAppend(size, entry)) {
      throw new IllegalStateException("a fresh branch is owned by its creator");
    }
    return new Journal(branch, size + 1, salts);
  }

  /**
   * {@return the number of entries, which is also the version of the process instance it belongs
   * to}
   */
  public long size() {
    return size;
  }

  /** {@return whether the journal has no entries} */
  public boolean isEmpty() {
    return size == 0;
  }

  /**
   * {@return the entry at {@code position}, counting from 1 (for an intact journal, the entry with
   * that sequence number)}
   *
   * @param position the entry's position, from 1 to {@link #size()}
   * @throws IndexOutOfBoundsException unless {@code 1 <= position <= size()}
   */
  public JournalEntry entry(long position) {
    checkPosition(position);
    return store.get((int) position - 1);
  }

  /** {@return the last entry, if any} */
  public Optional<JournalEntry> last() {
    return size == 0 ? Optional.empty() : Optional.of(store.get(size - 1));
  }

  /** {@return the entries in order, as an unmodifiable list view that costs nothing to take} */
  public List<JournalEntry> entries() {
    return new EntryList();
  }

  @Override
  public Iterator<JournalEntry> iterator() {
    return entries().iterator();
  }

  /**
   * {@return the journal as it was after entry {@code position}: its first {@code position}
   * entries, sharing them with this journal}
   *
   * @param position how many entries to keep, from 0 to {@link #size()}
   * @throws IndexOutOfBoundsException unless {@code 0 <= position <= size()}
   */
  public Journal asOf(long position) {
    if (position < 0 || position > size) {
      throw new IndexOutOfBoundsException(
          "position must be from 0 to " + size + ", was " + position);
    }
    return position == size ? this : new Journal(store, (int) position, salts);
  }

  /**
   * {@return the chain digest after the last entry; 32 zero bytes for an empty journal}
   *
   * @throws IllegalStateException ({@code LHL-J-006}) if an entry is sealed under a chain key this
   *     journal was not given
   */
  public Digest headDigest() {
    return store.digest(size - 1);
  }

  /**
   * {@return the chain digest after the entry at {@code position} (counting from 1); what a writer
   * stores with that entry}
   *
   * @param position the entry's position, from 1 to {@link #size()}
   * @throws IndexOutOfBoundsException unless {@code 1 <= position <= size()}
   * @throws IllegalStateException ({@code LHL-J-006}) if an entry up to {@code position} is sealed
   *     under a chain key this journal was not given
   */
  public Digest digest(long position) {
    checkPosition(position);
    return store.digest((int) position - 1);
  }

  /**
   * Verifies the journal: sequence numbers run 1, 2, 3, ... and each entry that carries a recorded
   * digest matches the chain digest computed over the entries. Sealed entries need the journal's
   * {@linkplain #chainKey() chain key} ({@code LHL-J-006}, {@code LHL-J-007}), and once an entry is
   * sealed every later one must be ({@code LHL-J-008}).
   *
   * @return the verification, naming the first entry at fault if any
   */
  public Verification verify() {
    Verification seals = verifySeals();
    if (!seals.isIntact()) {
      return seals;
    }
    boolean computed = false;
    for (int i = 0; i < size; i++) {
      JournalEntry entry = store.get(i);
      long position = i + 1L;
      if (entry.sequence() != position) {
        return Verification.failed(
            JournalCode.SEQUENCE_BREAK,
            position,
            ProcessMessages.format(
                JournalCode.SEQUENCE_BREAK,
                "entry %d has sequence number %d: an entry was removed, inserted or reordered",
                position,
                entry.sequence()));
      }
      Optional<Digest> recorded = entry.recordedDigest();
      if (recorded.isPresent()) {
        if (!computed) {
          // One pass over the rest of the chain, rather than one per entry.
          store.computeDigests(size - 1);
          computed = true;
        }
        if (!store.digestMatches(i, recorded.get())) {
          Digest digest = store.digest(i);
          return Verification.failed(
              JournalCode.DIGEST_MISMATCH,
              position,
              ProcessMessages.format(
                  JournalCode.DIGEST_MISMATCH,
                  "entry %d has digest %s but %s was recorded: the entry or one before it was"
                      + " changed"
                      + (entry.chainKeyId().isPresent()
                          ? ", or the chain key is not the one it was sealed under"
                          : ""),
                  position,
                  digest,
                  recorded.get()));
        }
      }
    }
    return Verification.intact();
  }

  private Verification verifySeals() {
    ChainKey key = store.key();
    long firstSealed = 0;
    for (int i = 0; i < size; i++) {
      Optional<String> keyId = store.get(i).chainKeyId();
      long position = i + 1L;
      if (keyId.isEmpty()) {
        if (firstSealed > 0) {
          return Verification.failed(
              JournalCode.NOT_SEALED,
              position,
              ProcessMessages.format(
                  JournalCode.NOT_SEALED,
                  "entry %d is not sealed though entry %d is: the chain may have been computed"
                      + " again without the key",
                  position,
                  firstSealed));
        }
      } else {
        firstSealed = firstSealed > 0 ? firstSealed : position;
        if (key == null) {
          return Verification.failed(
              JournalCode.KEY_REQUIRED,
              position,
              ProcessMessages.format(
                  JournalCode.KEY_REQUIRED,
                  "entry %d is sealed under chain key %s, which the journal was not given",
                  position,
                  Echo.quote(keyId.get())));
        }
        if (!key.keyId().equals(keyId.get())) {
          return Verification.failed(
              JournalCode.WRONG_KEY,
              position,
              ProcessMessages.format(
                  JournalCode.WRONG_KEY,
                  "entry %d is sealed under chain key %s, not under %s",
                  position,
                  Echo.quote(keyId.get()),
                  Echo.quote(key.keyId())));
        }
      }
    }
    return Verification.intact();
  }

  /**
   * Verifies the journal under {@code key} (<i>verifisere med nøkkel</i>): as {@link #verify()}
   * does on the journal {@linkplain #withChainKey given the key}, and then that its last entry is
   * sealed under it ({@code LHL-J-008} if not). An intact result proves that whoever wrote the last
   * entry held the key, and that no sealed entry nor any entry before one was changed since;
   * together with a head digest kept where the journal's writer cannot change it, it also proves
   * nothing was cut off the end.
   *
   * @param key the chain key the journal's entries were sealed under
   * @return the verification, naming the first entry at fault if any
   */
  public Verification verify(ChainKey key) {
    Journal keyed = key.equals(store.key()) ? this : withChainKey(key);
    Verification verification = keyed.verify();
    if (!verification.isIntact()) {
      return verification;
    }
    if (size == 0 || store.get(size - 1).chainKeyId().isEmpty()) {
      return Verification.failed(
          JournalCode.NOT_SEALED,
          size,
          ProcessMessages.format(
              JournalCode.NOT_SEALED,
              "the last entry, %d, is not sealed under chain key %s: the chain may have been"
                  + " computed again without the key",
              size,
              Echo.quote(key.keyId())));
    }
    return verification;
  }

  /**
   * Verifies the journal as {@link #verify()} does and then that its head digest is {@code
   * expectedHeadDigest}, the head stored when it was last written, which catches a truncated or
   * rewritten journal.
   *
   * @param expectedHeadDigest the head digest stored when the journal was last written
   * @return the verification; a head mismatch names {@code size() + 1}, the first entry that may be
   *     missing
   */
  public Verification verify(Digest expectedHeadDigest) {
    Verification verification = verify();
    if (!verification.isIntact()) {
      return verification;
    }
    Digest head = headDigest();
    if (!head.equals(expectedHeadDigest)) {
      return Verification.failed(
          JournalCode.HEAD_MISMATCH,
          size + 1L,
          ProcessMessages.format(
              JournalCode.HEAD_MISMATCH,
              "the head digest after %d entries is %s but %s was stored: the journal was truncated"
                  + " or rewritten",
              size,
              head,
              expectedHeadDigest));
    }
    return verification;
  }

  /** Whether this journal and {@code other} share their storage (appending did not copy). */
  boolean sharesStorageWith(Journal other) {
    return store == other.store;
  }

  private void checkPosition(long position) {
    if (position < 1 || position > size) {
      throw new IndexOutOfBoundsException(
          "position must be from 1 to " + size + ", was " + position);
    }
  }

  /** Journals are equal when they hold equal entries in the same order. */
  @Override
  public boolean equals(@Nullable Object other) {
    if (this == other) {
      return true;
    }
    if (!(other instanceof Journal that) || size != that.size) {
      return false;
    }
    for (int i = 0; i < size; i++) {
      if (!store.get(i).equals(that.store.get(i))) {
        return false;
      }
    }
    return true;
  }

  /** The hash code of the list of its entries, as {@link List#hashCode()} defines it. */
  @Override
  public int hashCode() {
    return entries().hashCode();
  }

  /** A short description: the number of entries and the last entry's trigger. */
  @Override
  public String toString() {
    return size == 0
        ? "Journal[empty]"
        : "Journal[" + size + " entries, last: " + store.get(size - 1).trigger() + "]";
  }

  private final class EntryList extends AbstractList<JournalEntry> implements RandomAccess {
    @Override
    public JournalEntry get(int index) {
      if (index < 0 || index >= size) {
        throw new IndexOutOfBoundsException(
            "index must be from 0 to " + (size - 1) + ", was " + index);
      }
      return store.get(index);
    }

    @Override
    public int size() {
      return size;
    }
  }
}
