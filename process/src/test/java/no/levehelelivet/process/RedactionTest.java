package no.levehelelivet.process;

import static java.nio.charset.StandardCharsets.UTF_8;
import static no.levehelelivet.process.Fixtures.ADMIN;
import static no.levehelelivet.process.Fixtures.LEAD;
import static no.levehelelivet.process.Fixtures.accept;
import static no.levehelelivet.process.Fixtures.day;
import static no.levehelelivet.process.Fixtures.started;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import no.levehelelivet.core.InvalidValueException;
import no.levehelelivet.process.journal.Digest;
import no.levehelelivet.process.journal.Journal;
import no.levehelelivet.process.journal.JournalCode;
import no.levehelelivet.process.journal.JournalCodec;
import no.levehelelivet.process.journal.JournalEntry;
import org.junit.jupiter.api.Test;

/** Erasure that keeps the record: texts erased by a journaled redaction, the chain unchanged. */
class RedactionTest {

  private static final String NAME = "Ola Nordmann";
  private static final String HEALTH = "Kari (82) has dementia";
  private static final String REASON = "erasure request 2026/77 (GDPR art. 17)";

  /** A seeded generator: the same salts on every run, so the digests are repeatable. */
  private static SecureRandom seeded() throws Exception {
    SecureRandom random = SecureRandom.getInstance("SHA1PRNG");
    random.setSeed(42L);
    return random;
  }

  /** Entry 2 records a criterion with a name as evidence, entry 3 answers with health details. */
  private static ProcessInstance withPersonalData() throws Exception {
    ProcessInstance instance = started().withSalts(seeded());
    instance =
        accept(
            instance,
            Command.recordCriterion(
                StandardProcess.ADMINISTRATIVE_ANCHORING, ADMIN, "2026/12 " + NAME),
            1);
    return accept(instance, Command.answer("what-is-useful-for-you", LEAD, HEALTH), 2);
  }

  private static List<Digest> digests(Journal journal) {
    List<Digest> digests = new ArrayList<>();
    for (int position = 1; position <= journal.size(); position++) {
      digests.add(journal.digest(position));
    }
    return digests;
  }

  @Test
  void saltedTextsAreCommittedBySaltedDigestsUnderEncoding3() throws Exception {
    JournalEntry answer = withPersonalData().journal().entry(3);
    assertThat(withPersonalData().journal().isSalting()).isTrue();
    assertThat(started().journal().isSalting()).isFalse();

    assertThat(answer.salts()).hasSize(1);
    byte[] canonical = answer.canonicalBytes();
    assertThat(canonical[0]).isEqualTo((byte) 3);
    // By hand: SHA-256(salt || UTF-8 text) is in the encoding, the text is not.
    MessageDigest sha = MessageDigest.getInstance("SHA-256");
    sha.update(answer.salts().get(0).bytes());
    byte[] salted = sha.digest(HEALTH.getBytes(UTF_8));
    assertThat(indexOf(canonical, salted)).isPositive();
    assertThat(indexOf(canonical, HEALTH.getBytes(UTF_8))).isNegative();
    // The same seed gives the same salts, so the same chain.
    assertThat(withPersonalData().journal().headDigest())
        .isEqualTo(withPersonalData().journal().headDigest());
  }

