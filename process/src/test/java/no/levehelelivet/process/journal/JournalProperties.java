package no.levehelelivet.process.journal;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableSortedMap;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;
import no.levehelelivet.process.ProcessStatus;

/** Tamper evidence: every changed byte, removed, swapped or inserted entry is found where it is. */
class JournalProperties {

  private static final String ALPHABET = "abcxyzABC019 -/æøåÆØÅ«»\"'é\u00a0–";

  private static String text(Random random) {
    StringBuilder text = new StringBuilder();
    int length = 1 + random.nextInt(12);
    for (int i = 0; i < length; i++) {
      text.append(ALPHABET.charAt(random.nextInt(ALPHABET.length())));
    }
    return text.toString();
  }

  private static JournalEntry entry(Random random, long sequence) {
    ImmutableList.Builder<String> evidence = ImmutableList.builder();
    for (int i = random.nextInt(4); i > 0; i--) {
      evidence.add(text(random));
    }
    ImmutableSortedMap.Builder<String, String> attributes = ImmutableSortedMap.naturalOrder();
    for (int i = random.nextInt(3); i > 0; i--) {
      attributes.put("k" + i + text(random), text(random));
    }
    // codes are never blank; any text may follow a first letter
    String phase = "p" + text(random);
    return JournalEntry.of(
        sequence,
        Instant.ofEpochSecond(random.nextInt(2_000_000_000), random.nextInt(1_000_000_000)),
        actorId(random),
        "process-lead",
        "t" + text(random),
        phase,
        phase,
        ProcessStatus.ACTIVE,
        random.nextBoolean() ? Optional.of(text(random)) : Optional.empty(),
        evidence.build(),
        attributes.buildOrThrow());
  }

  /** An actor id by the id rule: any text, without control characters, between two letters. */
  private static String actorId(Random random) {
    StringBuilder id = new StringBuilder("a");
    text(random)
        .codePoints()
        .filter(c -> !Character.isISOControl(c) && c != 0x2028 && c != 0x2029)
        .forEach(id::appendCodePoint);
    return id.append('z').toString();
  }

  /** Random journals of 1 to 16 entries; each try draws a seed, so generation stays cheap. */
  @Provide
  Arbitrary<Journal> journals() {
    return Arbitraries.longs()
        .withoutEdgeCases()
        .map(
            seed -> {
              Random random = new Random(seed);
              Journal journal = Journal.empty();
              for (int size = 1 + random.nextInt(16); size > 0; size--) {
                journal = journal.append(entry(random, journal.size() + 1L));
              }
              return journal;
            });
  }

  private static Journal stored(Journal journal) {
    return JournalCodec.read(JournalCodec.write(journal));
  }

  @Property(tries = 300, seed = "11")
  void theCodecRoundTripsEveryJournalAndItVerifies(@ForAll("journals") Journal journal) {
    Journal stored = stored(journal);
    assertThat(stored).isEqualTo(journal);
    assertThat(stored.verify().isIntact()).isTrue();
    assertThat(stored.verify(journal.headDigest()).isIntact()).isTrue();
  }

  @Property(tries = 500, seed = "12")
  void anySingleChangedByteIsCaughtAtItsEntry(
      @ForAll("journals") Journal journal,
      @ForAll @IntRange(min = 0, max = 1_000_000) int where,
      @ForAll @IntRange(min = 1, max = 255) int flip) {
    byte[] bytes = JournalCodec.write(journal);
    int header = 5;
    int index = header + where % (bytes.length - header);
    int position = 0;
    for (int offset = header; offset <= index; position++) {
      int length =
          ((bytes[offset] & 0xff) << 24)
              | ((bytes[offset + 1] & 0xff) << 16)
              | ((bytes[offset + 2] & 0xff) << 8)
              | (bytes[offset + 3] & 0xff);
      offset += 4 + length + 32;
    }
    bytes[index] ^= (byte) flip;
    long caughtAt;
    try {
      Journal tampered = JournalCodec.read(bytes);
      caughtAt = tampered.verify().problem().orElseThrow().position();
    } catch (MalformedJournalException e) {
      caughtAt = e.position();
    }
    assertThat(caughtAt).isEqualTo(position);
  }

