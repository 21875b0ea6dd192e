package no.levehelelivet.process.journal;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableSortedMap;
import java.security.MessageDigest;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import no.levehelelivet.core.ArgumentCode;
import no.levehelelivet.core.InvalidValueException;
import no.levehelelivet.process.ProcessStatus;
import org.junit.jupiter.api.Test;

/** A journal entry's copies, checks, redaction, equality and description. */
class JournalEntryTest {

  private static Salt salt(int fill) {
    byte[] bytes = new byte[32];
    Arrays.fill(bytes, (byte) fill);
    return Salt.of(bytes);
  }

  private static Digest salted(Salt salt, String text) throws Exception {
    MessageDigest sha = MessageDigest.getInstance("SHA-256");
    sha.update(salt.bytes());
    return Digest.of(sha.digest(text.getBytes(UTF_8)));
  }

  /** Entry 2 with a note and two evidence references, salted with 1..., 2... and 3... bytes. */
  private static JournalEntry saltedEntry() {
    return JournalEntry.builder()
        .from(JournalTest.entry(2))
        .note("Kari (82) needs help")
        .evidence(List.of("2026/12 Ola", "2026/13 Kari"))
        .salts(List.of(salt(1), salt(2), salt(3)))
        .build();
  }

  @Test
  void redactionKeepsTheSaltedDigestOfEachTextInOrder() throws Exception {
    JournalEntry entry = saltedEntry();

    JournalEntry redacted = entry.redacted();

    assertThat(redacted.note()).isEmpty();
    assertThat(redacted.evidence()).isEmpty();
    assertThat(redacted.salts()).isEmpty();
    assertThat(redacted.erasedNote()).hasValue(salted(salt(1), "Kari (82) needs help"));
    assertThat(redacted.erasedEvidence())
        .containsExactly(salted(salt(2), "2026/12 Ola"), salted(salt(3), "2026/13 Kari"));
    assertThat(redacted.isRedacted()).isTrue();
    assertThat(redacted.canonicalBytes()).isEqualTo(entry.canonicalBytes());
    assertThat(redacted.redacted()).isSameAs(redacted);
  }

  @Test
  void redactsEvidenceAloneWithTheFirstSalt() throws Exception {
    JournalEntry entry =
        JournalEntry.builder()
            .from(JournalTest.entry(2))
            .note(Optional.empty())
            .evidence(List.of("2026/12 Ola"))
            .salts(List.of(salt(7)))
            .build();

    assertThat(entry.redacted().erasedNote()).isEmpty();
    assertThat(entry.redacted().erasedEvidence()).containsExactly(salted(salt(7), "2026/12 Ola"));
  }

  @Test
  void refusesSaltsThatAreNotOnePerText() {
    JournalEntry.Builder builder =
        JournalEntry.builder().from(JournalTest.entry(2)).salts(List.of(salt(1)));

    assertThatThrownBy(builder::build)
        .isInstanceOfSatisfying(
            InvalidValueException.class,
            e -> {
              assertThat(e.code()).isEqualTo(ArgumentCode.INVALID_VALUE);
              assertThat(e.field()).isEqualTo("salts");
            });
  }

  @Test
  void refusesARedactedEntryThatStillHasItsTexts() {
    JournalEntry.Builder builder =
        JournalEntry.builder()
            .from(JournalTest.entry(2))
            .erasedNote(Optional.of(Digest.sha256(new byte[] {1})));

    assertThatThrownBy(builder::build)
        .isInstanceOfSatisfying(
            InvalidValueException.class,
            e -> assertThat(e.code()).isEqualTo(ArgumentCode.INCONSISTENT_VALUES));
  }

  @Test
  void refusesAChainKeyIdThatNoKeyCanHave() {
    assertThatThrownBy(() -> JournalTest.entry(1).withChainKeyId("no spaces"))
        .isInstanceOfSatisfying(
            InvalidValueException.class, e -> assertThat(e.field()).isEqualTo("chainKeyId"));
  }