  @Test
  void redactionErasesTheTextsEverywhereAndTheRecordedChainStillVerifies() throws Exception {
    ProcessInstance before = withPersonalData();
    List<Digest> recorded = digests(before.journal());

    ProcessInstance after = before.redact(LEAD, REASON, List.of(2L, 3L), day(3));

    Journal journal = after.journal();
    assertThat(journal.size()).isEqualTo(4);
    // Digests recorded before the redaction still match the redacted entries.
    assertThat(
            Journal.fromRecorded(journal.entries().subList(0, 3), recorded)
                .verify(before.journal().headDigest())
                .isIntact())
        .isTrue();
    assertThat(journal.asOf(3).headDigest()).isEqualTo(before.journal().headDigest());
    assertThat(journal.verify().isIntact()).isTrue();

    JournalEntry evidence = journal.entry(2);
    assertThat(evidence.evidence()).isEmpty();
    assertThat(evidence.salts()).isEmpty();
    assertThat(evidence.erasedEvidence()).hasSize(1);
    assertThat(evidence.isRedacted()).isTrue();
    assertThat(journal.entry(3).answer()).isEmpty();
    assertThat(journal.entry(3).question()).hasValue("what-is-useful-for-you");
    assertThat(journal.entry(3).erasedNote()).isPresent();

    JournalEntry redaction = journal.entry(4);
    assertThat(redaction.trigger()).isEqualTo(Trigger.REDACT.code());
    assertThat(redaction.actorId()).isEqualTo(LEAD.id());
    assertThat(redaction.role()).isEqualTo("process-lead");
    assertThat(redaction.time()).isEqualTo(day(3).instant());
    assertThat(redaction.note()).hasValue(REASON);
    assertThat(redaction.attributes()).containsExactly(java.util.Map.entry("redacted", "2,3"));
    assertThat(after.phase()).isEqualTo(before.phase());
    assertThat(after.status()).isEqualTo(before.status());
    assertThat(after.isMet(StandardProcess.ADMINISTRATIVE_ANCHORING)).isTrue();

    String everything =
        after
            + " "
            + journal.entries()
            + " "
            + after.history().moves()
            + " "
            + after.history().answers()
            + " "
            + after.criteria()
            + " "
            + new String(JournalCodec.write(journal), StandardCharsets.ISO_8859_1);
    assertThat(everything).doesNotContain(NAME).doesNotContain(HEALTH).doesNotContain("dementia");
    assertThat(after.recordOf(StandardProcess.ADMINISTRATIVE_ANCHORING).orElseThrow().evidence())
        .isEmpty();
  }

  @Test
  void aRedactedJournalReplaysAndContinues() throws Exception {
    ProcessInstance after = withPersonalData().redact(LEAD, REASON, List.of(2L, 3L), day(3));
    Journal stored = Journal.fromRecorded(after.journal().entries(), digests(after.journal()));

    ProcessInstance replayed =
        ProcessInstance.replay(ProcessDefinition.standard(), stored).orElseThrow();

    assertThat(replayed).isEqualTo(after);
    assertThat(replayed.recordOf(StandardProcess.ADMINISTRATIVE_ANCHORING).orElseThrow().evidence())
        .isEmpty();
    ProcessInstance continued =
        accept(replayed, Command.answer("what-is-useful-for-you", LEAD, "a new answer"), 4);
    // A journal whose last texts were salted goes on salting them.
    assertThat(continued.journal().entry(5).salts()).hasSize(1);
    assertThat(continued.journal().verify().isIntact()).isTrue();
    // And a later entry can be redacted in its turn.
    ProcessInstance again = continued.redact(LEAD, REASON, List.of(5L), day(5));
    assertThat(again.journal().entry(5).answer()).isEmpty();
    assertThat(ProcessInstance.replay(ProcessDefinition.standard(), again.journal()).isReplayed())
        .isTrue();
  }

  @Test
  void theBinaryCodecKeepsSaltedTextsAndRedactedDigests() throws Exception {
    ProcessInstance after = withPersonalData().redact(LEAD, REASON, List.of(2L), day(3));

    Journal read = JournalCodec.read(JournalCodec.write(after.journal()));

    assertThat(read.verify(after.journal().headDigest()).isIntact()).isTrue();
    assertThat(read.entry(3).answer()).hasValue(HEALTH);
    assertThat(read.entry(3).salts()).isEqualTo(after.journal().entry(3).salts());
    assertThat(read.entry(4).note()).hasValue(REASON);
    assertThat(read.entry(2).isRedacted()).isTrue();
    assertThat(read.entry(2).erasedEvidence()).isEqualTo(after.journal().entry(2).erasedEvidence());
    assertThat(read.entries()).isEqualTo(after.journal().entries());
    // An unsalted journal is written as before, in format version 1.
    assertThat(JournalCodec.write(started().journal())[4]).isEqualTo((byte) 1);
  }

  @Test
  void tamperingWithARedactedDigestFailsVerification() throws Exception {
    Journal journal = withPersonalData().redact(LEAD, REASON, List.of(2L), day(3)).journal();
    List<JournalEntry> entries = new ArrayList<>(journal.entries());
    entries.set(
        1,
        JournalEntry.builder()
            .from(entries.get(1))
            .erasedEvidence(List.of(Digest.sha256("2026/12 someone else".getBytes(UTF_8))))
            .build());

    assertThat(Journal.fromRecorded(entries, digests(journal)).verify().problem())
        .hasValueSatisfying(
            problem -> {
              assertThat(problem.code()).isEqualTo(JournalCode.DIGEST_MISMATCH);
              assertThat(problem.position()).isEqualTo(2);
            });
  }

