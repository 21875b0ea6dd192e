package no.levehelelivet.process.journal;

import static java.nio.charset.StandardCharsets.UTF_8;
import static no.levehelelivet.process.journal.ExpectedBytes.str;
import static no.levehelelivet.process.journal.ExpectedBytes.u32;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableSortedMap;
import java.io.ByteArrayOutputStream;
import java.security.MessageDigest;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import no.levehelelivet.core.ArgumentCode;
import no.levehelelivet.core.InvalidValueException;
import no.levehelelivet.process.ProcessStatus;
import org.junit.jupiter.api.Test;

class JournalTest {

  static JournalEntry entry(long sequence) {
    return JournalEntry.of(
        sequence,
        Instant.ofEpochSecond(1_767_600_000L + sequence * 3600),
        "kari",
        "process-lead",
        "record-criterion",
        "start-up",
        "start-up",
        ProcessStatus.ACTIVE,
        Optional.of("note " + sequence),
        ImmutableList.of("2026/" + sequence),
        ImmutableSortedMap.of("criterion", "political-anchoring"));
  }

  static Journal journalOf(int size) {
    Journal journal = Journal.empty();
    for (int i = 1; i <= size; i++) {
      journal = journal.append(entry(i));
    }
    return journal;
  }

  @Test
  void encodesAnEntryExactlyAsTheJavadocDescribes() {
    JournalEntry entry =
        JournalEntry.of(
            1,
            Instant.ofEpochSecond(1, 2),
            "a",
            "r",
            "t",
            "p",
            "q",
            ProcessStatus.PAUSED,
            Optional.empty(),
            ImmutableList.of("e"),
            ImmutableSortedMap.of("k", "v"));
    ByteArrayOutputStream expected = new ByteArrayOutputStream();
    expected.write(1);
    u32(expected, 0);
    u32(expected, 1);
    u32(expected, 0);
    u32(expected, 1);
    u32(expected, 2);
    for (String field : List.of("a", "r", "t", "p", "q", "paused")) {
      str(expected, field);
    }
    expected.write(0);
    u32(expected, 1);
    str(expected, "e");
    u32(expected, 1);
    str(expected, "k");
    str(expected, "v");
    assertThat(entry.canonicalBytes()).isEqualTo(expected.toByteArray());
  }

  @Test
  void chainsDigestsOverTheCanonicalEncodingAndThePreviousDigest() throws Exception {
    Journal journal = journalOf(3);
    byte[] previous = new byte[32];
    for (int position = 1; position <= 3; position++) {
      MessageDigest sha = MessageDigest.getInstance("SHA-256");
      sha.update(journal.entry(position).canonicalBytes());
      sha.update(previous);
      previous = sha.digest();
      assertThat(journal.digest(position).bytes()).isEqualTo(previous);
    }
    assertThat(journal.headDigest().bytes()).isEqualTo(previous);
    assertThat(Journal.empty().headDigest().bytes()).isEqualTo(new byte[32]);
  }

  @Test
  void appendingToTheNewestJournalSharesItsStorageInsteadOfCopying() {
    Journal journal = journalOf(10_000);
    Journal longer = journal.append(entry(10_001));
    assertThat(longer.sharesStorageWith(journal)).isTrue();
    assertThat(longer.entry(1)).isSameAs(journal.entry(1));
    assertThat(journal.size()).isEqualTo(10_000);
    assertThat(longer.size()).isEqualTo(10_001);
  }

  @Test
  void appendingToAnOlderJournalBranchesAndLeavesTheNewerOneIntact() {
    Journal base = journalOf(5);
    Journal first = base.append(entry(6));
    Journal second = base.append(entry(6).withNote("another future"));
    assertThat(second.sharesStorageWith(first)).isFalse();
    assertThat(first.entry(6).note()).hasValue("note 6");
    assertThat(second.entry(6).note()).hasValue("another future");
    assertThat(base.asOf(3).append(entry(4).withNote("x")).entry(4).note()).hasValue("x");
    assertThat(base.entry(4).note()).hasValue("note 4");
  }

