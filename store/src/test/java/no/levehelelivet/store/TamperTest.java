package no.levehelelivet.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import com.zaxxer.hikari.HikariDataSource;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.stream.Stream;
import javax.sql.DataSource;
import no.levehelelivet.core.Municipality;
import no.levehelelivet.process.Command;
import no.levehelelivet.process.ProcessInstance;
import no.levehelelivet.process.StandardProcess;
import no.levehelelivet.process.journal.JournalEntry;
import no.levehelelivet.store.jdbc.Dialect;
import no.levehelelivet.store.jdbc.JdbcProcessStore;
import no.levehelelivet.store.jdbc.Tables;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Rows changed behind the store's back, by SQL on its tables, are refused on loading with the code
 * that says what was changed, naming the process and the entry, and reported by the audit, while
 * the other processes in the same tables still load; and SQL in ids and texts is kept as text.
 */
class TamperTest {

  private static final String TAMPERED = "tampered";
  private static final List<String> KEPT = List.of("kept-1", "kept-2");

  /** Every process has six entries: the start and five answers. */
  private static final long LAST = 6;

  private static final long MIDDLE = 3;

  @TempDir Path folder;

  /** A change to the rows of {@link #TAMPERED}, and what loading it says. */
  enum Tamper {
    /** An answer's text changed, the bytes still readable: the entry no longer gives its digest. */
    ENTRY_TEXT(StoreCode.CHAIN_BROKEN, MIDDLE),
    /** An entry's bytes replaced with bytes that are no entry. */
    ENTRY_GARBAGE(StoreCode.ENTRY_UNREADABLE, MIDDLE),
    /** An entry's digest changed. */
    DIGEST(StoreCode.CHAIN_BROKEN, MIDDLE),
    /** An entry in the middle deleted: its number is missing. */
    DELETE_MIDDLE(StoreCode.CHAIN_BROKEN, MIDDLE),
    /**
     * The last entry deleted: what is left verifies but does not end at the head; the store names
     * the last entry it holds.
     */
    DELETE_LAST(StoreCode.HEAD_MISMATCH, LAST - 1),
    /**
     * A row added after the last, a copy of it: loading reads up to the head and gives the process
     * as last committed, but the next step cannot be stored where the row is, and the audit names
     * it.
     */
    APPEND(StoreCode.CHAIN_BROKEN, LAST + 1),
    /** Two entries' bytes swapped: the row numbered 3 holds entry 4. */
    SWAP(StoreCode.CHAIN_BROKEN, MIDDLE),
    /** The head digest in the process row changed: the whole chain ends elsewhere. */
    HEAD(StoreCode.HEAD_MISMATCH, LAST),
    /** The phase in the process row changed: the summary disagrees with the journal. */
    PHASE(StoreCode.SUMMARY_MISMATCH, 0);

    final StoreCode code;
    final long sequence;

    Tamper(StoreCode code, long sequence) {
      this.code = code;
      this.sequence = sequence;
    }
  }

  static Stream<Arguments> tampering() {
    List<Arguments> cases = new ArrayList<>();
    for (Dialect dialect : Dialect.values()) {
      for (Tamper tamper : Tamper.values()) {
        cases.add(Arguments.of(dialect, tamper));
      }
    }
    return cases.stream();
  }

  @ParameterizedTest(name = "{0}: {1}")
  @MethodSource("tampering")
  void tamperedRowsAreRefusedWithTheirCodeAndReportedByTheAudit(Dialect dialect, Tamper tamper)
      throws Exception {
    try (HikariDataSource pool = pool(dialect)) {
      JdbcProcessStore store = Databases.store(pool, dialect, StoreOptions.defaults());
      List<ProcessInstance> kept = new ArrayList<>();
      for (String id : KEPT) {
        kept.add(answered(store, id));
      }
      ProcessInstance committed = answered(store, TAMPERED);
      assertThat(store.verifyAll((checked, total, broken) -> {}).isIntact()).isTrue();

      tamper(pool, store.tables(), tamper);

      StoreException refused;
      if (tamper == Tamper.APPEND) {
        assertThat(store.load(TAMPERED)).isEqualTo(committed);
        refused =
            catchThrowableOfType(
                StoreException.class,
                () -> store.apply(TAMPERED, StoreScenes.answer((int) LAST), StoreScenes.CLOCK));
        assertThat(refused).as("the next step after %s", tamper).isNotNull();
        assertThat(store.load(TAMPERED)).isEqualTo(committed);
      } else {
        refused = catchThrowableOfType(StoreException.class, () -> store.load(TAMPERED));
        assertThat(refused).as("loading after %s", tamper).isNotNull();
        assertThat(catchThrowableOfType(StoreException.class, () -> store.find(TAMPERED)).code())
            .isEqualTo(tamper.code);
      }
      assertThat(refused.code()).isEqualTo(tamper.code);
      assertThat(refused.processId()).hasValue(TAMPERED);
      if (tamper.sequence == 0) {
        assertThat(refused.sequence()).isEmpty();
      } else {
        assertThat(refused.sequence()).hasValue(tamper.sequence);
      }

      AuditReport report = store.verifyAll((checked, total, broken) -> {});
      assertThat(report.checked()).isEqualTo(3);
      assertThat(report.broken()).hasSize(1);
      BrokenChain broken = report.broken().get(0);
      assertThat(broken.processId()).isEqualTo(TAMPERED);
      assertThat(broken.sequence()).isEqualTo(tamper.sequence);
      assertThat(broken.code()).isEqualTo(tamper.code);
      for (int i = 0; i < KEPT.size(); i++) {
        assertThat(store.load(KEPT.get(i))).isEqualTo(kept.get(i));
      }
    }
  }