  @Property(tries = 300, seed = "13")
  void aRemovedEntryIsCaughtWhereItWas(
      @ForAll("journals") Journal journal, @ForAll @IntRange(min = 0, max = 1000) int which) {
    Journal stored = stored(journal);
    int removed = which % stored.entries().size();
    List<JournalEntry> entries = new ArrayList<>(stored.entries());
    entries.remove(removed);
    JournalProblem problem =
        Journal.of(entries).verify(stored.headDigest()).problem().orElseThrow();
    assertThat(problem.position()).isEqualTo(removed + 1L);
  }

  @Property(tries = 300, seed = "14")
  void swappedEntriesAreCaughtAtTheFirst(
      @ForAll("journals") Journal journal,
      @ForAll @IntRange(min = 0, max = 1000) int first,
      @ForAll @IntRange(min = 1, max = 1000) int distance) {
    Journal stored = stored(journal);
    if (stored.entries().size() < 2) {
      return;
    }
    int i = first % (stored.entries().size() - 1);
    int j = i + 1 + distance % (stored.entries().size() - i - 1);
    List<JournalEntry> entries = new ArrayList<>(stored.entries());
    JournalEntry swap = entries.get(i);
    entries.set(i, entries.get(j));
    entries.set(j, swap);
    assertThat(Journal.of(entries).verify().problem().orElseThrow().position()).isEqualTo(i + 1L);
  }

  @Property(tries = 300, seed = "15")
  void anInsertedEntryIsCaughtAtTheFirstPositionThatDiffers(
      @ForAll("journals") Journal journal,
      @ForAll @IntRange(min = 0, max = 1000) int where,
      @ForAll @IntRange(min = 0, max = 1000) int copyOf,
      @ForAll boolean fabricated) {
    Journal stored = stored(journal);
    int at = where % (stored.entries().size() + 1);
    JournalEntry inserted =
        fabricated
            ? stored
                .entry(1 + copyOf % stored.entries().size())
                .withSequence(at + 1L)
                .withNote("forged")
            : stored.entry(1 + copyOf % stored.entries().size());
    List<JournalEntry> entries = new ArrayList<>(stored.entries());
    entries.add(at, inserted);
    long firstDifference = stored.entries().size() + 1L;
    for (int p = 0; p < stored.entries().size(); p++) {
      JournalEntry original = stored.entries().get(p);
      JournalEntry now = entries.get(p);
      if (!original.equals(now) || !original.recordedDigest().equals(now.recordedDigest())) {
        firstDifference = p + 1L;
        break;
      }
    }
    assertThat(Journal.of(entries).verify().problem().orElseThrow().position())
        .isEqualTo(firstDifference);
  }

  @Property(tries = 200, seed = "16")
  void aTruncatedJournalIsCaughtAgainstTheStoredHead(
      @ForAll("journals") Journal journal, @ForAll @IntRange(min = 1, max = 1000) int cut) {
    Journal stored = stored(journal);
    int kept = stored.entries().size() - 1 - (cut % stored.entries().size());
    Journal truncated = stored.asOf(Math.max(0, kept));
    assertThat(truncated.verify().isIntact()).isTrue();
    JournalProblem problem = truncated.verify(stored.headDigest()).problem().orElseThrow();
    assertThat(problem.code()).isEqualTo(JournalCode.HEAD_MISMATCH);
    assertThat(problem.position()).isEqualTo(truncated.size() + 1L);
  }

  @Property(tries = 100, seed = "17")
  void digestsDoNotDependOnWhenTheyAreAskedFor(@ForAll("journals") Journal journal) {
    Journal copy = Journal.of(journal.entries());
    Digest middle = copy.digest(1 + copy.size() / 2);
    assertThat(copy.headDigest()).isEqualTo(journal.headDigest());
    assertThat(journal.digest(1 + journal.size() / 2)).isEqualTo(middle);
    assertThat(Optional.of(journal.headDigest()))
        .isEqualTo(Optional.of(stored(journal).headDigest()));
  }
}