  @Test
  void keepsEntriesAndDigestsRightThroughBranchesOfBranches() {
    Journal expected = journalOf(60);
    Journal journal = Journal.empty();
    for (int i = 1; i <= 60; i++) {
      // each step branches: the longer journal is dropped and the prefix appended to again
      journal.append(entry(journal.size() + 1L).withNote("dropped"));
      journal = journal.append(entry(i));
    }
    assertThat(journal).isEqualTo(expected);
    assertThat(journal.headDigest()).isEqualTo(expected.headDigest());
    assertThat(journal.asOf(17).headDigest()).isEqualTo(expected.digest(17));
  }

  @Test
  void refusesAnEntryWithoutTheNextSequenceNumber() {
    assertThatThrownBy(() -> journalOf(2).append(entry(4)))
        .isInstanceOfSatisfying(
            InvalidValueException.class,
            e -> {
              assertThat(e.code()).isEqualTo(JournalCode.OUT_OF_SEQUENCE);
              assertThat(e.field()).isEqualTo("sequence");
              assertThat(e.value()).hasValue("4");
            });
  }

  @Test
  void computesTheHeadOfAHundredThousandEntriesWithoutRecursion() {
    Journal journal = journalOf(100_000);
    assertThat(journal.headDigest()).isEqualTo(journal.digest(100_000));
    assertThat(journal.asOf(50_000).headDigest()).isEqualTo(journal.digest(50_000));
  }

  @Test
  void verifiesAnIntactJournalReadFromStorage() {
    Journal stored = JournalCodec.read(JournalCodec.write(journalOf(20)));
    assertThat(stored.verify().isIntact()).isTrue();
    assertThat(stored.verify(journalOf(20).headDigest()).isIntact()).isTrue();
    assertThat(stored).isEqualTo(journalOf(20));
  }

  @Test
  void namesAChangedEntry() {
    List<JournalEntry> entries = new ArrayList<>(stored(10).entries());
    entries.set(4, entries.get(4).withNote("rewritten history"));
    JournalProblem problem = Journal.of(entries).verify().problem().orElseThrow();
    assertThat(problem.code()).isEqualTo(JournalCode.DIGEST_MISMATCH);
    assertThat(problem.position()).isEqualTo(5);
  }

  @Test
  void namesTheGapWhereAnEntryWasRemoved() {
    List<JournalEntry> entries = new ArrayList<>(stored(10).entries());
    entries.remove(6);
    JournalProblem problem = Journal.of(entries).verify().problem().orElseThrow();
    assertThat(problem.code()).isEqualTo(JournalCode.SEQUENCE_BREAK);
    assertThat(problem.position()).isEqualTo(7);
  }

  @Test
  void catchesATruncatedJournalAgainstTheStoredHead() {
    Journal full = stored(10);
    Journal truncated = full.asOf(8);
    assertThat(truncated.verify().isIntact()).isTrue();
    JournalProblem problem = truncated.verify(full.headDigest()).problem().orElseThrow();
    assertThat(problem.code()).isEqualTo(JournalCode.HEAD_MISMATCH);
    assertThat(problem.position()).isEqualTo(9);
  }

  @Test
  void acceptsRecordedDigestsGivenBesideTheEntries() {
    Journal journal = journalOf(4);
    List<Digest> digests = new ArrayList<>();
    for (int i = 1; i <= 4; i++) {
      digests.add(journal.digest(i));
    }
    assertThat(Journal.fromRecorded(journal.entries(), digests).verify().isIntact()).isTrue();
    digests.set(2, journal.digest(1));
    assertThat(
            Journal.fromRecorded(journal.entries(), digests)
                .verify()
                .problem()
                .orElseThrow()
                .position())
        .isEqualTo(3);
  }

  @Test
  void refusesMalformedBytesNamingTheEntry() {
    byte[] bytes = JournalCodec.write(journalOf(3));
    assertThatThrownBy(() -> JournalCodec.read(new byte[] {'N', 'O', 'P', 'E', 1}))
        .isInstanceOf(MalformedJournalException.class)
        .hasMessageStartingWith("LHL-J-004")
        .satisfies(e -> assertThat(((MalformedJournalException) e).position()).isZero());
    byte[] cut = java.util.Arrays.copyOf(bytes, bytes.length - 40);
    assertThatThrownBy(() -> JournalCodec.read(cut))
        .isInstanceOf(MalformedJournalException.class)
        .satisfies(e -> assertThat(((MalformedJournalException) e).position()).isEqualTo(3));
  }