  @ParameterizedTest
  @EnumSource(Dialect.class)
  void sqlInIdsAndTextsIsKeptAsText(Dialect dialect) throws Exception {
    try (HikariDataSource pool = pool(dialect)) {
      JdbcProcessStore store = Databases.store(pool, dialect, StoreOptions.defaults());
      Tables tables = store.tables();
      String id = "x'); DROP TABLE " + tables.entry() + ";--";
      String note = "'; DROP TABLE " + tables.process() + ";--";
      String evidence = "2026/1'); DELETE FROM " + tables.outbox() + ";--";
      String name = "Kommune'; DROP TABLE " + tables.definition() + ";--";
      ProcessInstance started = StoreScenes.started(id, Municipality.of(name, "1824"));
      assertThat(store.create(started).isSaved()).isTrue();
      StoreResult answered =
          store.apply(
              id, Command.answer(StoreScenes.QUESTION, StoreScenes.LEAD, note), StoreScenes.CLOCK);
      StoreResult recorded =
          store.apply(
              id,
              Command.recordCriterion(
                  StandardProcess.PROCESS_TEAM_APPOINTED, StoreScenes.LEAD, evidence),
              StoreScenes.CLOCK);
      StoreResult paused = store.apply(id, StoreScenes.pause(1).withNote(note), StoreScenes.CLOCK);
      assertThat(List.of(answered, recorded, paused)).allMatch(StoreResult::isSaved);

      ProcessInstance loaded = store.load(id);
      assertThat(loaded).isEqualTo(((Saved) paused).instance());
      assertThat(loaded.id()).isEqualTo(id);
      assertThat(loaded.municipality().name()).isEqualTo(name);
      JournalEntry answer = loaded.journal().entry(2);
      assertThat(answer.note()).hasValue(note);
      assertThat(loaded.journal().entry(3).evidence()).containsExactly(evidence);
      assertThat(loaded.journal().entry(4).note()).hasValue(note);
      assertThat(store.summary(id)).hasValueSatisfying(s -> assertThat(s.id()).isEqualTo(id));
      assertThat(store.processes(ProcessQuery.all()).processes())
          .extracting(ProcessSummary::id)
          .containsExactly(id);
      List<OutboxEffect> effects = StoreScenes.drain(store.outbox());
      assertThat(effects).isNotEmpty().allMatch(e -> e.effect().processId().equals(id));
      assertThat(effects.get(0).idempotencyKey()).startsWith(id + "/4/");
      assertThat(store.verifyAll((checked, total, broken) -> {}).isIntact()).isTrue();
      for (String table :
          List.of(tables.definition(), tables.process(), tables.entry(), tables.outbox())) {
        assertThat(count(pool, table)).as(table).isPositive();
      }
    }
  }

  private HikariDataSource pool(Dialect dialect) {
    return dialect == Dialect.H2 ? Databases.h2(folder) : Databases.postgres(4);
  }

  /** The process {@code id} started and five questions answered, "answer 1" to "answer 5". */
  private static ProcessInstance answered(JdbcProcessStore store, String id) {
    assertThat(store.create(StoreScenes.started(id, StoreScenes.VEFSN)).isSaved()).isTrue();
    StoreResult result = null;
    for (int n = 1; n <= LAST - 1; n++) {
      result = store.apply(id, StoreScenes.answer(n), StoreScenes.CLOCK);
      assertThat(result.isSaved()).isTrue();
    }
    ProcessInstance instance = ((Saved) Objects.requireNonNull(result)).instance();
    assertThat(instance.version()).isEqualTo(LAST);
    return instance;
  }

