package no.levehelelivet.process.journal;

import static java.nio.charset.StandardCharsets.UTF_8;
import static no.levehelelivet.process.journal.JournalTest.entry;
import static no.levehelelivet.process.journal.JournalTest.journalOf;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

/** The storage journals share: written in place, branched without copying, digests shared. */
class EntryStoreTest {

  private static final ChainKey KEY =
      ChainKey.of("vefsn-2026", "a secret of thirty-two bytes!!!!".getBytes(UTF_8));

  /** {@code journal} appended to after a longer journal took the next slot: a branch. */
  private static Journal branched(Journal journal) {
    journal.append(entry(journal.size() + 1).withNote("dropped"));
    return journal.append(entry(journal.size() + 1));
  }

  private static Journal stored(Journal journal) {
    return JournalCodec.read(JournalCodec.write(journal));
  }

  @Test
  void aJournalOfOneEntryGrowsInPlace() {
    Journal one = Journal.empty().append(entry(1));
    Journal two = one.append(entry(2));
    Journal started = Journal.started(entry(1));

    assertThat(two.sharesStorageWith(one)).isTrue();
    assertThat(two.entry(1)).isSameAs(one.entry(1));
    assertThat(started.append(entry(2)).sharesStorageWith(started)).isTrue();
  }

  @Test
  void aBranchSharesTheDigestsOfThePrefixItSharesWithoutComputingThemAgain() {
    Journal base = journalOf(3);
    Digest third = base.digest(3);

    Journal branch = branched(base);

    assertThat(branch.sharesStorageWith(base)).isFalse();
    assertThat(branch.digest(3)).isSameAs(third);
    assertThat(branch.headDigest()).isEqualTo(journalOf(4).headDigest());
  }

  @Test
  void flattensAChainOfBranchesDeeperThanTheMaximumDepthOnce() {
    Journal journal = journalOf(2);
    Digest first = journal.digest(1);
    for (int depth = 1; depth <= EntryStore.MAX_DEPTH; depth++) {
      journal = branched(journal);
      // every branch down to the maximum depth refers to the first store for entry 1
      assertThat(journal.digest(1)).as("depth %d", depth).isSameAs(first);
    }

    Journal flat = branched(journal);

    // a fresh store: its digests are its own, and equal to those of the chain it replaces
    assertThat(flat.digest(1)).isNotSameAs(first).isEqualTo(first);
    assertThat(flat).isEqualTo(journalOf(EntryStore.MAX_DEPTH + 3));
    assertThat(flat.headDigest()).isEqualTo(journalOf(EntryStore.MAX_DEPTH + 3).headDigest());
    assertThat(branched(flat).digest(1)).isSameAs(flat.digest(1));
  }

  @Test
  void verifiesAJournalReadFromStorageAndContinuedOnABranch() {
    Journal full = stored(journalOf(7));
    Journal continued = full.asOf(5).append(full.entry(6)).append(full.entry(7));

    assertThat(continued.sharesStorageWith(full)).isFalse();
    assertThat(continued.verify().isIntact()).isTrue();
    Journal forged = full.asOf(5).append(full.entry(6)).append(full.entry(7).withNote("forged"));
    assertThat(forged.verify().problem())
        .hasValueSatisfying(
            problem -> {
              assertThat(problem.code()).isEqualTo(JournalCode.DIGEST_MISMATCH);
              assertThat(problem.position()).isEqualTo(7);
            });
  }

  @Test
  void namesTheFirstEntrySealedUnderAKeyTheJournalWasNotGiven() {
    Journal stored = stored(journalOf(2).withChainKey(KEY).append(entry(3)));

    assertThatThrownBy(stored::headDigest)
        .isInstanceOf(IllegalStateException.class)
        .hasMessageStartingWith("LHL-J-006: entry 3 is sealed under chain key \"vefsn-2026\";");
    assertThat(stored.digest(2)).isEqualTo(journalOf(2).headDigest());
  }
}