  @Test
  void parsesAndPrintsDigestsAsHex() {
    Digest digest = journalOf(1).headDigest();
    assertThat(Digest.parse(digest.hex().toUpperCase(java.util.Locale.ROOT))).isEqualTo(digest);
    assertThat(digest.toString()).isEqualTo(digest.hex());
    assertThatThrownBy(() -> Digest.parse("abc"))
        .isInstanceOfSatisfying(
            InvalidValueException.class,
            e -> {
              assertThat(e.code()).isEqualTo(ArgumentCode.INVALID_VALUE);
              assertThat(e.field()).isEqualTo("digest");
              assertThat(e.value()).hasValue("abc");
            });
  }

  private static Journal stored(int size) {
    return JournalCodec.read(JournalCodec.write(journalOf(size)));
  }

  @Test
  void buildsAnEntryFromNamedPartsAndReadsWhatTheCommandRecorded() {
    JournalEntry answer =
        JournalEntry.builder()
            .sequence(2)
            .time(Instant.ofEpochSecond(10))
            .actorId("kari")
            .role("process-lead")
            .trigger("answer-question")
            .fromPhase("start-up")
            .toPhase("start-up")
            .status(ProcessStatus.ACTIVE)
            .note("The volunteer centre")
            .addEvidence("2026/1")
            .putAttribute("question", "who-can-help")
            .build();
    assertThat(answer.question()).hasValue("who-can-help");
    assertThat(answer.answer()).hasValue("The volunteer centre");
    assertThat(answer.criterion()).isEmpty();
    assertThat(answer.targetPhase()).isEmpty();
    assertThat(answer.evidence()).containsExactly("2026/1");
    assertThat(JournalEntry.builder().from(answer).build()).isEqualTo(answer);
    JournalEntry plain =
        JournalEntry.builder().from(answer).attributes(ImmutableSortedMap.of()).build();
    assertThat(plain.answer()).isEmpty();
  }

  @Test
  void puttingAnAttributeAgainReplacesItAndKeepsTheOthers() {
    JournalEntry moved =
        JournalEntry.builder()
            .from(entry(2))
            .putAttribute("target-phase", "mapping")
            .putAttribute("note-kind", "why")
            .putAttribute("target-phase", "start-up")
            .build();
    assertThat(moved.attributes())
        .containsExactly(
            Map.entry("criterion", "political-anchoring"),
            Map.entry("note-kind", "why"),
            Map.entry("target-phase", "start-up"));
    assertThat(moved.targetPhase()).hasValue("start-up");
  }

  @Test
  void readsTheStartEntrysPartsTyped() {
    JournalEntry start =
        entry(1)
            .withAttributes(
                ImmutableSortedMap.of(
                    "definition-digest", "ab".repeat(32),
                    "definition-version", "3",
                    "municipality-name", "Vefsn",
                    "municipality-number", "1824",
                    "target-date.mapping", "2026-06-30",
                    "target-date.start-up", "2026-02-01"));
    assertThat(start.definitionDigest()).hasValue(Digest.parse("ab".repeat(32)));
    assertThat(start.definitionVersion()).hasValue(3);
    assertThat(start.municipality().orElseThrow().number()).isEqualTo("1824");
    assertThat(start.plannedTargetDates())
        .containsExactly(
            java.util.Map.entry("mapping", java.time.LocalDate.of(2026, 6, 30)),
            java.util.Map.entry("start-up", java.time.LocalDate.of(2026, 2, 1)));
    assertThat(entry(1).plannedTargetDates()).isEmpty();
    assertThat(entry(1).instanceId()).isEmpty();
    assertThatThrownBy(
            () ->
                entry(1)
                    .withAttributes(ImmutableSortedMap.of("target-date.mapping", "soon"))
                    .plannedTargetDates())
        .isInstanceOfSatisfying(
            InvalidValueException.class,
            e -> assertThat(e.field()).isEqualTo("target-date.mapping"));
  }