  private static void tamper(DataSource dataSource, Tables tables, Tamper tamper)
      throws SQLException {
    try (Connection connection = dataSource.getConnection()) {
      switch (tamper) {
        case ENTRY_TEXT -> {
          byte[] bytes = entry(connection, tables, MIDDLE);
          // entry 3 is the second answer
          byte[] text = "answer 2".getBytes(StandardCharsets.UTF_8);
          int at = indexOf(bytes, text);
          assertThat(at).as("the answer's text in the entry's bytes").isNotNegative();
          bytes[at + text.length - 1] = '7';
          setEntry(connection, tables, MIDDLE, bytes);
        }
        case ENTRY_GARBAGE ->
            setEntry(
                connection, tables, MIDDLE, "'; not an entry".getBytes(StandardCharsets.UTF_8));
        case DIGEST -> {
          byte[] digest = digest(connection, tables, MIDDLE);
          digest[0] ^= 1;
          update(
              connection,
              "UPDATE " + tables.entry() + " SET digest = ? WHERE process_id = ? AND sequence = ?",
              digest,
              MIDDLE);
        }
        case DELETE_MIDDLE -> deleteEntry(connection, tables, MIDDLE);
        case DELETE_LAST -> deleteEntry(connection, tables, LAST);
        case APPEND -> {
          try (PreparedStatement insert =
              connection.prepareStatement(
                  "INSERT INTO "
                      + tables.entry()
                      + " (process_id, sequence, entry, digest) VALUES (?, ?, ?, ?)")) {
            insert.setString(1, TAMPERED);
            insert.setLong(2, LAST + 1);
            insert.setBytes(3, entry(connection, tables, LAST));
            insert.setBytes(4, digest(connection, tables, LAST));
            assertThat(insert.executeUpdate()).isEqualTo(1);
          }
        }
        case SWAP -> {
          byte[] third = entry(connection, tables, MIDDLE);
          byte[] fourth = entry(connection, tables, MIDDLE + 1);
          setEntry(connection, tables, MIDDLE, fourth);
          setEntry(connection, tables, MIDDLE + 1, third);
        }
        case HEAD ->
            updateProcess(
                connection, "UPDATE " + tables.process() + " SET head_digest = ?", "0".repeat(64));
        case PHASE ->
            updateProcess(
                connection,
                "UPDATE " + tables.process() + " SET phase = ?",
                StandardProcess.MAPPING);
      }
    }
  }

  private static byte[] entry(Connection connection, Tables tables, long sequence)
      throws SQLException {
    return column(connection, "SELECT entry FROM " + tables.entry(), sequence);
  }

  private static byte[] digest(Connection connection, Tables tables, long sequence)
      throws SQLException {
    return column(connection, "SELECT digest FROM " + tables.entry(), sequence);
  }

  private static byte[] column(Connection connection, String select, long sequence)
      throws SQLException {
    try (PreparedStatement statement =
        connection.prepareStatement(select + " WHERE process_id = ? AND sequence = ?")) {
      statement.setString(1, TAMPERED);
      statement.setLong(2, sequence);
      try (ResultSet row = statement.executeQuery()) {
        assertThat(row.next()).isTrue();
        return row.getBytes(1);
      }
    }
  }

  private static void setEntry(Connection connection, Tables tables, long sequence, byte[] bytes)
      throws SQLException {
    update(
        connection,
        "UPDATE " + tables.entry() + " SET entry = ? WHERE process_id = ? AND sequence = ?",
        bytes,
        sequence);
  }

  private static void update(Connection connection, String sql, byte[] value, long sequence)
      throws SQLException {
    try (PreparedStatement update = connection.prepareStatement(sql)) {
      update.setBytes(1, value);
      update.setString(2, TAMPERED);
      update.setLong(3, sequence);
      assertThat(update.executeUpdate()).isEqualTo(1);
    }
  }

  private static void deleteEntry(Connection connection, Tables tables, long sequence)
      throws SQLException {
    try (PreparedStatement delete =
        connection.prepareStatement(
            "DELETE FROM " + tables.entry() + " WHERE process_id = ? AND sequence = ?")) {
      delete.setString(1, TAMPERED);
      delete.setLong(2, sequence);
      assertThat(delete.executeUpdate()).isEqualTo(1);
    }
  }

  private static void updateProcess(Connection connection, String set, String value)
      throws SQLException {
    try (PreparedStatement update = connection.prepareStatement(set + " WHERE process_id = ?")) {
      update.setString(1, value);
      update.setString(2, TAMPERED);
      assertThat(update.executeUpdate()).isEqualTo(1);
    }
  }

  private static long count(DataSource dataSource, String table) throws SQLException {
    try (Connection connection = dataSource.getConnection();
        PreparedStatement select = connection.prepareStatement("SELECT COUNT(*) FROM " + table);
        ResultSet row = select.executeQuery()) {
      row.next();
      return row.getLong(1);
    }
  }

  private static int indexOf(byte[] bytes, byte[] part) {
    for (int at = 0; at + part.length <= bytes.length; at++) {
      if (Arrays.equals(bytes, at, at + part.length, part, 0, part.length)) {
        return at;
      }
    }
    return -1;
  }
}
