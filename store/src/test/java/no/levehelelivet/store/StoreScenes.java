package no.levehelelivet.store;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.common.collect.ImmutableList;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import javax.sql.DataSource;
import no.levehelelivet.core.Municipality;
import no.levehelelivet.process.Actor;
import no.levehelelivet.process.Command;
import no.levehelelivet.process.Effect;
import no.levehelelivet.process.ProcessDefinition;
import no.levehelelivet.process.ProcessInstance;
import no.levehelelivet.process.ProcessStatus;
import no.levehelelivet.process.Role;
import no.levehelelivet.process.Trigger;
import no.levehelelivet.process.journal.JournalCodec;
import no.levehelelivet.process.journal.JournalEntry;
import no.levehelelivet.store.jdbc.JdbcProcessStore;

/**
 * Small builders for the store's concurrency and fault tests: Vefsn's process lead answers the
 * start-up phase's reflection questions, a step the engine accepts as often as it is asked, and now
 * and then pauses and resumes the process, steps that cause effects; and the checks that a store
 * kept every saved step once, with its effects.
 */
final class StoreScenes {

  static final Instant T0 = Instant.parse("2026-01-05T09:00:00Z");

  /** One fixed time for every step: a step at the time of the last entry is accepted. */
  static final Clock CLOCK = Clock.fixed(T0, ZoneOffset.UTC);

  static final Actor LEAD = Actor.of("kari", Role.PROCESS_LEAD);

  static final Municipality VEFSN = Municipality.of("Vefsn", "1824");

  /** A question of the start-up phase. */
  static final String QUESTION =
      ProcessDefinition.standard().phases().get(0).questions().get(0).code();

  /** A lease long enough never to end during a test. */
  static final Duration LEASE = Duration.ofMinutes(10);

  private StoreScenes() {}

  /** The standard process of {@code municipality}, just started. */
  static ProcessInstance started(String id, Municipality municipality) {
    return ProcessInstance.start(ProcessDefinition.standard(), id, municipality, LEAD, CLOCK);
  }

  /** The {@code i}th of 357 distinct municipalities (0 to 356), numbered 4001 upwards. */
  static Municipality municipality(int i) {
    return Municipality.of("Kommune " + i, Integer.toString(4001 + i));
  }

  static Command answer(int n) {
    return Command.answer(QUESTION, LEAD, "answer " + n);
  }

  static Command pause(int n) {
    return Command.of(Trigger.PAUSE, LEAD).withNote("pause " + n);
  }

  static Command resume(int n) {
    return Command.of(Trigger.RESUME, LEAD).withNote("resume " + n);
  }

  /**
   * The {@code n}th command of a writer: resume a paused process, pause it every 25th time, and
   * answer the question otherwise. The summary may be stale by the time the step is fired, so a
   * pause or resume is now and then refused.
   */
  static Command next(ProcessStore store, String id, int n) {
    ProcessSummary summary = store.summary(id).orElseThrow();
    if (summary.status() == ProcessStatus.PAUSED) {
      return resume(n);
    }
    return n % 25 == 24 ? pause(n) : answer(n);
  }

  /** Claims and completes every effect the outbox hands out until it hands out none. */
  static List<OutboxEffect> drain(Outbox outbox) {
    List<OutboxEffect> drained = new ArrayList<>();
    while (true) {
      ImmutableList<OutboxEffect> claimed = outbox.claim(100, LEASE);
      if (claimed.isEmpty()) {
        return drained;
      }
      for (OutboxEffect effect : claimed) {
        assertThat(outbox.complete(effect)).as("completing %s", effect.idempotencyKey()).isTrue();
        drained.add(effect);
      }
    }
  }

  /** The idempotency keys of the effects of {@code saved}. */
  static List<String> keys(List<Saved> saved) {
    return saved.stream()
        .flatMap(step -> step.effects().stream())
        .map(Effect::idempotencyKey)
        .collect(Collectors.toList());
  }

  /** The sequence numbers of the entry rows of {@code id}, as stored, in order. */
  static List<Long> sequences(JdbcProcessStore store, DataSource dataSource, String id)
      throws SQLException {
    List<Long> sequences = new ArrayList<>();
    try (Connection connection = dataSource.getConnection();
        PreparedStatement select =
            connection.prepareStatement(
                "SELECT sequence FROM "
                    + store.tables().entry()
                    + " WHERE process_id = ? ORDER BY sequence")) {
      select.setString(1, id);
      try (ResultSet rows = select.executeQuery()) {
        while (rows.next()) {
          sequences.add(rows.getLong(1));
        }
      }
    }
    return sequences;
  }

  /**
   * Checks that the stored process {@code id} holds every step of {@code saved} exactly once, after
   * the {@code initial} entries it was created with, gapless and verifying.
   */
  static void assertStoredOnce(
      JdbcProcessStore store, DataSource dataSource, String id, long initial, List<Saved> saved)
      throws SQLException {
    ProcessInstance loaded = store.load(id);
    assertThat(loaded.version()).as("entries of %s", id).isEqualTo(initial + saved.size());
    List<Long> expected = new ArrayList<>();
    for (long sequence = 1; sequence <= loaded.version(); sequence++) {
      expected.add(sequence);
    }
    assertThat(sequences(store, dataSource, id))
        .as("stored sequences of %s", id)
        .isEqualTo(expected);
    Set<Long> seen = new HashSet<>();
    for (Saved step : saved) {
      assertThat(step.entries()).hasSize(1);
      JournalEntry entry = step.entries().get(0);
      assertThat(seen.add(entry.sequence())).as("saved twice: %s", entry.sequence()).isTrue();
      assertThat(entry.sequence()).isGreaterThan(initial);
      assertThat(JournalCodec.writeEntry(loaded.journal().entry(entry.sequence())))
          .as("entry %s of %s", entry.sequence(), id)
          .isEqualTo(JournalCodec.writeEntry(entry));
    }
  }
}
