package no.levehelelivet.store;

import net.jqwik.api.PropertyDefaults;
import no.levehelelivet.store.jdbc.Dialect;
import org.h2.jdbcx.JdbcDataSource;

/**
 * The law of {@link StoreProperties} on H2, with fewer tries, as each step is a transaction: every
 * try walks a process of its own in one store.
 */
@PropertyDefaults(tries = 50)
class H2StoreProperties extends StoreProperties {

  private final ProcessStore store = Databases.store(memory(), Dialect.H2, StoreOptions.defaults());

  @Override
  protected ProcessStore store() {
    return store;
  }

  private static JdbcDataSource memory() {
    JdbcDataSource h2 = new JdbcDataSource();
    h2.setURL("jdbc:h2:mem:store-properties;DB_CLOSE_DELAY=-1");
    return h2;
  }
}
