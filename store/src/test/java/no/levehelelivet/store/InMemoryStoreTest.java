package no.levehelelivet.store;

/** The store in memory keeps every promise of the contract. */
class InMemoryStoreTest extends ProcessStoreContract {

  @Override
  protected ProcessStore newStore(StoreOptions options) {
    return options.inMemory();
  }
}