  @Test
  void refusesABlankCodeOrAMissingPartNamingTheField() {
    for (String field : List.of("actorId", "role", "trigger", "fromPhase", "toPhase")) {
      JournalEntry.Builder builder = JournalEntry.builder().from(entry(1));
      switch (field) {
        case "actorId" -> builder.actorId(" ");
        case "role" -> builder.role("");
        case "trigger" -> builder.trigger(" ");
        case "fromPhase" -> builder.fromPhase("");
        default -> builder.toPhase(" ");
      }
      assertThatThrownBy(builder::build)
          .as(field)
          .isInstanceOfSatisfying(
              InvalidValueException.class,
              e -> {
                assertThat(e.code())
                    .isEqualTo(
                        field.equals("actorId")
                            ? ArgumentCode.INVALID_ID
                            : ArgumentCode.INVALID_VALUE);
                assertThat(e.field()).isEqualTo(field);
              });
    }
    assertThatThrownBy(() -> JournalEntry.builder().sequence(1).actorId("kari").build())
        .isInstanceOfSatisfying(
            InvalidValueException.class,
            e -> {
              assertThat(e.code()).isEqualTo(ArgumentCode.MISSING_ATTRIBUTES);
              assertThat(e.field()).isEqualTo("time, role, trigger, fromPhase, toPhase, status");
            });
    assertThatThrownBy(() -> JournalEntry.builder().from(entry(1)).sequence(0).build())
        .isInstanceOfSatisfying(
            InvalidValueException.class, e -> assertThat(e.field()).isEqualTo("sequence"));
  }

  @Test
  void refusesStoredBytesWithAnUnknownStatus() {
    byte[] bytes = JournalCodec.write(journalOf(1));
    byte[] active = "active".getBytes(UTF_8);
    byte[] broken = "actual".getBytes(UTF_8);
    int at = indexOf(bytes, active);
    System.arraycopy(broken, 0, bytes, at, broken.length);
    assertThatThrownBy(() -> JournalCodec.read(bytes))
        .isInstanceOfSatisfying(
            MalformedJournalException.class, e -> assertThat(e.position()).isEqualTo(1));
  }

  @Test
  void aPrefixReadsNoEntryOrDigestBeyondItsSizeThoughItsStorageHoldsThem() {
    Journal prefix = journalOf(5).asOf(3);

    assertThatThrownBy(() -> prefix.entry(4))
        .isInstanceOf(IndexOutOfBoundsException.class)
        .hasMessage("position must be from 1 to 3, was 4");
    assertThatThrownBy(() -> prefix.entry(0)).isInstanceOf(IndexOutOfBoundsException.class);
    assertThatThrownBy(() -> prefix.digest(4)).isInstanceOf(IndexOutOfBoundsException.class);
    assertThatThrownBy(() -> prefix.digest(0)).isInstanceOf(IndexOutOfBoundsException.class);
    assertThatThrownBy(() -> prefix.entries().get(3))
        .isInstanceOf(IndexOutOfBoundsException.class)
        .hasMessage("index must be from 0 to 2, was 3");
    assertThatThrownBy(() -> prefix.entries().get(-1))
        .isInstanceOf(IndexOutOfBoundsException.class);
    assertThat(prefix.entries()).hasSize(3).containsExactlyElementsOf(journalOf(3).entries());
    assertThat(prefix.last()).hasValue(entry(3));
    assertThat(Journal.empty().last()).isEmpty();
  }

  @Test
  void journalsAreEqualWhenTheyHoldEqualEntriesInOrder() {
    Journal journal = journalOf(3);
    List<JournalEntry> changed = new ArrayList<>(journal.entries());
    changed.set(1, entry(2).withNote("changed"));

    assertThat(journal)
        .isEqualTo(Journal.of(journal.entries()))
        .isEqualTo(stored(3))
        .isEqualTo(journalOf(5).asOf(3))
        .hasSameHashCodeAs(stored(3))
        .hasSameHashCodeAs(journalOf(5).asOf(3))
        .isNotEqualTo(journalOf(2))
        .isNotEqualTo(journalOf(4))
        .isNotEqualTo(Journal.of(changed))
        .isNotEqualTo(journal.entries());
    assertThat(Journal.empty()).isEqualTo(Journal.of(List.of())).isNotEqualTo(journalOf(1));
  }

