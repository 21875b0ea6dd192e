package no.levehelelivet.store;

import static org.assertj.core.api.Assertions.assertThat;

import com.zaxxer.hikari.HikariDataSource;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import no.levehelelivet.process.Command;
import no.levehelelivet.process.ProcessInstance;
import no.levehelelivet.store.jdbc.Dialect;
import no.levehelelivet.store.jdbc.JdbcProcessStore;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * PostgreSQL stopped and started again on the same data: a store on a new pool loads exactly the
 * processes last committed, every chain holds, and the outbox has what it had.
 */
class PostgresRestartTest {

  @TempDir Path data;

  private EmbeddedPostgres start() throws Exception {
    return Databases.started(
        EmbeddedPostgres.builder()
            .setDataDirectory(data.resolve("postgres"))
            .setCleanDataDirectory(false));
  }

  @Test
  void aStoreOnARestartedServerLoadsTheLastCommittedProcesses() throws Exception {
    String prefix;
    List<ProcessInstance> committed = new ArrayList<>();
    long pending;
    List<String> pendingKeys = new ArrayList<>();
    try (EmbeddedPostgres postgres = start();
        HikariDataSource pool = Databases.pool(postgres.getPostgresDatabase(), 4)) {
      assertThat(Databases.isDurable(pool)).isTrue();
      JdbcProcessStore store = Databases.store(pool, Dialect.POSTGRESQL, StoreOptions.defaults());
      prefix = store.tables().prefix();
      for (int i = 0; i < 3; i++) {
        String id = "restart-" + i;
        assertThat(store.create(StoreScenes.started(id, StoreScenes.municipality(i))).isSaved())
            .isTrue();
        for (Command command :
            List.of(StoreScenes.answer(1), StoreScenes.pause(2), StoreScenes.resume(3))) {
          StoreResult result = store.apply(id, command, StoreScenes.CLOCK);
          assertThat(result).isInstanceOf(Saved.class);
          pendingKeys.addAll(StoreScenes.keys(List.of((Saved) result)));
        }
        committed.add(store.load(id));
      }
      // one effect delivered before the stop, the rest still pending
      List<OutboxEffect> claimed = store.outbox().claim(1, StoreScenes.LEASE);
      assertThat(claimed).hasSize(1);
      assertThat(store.outbox().complete(claimed.get(0))).isTrue();
      assertThat(pendingKeys.remove(claimed.get(0).idempotencyKey())).isTrue();
      pending = store.outbox().pending();
      assertThat(pending).isPositive().isEqualTo(pendingKeys.size());
    }

    try (EmbeddedPostgres postgres = start();
        HikariDataSource pool = Databases.pool(postgres.getPostgresDatabase(), 4)) {
      JdbcProcessStore store =
          JdbcProcessStore.builder(pool)
              .dialect(Dialect.POSTGRESQL)
              .tablePrefix(prefix)
              .options(StoreOptions.defaults())
              .build();
      for (ProcessInstance instance : committed) {
        assertThat(store.load(instance.id())).isEqualTo(instance);
      }
      AuditReport report = store.verifyAll((checked, total, broken) -> {});
      assertThat(report.isIntact()).isTrue();
      assertThat(report.checked()).isEqualTo(committed.size());
      assertThat(store.outbox().pending()).isEqualTo(pending);
      assertThat(StoreScenes.drain(store.outbox()))
          .extracting(OutboxEffect::idempotencyKey)
          .containsExactlyInAnyOrderElementsOf(pendingKeys);
      assertThat(store.apply("restart-0", StoreScenes.answer(4), StoreScenes.CLOCK).isSaved())
          .isTrue();
    }
  }
}
