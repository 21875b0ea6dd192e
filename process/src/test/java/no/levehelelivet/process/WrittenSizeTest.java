package no.levehelelivet.process;

import static no.levehelelivet.process.Fixtures.ADMIN;
import static no.levehelelivet.process.Fixtures.LEAD;
import static no.levehelelivet.process.Fixtures.VEFSN;
import static no.levehelelivet.process.Fixtures.accept;
import static no.levehelelivet.process.Fixtures.day;
import static no.levehelelivet.process.Fixtures.started;
import static org.assertj.core.api.Assertions.assertThat;

import java.security.SecureRandom;
import java.util.List;
import java.util.Map;
import no.levehelelivet.core.LocalizedText;
import no.levehelelivet.process.journal.JournalEntry;
import org.junit.jupiter.api.Test;

/**
 * The written-size bound counts each character at its widest written form, as the class documents
 * it, and counts an instance started on a definition as its journal counts it.
 */
class WrittenSizeTest {

  /** Each character, and the bytes its widest written form takes, by the table in the Javadoc. */
  private static final Map<Character, Integer> WIDEST =
      Map.ofEntries(
          Map.entry('a', 1),
          Map.entry(' ', 1),
          Map.entry('~', 1),
          Map.entry('"', 2),
          Map.entry('\\', 2),
          Map.entry((char) 0x00, 6),
          Map.entry('\n', 6),
          Map.entry((char) 0x1F, 6),
          Map.entry((char) 0x7F, 6),
          Map.entry((char) 0x80, 6),
          Map.entry((char) 0x9F, 6),
          Map.entry((char) 0xA0, 2),
          Map.entry('ø', 2),
          Map.entry((char) 0x7FF, 2),
          Map.entry((char) 0x800, 3),
          Map.entry((char) 0x2027, 3),
          Map.entry((char) 0x2028, 6),
          Map.entry((char) 0x2029, 6),
          Map.entry((char) 0x202A, 3),
          Map.entry((char) 0xD800, 5),
          Map.entry((char) 0xDBFF, 5),
          Map.entry((char) 0xDC00, 5),
          Map.entry((char) 0xDFFF, 5),
          Map.entry((char) 0xE000, 3),
          Map.entry((char) 0xFEFF, 6),
          Map.entry((char) 0xFFFD, 3),
          Map.entry((char) 0xFFFE, 6),
          Map.entry((char) 0xFFFF, 6));

  @Test
  void eachCharacterCountsTheBytesOfItsWidestWrittenForm() {
    WIDEST.forEach(
        (c, bytes) ->
            assertThat(WrittenSize.text(String.valueOf(c)))
                .as("U+%04X", (int) c)
                .isEqualTo(WrittenSize.PER_TEXT + bytes));
  }

  @Test
  void aTextCountsItsCharactersAndThirtyTwoBytesForItsMember() {
    assertThat(WrittenSize.text("")).isEqualTo(32);
    // 3 letters, 2 quotes of 2, an ø of 2, a line end of 6 and a euro sign of 3
    assertThat(WrittenSize.text("a\"b\"ø\n€c")).isEqualTo(32 + 3 + 4 + 2 + 6 + 3);
  }

  @Test
  void aSurrogatePairCountsFiveBytesForEachHalfCheckedOrNot() {
    String pair = "x" + new String(Character.toChars(0x1F600));
    assertThat(WrittenSize.text(pair)).isEqualTo(32 + 1 + 10);
    assertThat(WrittenSize.checkedText(pair)).isEqualTo(32 + 1 + 10);
  }

  @Test
  void anErasedTextStillCountsItsSaltAndDigestButNoLongerItsCharacters() throws Exception {
    String evidence = "2026/12 Ola Nordmann";
    String health = "Kari (82) has dementia";
    ProcessInstance instance = started().withSalts(seeded());
    instance =
        accept(
            instance,
            Command.recordCriterion(StandardProcess.ADMINISTRATIVE_ANCHORING, ADMIN, evidence),
            1);
    instance = accept(instance, Command.answer("what-is-useful-for-you", LEAD, health), 2);
    JournalEntry recorded = instance.journal().entry(2);
    JournalEntry answered = instance.journal().entry(3);

    ProcessInstance redacted = instance.redact(LEAD, "erasure request", List.of(2L, 3L), day(3));

    assertThat(WrittenSize.entry(redacted.journal().entry(2)))
        .isEqualTo(WrittenSize.entry(recorded) - WrittenSize.text(evidence));
    assertThat(WrittenSize.entry(redacted.journal().entry(3)))
        .isEqualTo(WrittenSize.entry(answered) - WrittenSize.text(health));
    // the redacted instance keeps counting the erased texts, an upper bound all the same
    assertThat(redacted.writtenSizeBound())
        .isEqualTo(instance.writtenSizeBound() + WrittenSize.entry(redacted.journal().entry(4)))
        .isGreaterThan(ProcessProperties.countedFromTheJournal(redacted));
  }

  /**
   * A definition built afresh (not the standard one, whose counts are made once) counts the bound
   * of an instance started on it, before any step, as the start entry and the document count it.
   */
  @Test
  void anInstanceStartedOnANewDefinitionCountsWhatItsJournalCounts() {
    ProcessDefinition standard = ProcessDefinition.standard();
    ProcessDefinition other =
        ProcessDefinition.builder()
            .from(standard)
            .id("vefsn-eldre")
            .version(12)
            .name(LocalizedText.of("Vefsn «eldre»", "Vefsn «eldre»", "Vefsn \"older\""))
            .build();

    for (ProcessDefinition definition :
        List.of(other, ProcessDefinition.builder().from(standard).build())) {
      ProcessInstance instance =
          ProcessInstance.start(definition, "vefsn-2026-14", VEFSN, LEAD, day(0));

      assertThat(instance.writtenSizeBound())
          .as(definition.id())
          .isEqualTo(ProcessProperties.countedFromTheJournal(instance));
    }
  }

  private static SecureRandom seeded() throws Exception {
    SecureRandom random = SecureRandom.getInstance("SHA1PRNG");
    random.setSeed(42L);
    return random;
  }
}
