package no.levehelelivet.store;

import com.google.common.collect.ImmutableMap;
import java.security.SecureRandom;
import java.time.Clock;
import java.util.Objects;
import java.util.Optional;
import no.levehelelivet.process.journal.ChainKey;
import no.levehelelivet.store.internal.InMemoryStore;
import org.jspecify.annotations.Nullable;

/**
 * How a store treats the processes it keeps (<i>innstillinger</i>): the chain keys it checks and
 * seals sealed processes with, the source of the salts for processes whose texts are salted, and
 * the clock its outbox leases run on. Shared by every kind of store.
 *
 * <p>Immutable and thread-safe; every {@code with*} returns a changed copy.
 */
public final class StoreOptions {

  /** The default bound of {@link #cacheBytes()}: 64 MiB. */
  public static final long DEFAULT_CACHE_BYTES = 64L << 20;

  private static final StoreOptions DEFAULTS =
      new StoreOptions(ImmutableMap.of(), null, Clock.systemUTC(), DEFAULT_CACHE_BYTES);

  private final ImmutableMap<String, ChainKey> chainKeys;
  private final @Nullable SecureRandom saltSource;
  private final Clock clock;
  private final long cacheBytes;

  private StoreOptions(
      ImmutableMap<String, ChainKey> chainKeys,
      @Nullable SecureRandom saltSource,
      Clock clock,
      long cacheBytes) {
    this.chainKeys = chainKeys;
    this.saltSource = saltSource;
    this.clock = clock;
    this.cacheBytes = cacheBytes;
  }

  /**
   * {@return the default options: no chain keys, salts from a {@code new SecureRandom()} made when
   * first needed, the system clock in UTC, and a cache of {@value #DEFAULT_CACHE_BYTES} bytes}
   */
  public static StoreOptions defaults() {
    return DEFAULTS;
  }

  /** {@return the chain keys by id (<i>kjedenøkler</i>)} */
  public ImmutableMap<String, ChainKey> chainKeys() {
    return chainKeys;
  }

  /**
   * {@return the chain key with {@code keyId}, if the store was given it}
   *
   * @param keyId the id of the chain key
   */
  public Optional<ChainKey> chainKey(String keyId) {
    return Optional.ofNullable(chainKeys.get(keyId));
  }

  /** {@return the salt source given, if one was} */
  public Optional<SecureRandom> saltSource() {
    return Optional.ofNullable(saltSource);
  }

  /** {@return the clock outbox leases run on} */
  public Clock clock() {
    return clock;
  }

  /**
   * {@return how many bytes (by {@link
   * no.levehelelivet.process.ProcessInstance#writtenSizeBound()}) of recently loaded or saved
   * processes the store keeps (<i>hurtigbuffer</i>), so that a step on a process the store wrote
   * last reads its summary row, not its whole journal} A kept process is used only while its
   * summary row, version and head digest included, is unchanged; {@code load}, {@code asOf} and
   * {@code verifyAll} always read and check every row. 0 keeps none.
   */
  public long cacheBytes() {
    return cacheBytes;
  }

  /**
   * {@return these options with {@code key} too, replacing a key with the same id: processes sealed
   * under its id are checked and sealed with it}
   *
   * @param key the chain key to add
   */
  public StoreOptions withChainKey(ChainKey key) {
    ImmutableMap.Builder<String, ChainKey> keys = ImmutableMap.builder();
    keys.putAll(chainKeys).put(key.keyId(), key);
    return new StoreOptions(keys.buildKeepingLast(), saltSource, clock, cacheBytes);
  }

  /**
   * {@return these options with the salts drawn from {@code random}; tests may pass a seeded one}
   *
   * @param random the source the salts are drawn from
   */
  public StoreOptions withSaltSource(SecureRandom random) {
    return new StoreOptions(chainKeys, Objects.requireNonNull(random, "random"), clock, cacheBytes);
  }

  /**
   * {@return these options with outbox leases on {@code clock}}
   *
   * @param clock the clock for outbox leases to run on
   */
  public StoreOptions withClock(Clock clock) {
    return new StoreOptions(
        chainKeys, saltSource, Objects.requireNonNull(clock, "clock"), cacheBytes);
  }

  /**
   * {@return these options with a cache of at most {@code bytes}; see {@link #cacheBytes()}}
   *
   * @param bytes the most bytes of processes to keep; 0 or more, and 0 keeps none
   * @throws no.levehelelivet.core.InvalidValueException ({@code LHL-A-001}) if it is negative
   */
  public StoreOptions withCacheBytes(long bytes) {
    if (bytes < 0) {
      throw no.levehelelivet.core.InvalidValueException.of(
          no.levehelelivet.core.ArgumentCode.INVALID_VALUE, "cacheBytes", "0 or more", bytes);
    }
    return new StoreOptions(chainKeys, saltSource, clock, bytes);
  }

  /** {@return a store in memory with these options; see {@link ProcessStore#inMemory()}} */
  public ProcessStore inMemory() {
    return new InMemoryStore(this);
  }
}
