package no.levehelelivet.store;

/**
 * The store in memory keeps every promise of the contract with no cache, so that every step loads
 * and checks the whole process, as a store that never wrote the process before does.
 */
class UncachedInMemoryStoreTest extends ProcessStoreContract {

  @Override
  protected ProcessStore newStore(StoreOptions options) {
    return options.withCacheBytes(0).inMemory();
  }
}