  @Test
  void redactingAnEntryRecordedWithoutSaltsIsRefused() {
    ProcessInstance unsalted =
        accept(started(), Command.answer("what-is-useful-for-you", LEAD, HEALTH), 1);

    assertThatThrownBy(() -> unsalted.redact(LEAD, REASON, List.of(2L), day(2)))
        .isInstanceOfSatisfying(
            InvalidValueException.class,
            e -> assertThat(e.code()).isEqualTo(JournalCode.NOT_SALTED));
    assertThat(unsalted.journal().entry(2).answer()).hasValue(HEALTH);
  }

  @Test
  void onlyTheProcessLeadMayRedact() throws Exception {
    ProcessInstance instance = withPersonalData();

    assertThatThrownBy(() -> instance.redact(ADMIN, REASON, List.of(3L), day(3)))
        .isInstanceOfSatisfying(
            InvalidValueException.class,
            e -> assertThat(e.code()).isEqualTo(JournalCode.REDACTION_NOT_ALLOWED));
  }

  @Test
  void replayRefusesARedactionByAnotherRole() throws Exception {
    Journal journal = withPersonalData().redact(LEAD, REASON, List.of(3L), day(3)).journal();
    List<JournalEntry> entries = new ArrayList<>(journal.entries());
    entries.set(3, JournalEntry.builder().from(entries.get(3)).role("resource-person").build());

    assertThat(ProcessInstance.replay(ProcessDefinition.standard(), Journal.of(entries)))
        .isInstanceOfSatisfying(
            ReplayFailure.class,
            failure -> assertThat(failure.code()).isEqualTo(ReplayCode.ENTRY_REJECTED));
  }

  @Test
  void replayRefusesARedactionWhoseShapeIsNotTheOneRedactWritesSayingWhat() throws Exception {
    Journal journal = withPersonalData().redact(LEAD, REASON, List.of(2L, 3L), day(3)).journal();
    JournalEntry redaction = journal.entry(4);
    java.util.Map<String, JournalEntry> forged = new java.util.LinkedHashMap<>();
    forged.put(
        "it gives no reason",
        JournalEntry.builder()
            .from(redaction)
            .note(java.util.Optional.empty())
            .salts(List.of())
            .build());
    forged.put(
        "it names no entries",
        JournalEntry.builder().from(redaction).attributes(java.util.Map.of()).build());
    forged.put("is not a list of sequence numbers", naming(redaction, "2,three"));
    forged.put("does not name earlier entries in ascending order", naming(redaction, "3,2"));
    forged.put("\"2,2\" does not name earlier entries", naming(redaction, "2,2"));
    forged.put("\"2,4\" does not name earlier entries", naming(redaction, "2,4"));

    forged.forEach(
        (says, entry) -> {
          List<JournalEntry> entries = new ArrayList<>(journal.entries());
          entries.set(3, entry);
          assertThat(ProcessInstance.replay(ProcessDefinition.standard(), Journal.of(entries)))
              .as(says)
              .isInstanceOfSatisfying(
                  ReplayFailure.class,
                  failure -> {
                    assertThat(failure.code()).isEqualTo(ReplayCode.ENTRY_REJECTED);
                    assertThat(failure.sequence()).isEqualTo(4);
                    assertThat(failure.message()).contains(says);
                  });
        });
  }

  @Test
  void replayRefusesARedactionNamingAnEntryThatStillHasItsTexts() throws Exception {
    Journal journal = withPersonalData().redact(LEAD, REASON, List.of(2L), day(3)).journal();
    List<JournalEntry> entries = new ArrayList<>(journal.entries());
    entries.set(3, naming(entries.get(3), "2,3"));

    assertThat(ProcessInstance.replay(ProcessDefinition.standard(), Journal.of(entries)))
        .isInstanceOfSatisfying(
            ReplayFailure.class,
            failure -> {
              assertThat(failure.code()).isEqualTo(ReplayCode.ENTRY_REJECTED);
              assertThat(failure.message()).contains("entry 3 still has the texts");
            });
  }

  private static JournalEntry naming(JournalEntry redaction, String sequences) {
    return JournalEntry.builder().from(redaction).putAttribute("redacted", sequences).build();
  }

  private static int indexOf(byte[] haystack, byte[] needle) {
    for (int i = 0; i + needle.length <= haystack.length; i++) {
      if (Arrays.equals(haystack, i, i + needle.length, needle, 0, needle.length)) {
        return i;
      }
    }
    return -1;
  }
}