  @Test
  void journalsOfDifferentEntriesHashDifferently() {
    List<Journal> journals = new ArrayList<>();
    for (int size = 0; size <= 6; size++) {
      journals.add(journalOf(size));
    }
    journals.add(Journal.of(List.of(entry(1).withNote("another note"))));

    assertThat(journals).extracting(Journal::hashCode).doesNotHaveDuplicates();
  }

  @Test
  void describesItselfByItsSizeAndLastTrigger() {
    assertThat(Journal.empty()).hasToString("Journal[empty]");
    assertThat(journalOf(3)).hasToString("Journal[3 entries, last: record-criterion]");
  }

  @Test
  void remembersTheChainKeyItWasGiven() {
    ChainKey key = ChainKey.of("vefsn-2026", new byte[32]);

    assertThat(journalOf(2).withChainKey(key).chainKey()).hasValue(key);
    assertThat(journalOf(2).chainKey()).isEmpty();
    assertThat(journalOf(2).withChainKey(key).append(entry(3)).chainKey()).hasValue(key);
  }

  @Test
  void saysWhichSequenceNumberItExpectsNext() {
    assertThatThrownBy(() -> journalOf(2).append(entry(2)))
        .isInstanceOfSatisfying(
            InvalidValueException.class,
            e -> {
              assertThat(e.code()).isEqualTo(JournalCode.OUT_OF_SEQUENCE);
              assertThat(e.expectation()).isEqualTo("the next sequence number, 3");
            });
  }

  @Test
  void redactsTheFirstAndTheLastEntryButNoneOutsideTheJournal() throws Exception {
    java.security.SecureRandom random = java.security.SecureRandom.getInstance("SHA1PRNG");
    random.setSeed(7L);
    Journal salting = Journal.empty().withSalts(random);
    for (int i = 1; i <= 3; i++) {
      salting = salting.append(entry(i));
    }
    Journal journal = salting;

    Journal redacted = journal.redact(List.of(1L, 3L));

    assertThat(redacted.entries())
        .extracting(JournalEntry::isRedacted)
        .containsExactly(true, false, true);
    assertThat(redacted.headDigest()).isEqualTo(journal.headDigest());
    for (long outside : List.of(0L, 4L)) {
      assertThatThrownBy(() -> journal.redact(List.of(outside)))
          .isInstanceOfSatisfying(
              InvalidValueException.class,
              e -> {
                assertThat(e.field()).isEqualTo("sequence");
                assertThat(e.expectation()).isEqualTo("from 1 to 3");
              });
    }
  }

  @Test
  void saysTheChainKeyMayBeWrongOnlyWhenASealedEntryMismatches() {
    ChainKey key = ChainKey.of("vefsn-2026", new byte[32]);
    byte[] otherSecret = new byte[32];
    java.util.Arrays.fill(otherSecret, (byte) 1);
    ChainKey other = ChainKey.of("vefsn-2026", otherSecret);
    Journal sealed = Journal.empty().withChainKey(key).append(entry(1));

    String sealedMismatch = stored(sealed).verify(other).problem().orElseThrow().message();
    List<JournalEntry> entries = new ArrayList<>(stored(2).entries());
    entries.set(0, entries.get(0).withNote("changed"));
    String plainMismatch = Journal.of(entries).verify().problem().orElseThrow().message();

    assertThat(sealedMismatch)
        .startsWith("LHL-J-002: entry 1 has digest ")
        .endsWith(
            " was recorded: the entry or one before it was changed, or the chain key is not the"
                + " one it was sealed under");
    assertThat(plainMismatch)
        .startsWith("LHL-J-002: entry 1 has digest ")
        .endsWith(" was recorded: the entry or one before it was changed");
  }

  private static Journal stored(Journal journal) {
    return JournalCodec.read(JournalCodec.write(journal));
  }

  private static int indexOf(byte[] bytes, byte[] part) {
    outer:
    for (int i = 0; i + part.length <= bytes.length; i++) {
      for (int j = 0; j < part.length; j++) {
        if (bytes[i + j] != part[j]) {
          continue outer;
        }
      }
      return i;
    }
    throw new AssertionError("not found");
  }
}