  @Test
  void aCopyChangesOnlyWhatItSaysAndReturnsTheEntryWhenNothingChanges() {
    JournalEntry entry = JournalTest.entry(3);

    JournalEntry renumbered = entry.withSequence(7);
    assertThat(renumbered.sequence()).isEqualTo(7);
    assertThat(JournalEntry.builder().from(renumbered).sequence(3).build()).isEqualTo(entry);
    assertThat(entry.withSequence(3)).isSameAs(entry);

    JournalEntry renoted = entry.withNote("another note");
    assertThat(renoted.note()).hasValue("another note");
    assertThat(JournalEntry.builder().from(renoted).note("note 3").build()).isEqualTo(entry);
    assertThat(entry.withNote("note 3")).isSameAs(entry);

    Digest digest = Digest.sha256(new byte[] {42});
    JournalEntry recorded = entry.withRecordedDigest(digest);
    assertThat(recorded.recordedDigest()).hasValue(digest);
    assertThat(recorded).isEqualTo(entry);
    assertThat(recorded.withRecordedDigest(digest)).isSameAs(recorded);
    assertThat(recorded.withRecordedDigest(Optional.empty()).recordedDigest()).isEmpty();

    JournalEntry sealed = entry.withChainKeyId("vefsn-2026");
    assertThat(sealed.chainKeyId()).hasValue("vefsn-2026");
    assertThat(sealed.withChainKeyId("vefsn-2026")).isSameAs(sealed);
    assertThat(sealed.withChainKeyId(Optional.empty()).canonicalBytes())
        .isEqualTo(entry.canonicalBytes());
  }

  @Test
  void equalEntriesHaveEqualHashCodesHoweverTheyAreSealedOrRecorded() {
    JournalEntry entry = JournalTest.entry(3);
    JournalEntry same =
        JournalEntry.builder()
            .from(entry)
            .recordedDigest(Digest.sha256(new byte[] {1}))
            .chainKeyId("vefsn-2026")
            .build();

    assertThat(same).isEqualTo(entry).hasSameHashCodeAs(entry);
    assertThat(saltedEntry().redacted()).isNotEqualTo(saltedEntry());
  }

  @Test
  void entriesThatDifferInAnyOnePartHashDifferently() {
    JournalEntry entry = JournalTest.entry(3);
    List<JournalEntry> changed =
        List.of(
            entry,
            entry.withSequence(4),
            JournalEntry.builder().from(entry).time(Instant.ofEpochSecond(1)).build(),
            JournalEntry.builder().from(entry).actorId("ola").build(),
            JournalEntry.builder().from(entry).role("administrative-lead").build(),
            JournalEntry.builder().from(entry).trigger("pause").build(),
            JournalEntry.builder().from(entry).fromPhase("mapping").build(),
            JournalEntry.builder().from(entry).toPhase("mapping").build(),
            JournalEntry.builder().from(entry).status(ProcessStatus.PAUSED).build(),
            entry.withNote("another note"),
            JournalEntry.builder().from(entry).note(Optional.empty()).build(),
            JournalEntry.builder().from(entry).addEvidence("2026/99").build(),
            entry.withAttributes(ImmutableSortedMap.of("criterion", "administrative-anchoring")));

    assertThat(changed).doesNotHaveDuplicates();
    assertThat(changed).extracting(JournalEntry::hashCode).doesNotHaveDuplicates();
  }

  @Test
  void describesItselfWithItsNoteDigestKeyAndSalting() {
    JournalEntry entry = JournalTest.entry(3);
    Digest digest = Digest.sha256(new byte[] {1});

    assertThat(entry.toString())
        .startsWith("JournalEntry{sequence=3, time=2026-01-05T11:00:00Z, actorId=kari,")
        .contains(", note=note 3, evidence=[2026/3], attributes={criterion=political-anchoring}")
        .doesNotContain("recordedDigest", "chainKeyId", "salted", "redacted")
        .endsWith("}");
    assertThat(JournalEntry.builder().from(entry).note(Optional.empty()).build().toString())
        .doesNotContain("note=");
    assertThat(entry.withRecordedDigest(digest).withChainKeyId("vefsn-2026").toString())
        .contains(", recordedDigest=" + digest.hex() + ", chainKeyId=vefsn-2026}");
    assertThat(saltedEntry().toString()).endsWith(", salted}");
    assertThat(saltedEntry().redacted().toString()).endsWith(", redacted}");
  }

  @Test
  void anEntryWithoutTextNeedsNoSaltsToBeRedacted() {
    JournalEntry plain =
        JournalEntry.builder()
            .from(JournalTest.entry(2))
            .note(Optional.empty())
            .evidence(ImmutableList.of())
            .build();

    assertThat(plain.hasText()).isFalse();
    assertThat(plain.redacted()).isSameAs(plain);
    assertThatThrownBy(() -> JournalTest.entry(2).redacted())
        .isInstanceOfSatisfying(
            InvalidValueException.class,
            e -> assertThat(e.code()).isEqualTo(JournalCode.NOT_SALTED));
  }
}
