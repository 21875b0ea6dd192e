package no.levehelelivet.process;

import static no.levehelelivet.process.Fixtures.LEAD;
import static no.levehelelivet.process.Fixtures.accepted;
import static no.levehelelivet.process.Fixtures.day;
import static no.levehelelivet.process.Fixtures.rejected;
import static no.levehelelivet.process.Fixtures.started;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import no.levehelelivet.core.Language;
import no.levehelelivet.core.ValueLimits;
import org.junit.jupiter.api.Test;

/**
 * The engine accepts a command whose entry can take the written document up to {@link
 * ValueLimits#MAX_DOCUMENT_BYTES} and no further ({@code LHL-P-017}), and refuses texts and
 * evidence lists beyond the value limits with {@code LHL-P-016}, whatever else is wrong.
 */
class DocumentLimitTest {

  /** A control character, which a writer escapes as six bytes: the widest a character gets. */
  private static final String WIDE = String.valueOf((char) 1);

  /**
   * By hand, what {@link WrittenSize#fired} counts for a pause or resume by {@link Fixtures#LEAD}
   * ({@code kari.lead} as a {@code process-lead}) in {@code start-up}, before its note and
   * evidence: the entry's 512, each text's 32 and its ASCII characters, 96 for the phase it may
   * enter and 192 for its attributes.
   */
  private static long firedBeforeTexts(String trigger) {
    return 512L + (32 + 9) + (32 + 12) + (32 + trigger.length()) + (32 + 8) + 96 + 192;
  }

  /** A free text's bound: 32 for its member, its ASCII characters and 192 for its salt. */
  private static long freeText(int length) {
    return 32L + length + 192;
  }

  /**
   * An instance in {@code start-up} whose written document may grow by between 50,000 and 60,000
   * bytes more, made of pauses and resumes with notes of control characters.
   */
  private static ProcessInstance nearlyFull() {
    ProcessInstance instance = started();
    int day = 1;
    // about 28 entries fill 16 MiB; a bound that failed to grow would not stop the loop
    for (int entries = 0;
        entries < 40 && ValueLimits.MAX_DOCUMENT_BYTES - instance.writtenSizeBound() > 60_000;
        entries++) {
      long room = ValueLimits.MAX_DOCUMENT_BYTES - instance.writtenSizeBound();
      int length = (int) Math.min(ValueLimits.MAX_TEXT_LENGTH, (room - 55_000) / 6);
      Trigger trigger = instance.status() == ProcessStatus.ACTIVE ? Trigger.PAUSE : Trigger.RESUME;
      instance =
          accepted(
                  instance.fire(
                      Command.of(trigger, LEAD).withNote(WIDE.repeat(length)), day(day++)))
              .instance();
    }
    assertThat(instance.phase()).isEqualTo(StandardProcess.START_UP);
    assertThat(ValueLimits.MAX_DOCUMENT_BYTES - instance.writtenSizeBound())
        .isBetween(50_000L, 60_000L);
    return instance;
  }

  private static Trigger next(ProcessInstance instance) {
    return instance.status() == ProcessStatus.ACTIVE ? Trigger.PAUSE : Trigger.RESUME;
  }

  @Test
  void aCommandThatCanFillTheDocumentExactlyIsAcceptedAndOneByteMoreIsRefused() {
    ProcessInstance instance = nearlyFull();
    Trigger trigger = next(instance);
    long room = ValueLimits.MAX_DOCUMENT_BYTES - instance.writtenSizeBound();
    int fits = (int) (room - firedBeforeTexts(trigger.code()) - freeText(0));

    Outcome exactly = instance.fire(Command.of(trigger, LEAD).withNote("n".repeat(fits)), day(99));
    Outcome beyond =
        instance.fire(Command.of(trigger, LEAD).withNote("n".repeat(fits + 1)), day(99));

    assertThat(accepted(exactly).instance().writtenSizeBound())
        .isLessThanOrEqualTo(ValueLimits.MAX_DOCUMENT_BYTES);
    assertThat(rejected(beyond).reasons())
        .singleElement()
        .satisfies(
            reason -> {
              assertThat(reason.code()).isEqualTo(ReasonCode.JOURNAL_FULL);
              assertThat(reason.subject()).hasValue(Long.toString(instance.version()));
              assertThat(reason.message(Language.ENGLISH))
                  .contains(Long.toString(instance.version() + 1))
                  .contains(Long.toString(ValueLimits.MAX_DOCUMENT_BYTES + 1));
            });
  }

  @Test
  void evidenceCountsTowardsTheDocumentLikeTheNote() {
    ProcessInstance instance = nearlyFull();
    Trigger trigger = next(instance);
    long room = ValueLimits.MAX_DOCUMENT_BYTES - instance.writtenSizeBound();
    int fits = (int) (room - firedBeforeTexts(trigger.code()) - freeText(0) - freeText(2));

    Outcome exactly =
        instance.fire(
            Command.of(trigger, LEAD).withNote("n".repeat(fits)).withEvidence("s1"), day(99));
    Outcome beyond =
        instance.fire(
            Command.of(trigger, LEAD).withNote("n".repeat(fits)).withEvidence("s12"), day(99));

    assertThat(exactly.isAccepted()).isTrue();
    assertThat(rejected(beyond).codes()).containsExactly(ReasonCode.JOURNAL_FULL);
  }

  @Test
  void anEvidenceReferenceBeyondTheTextLimitIsRefusedOnceWithItsCode() {
    String tooLong = "e".repeat(ValueLimits.MAX_TEXT_LENGTH + 1);
    Outcome outcome =
        started()
            .fire(
                Command.of(Trigger.PAUSE, LEAD).withEvidence("sak 2026/14", tooLong, tooLong),
                day(1));

    assertThat(rejected(outcome).reasons())
        .singleElement()
        .satisfies(
            reason -> {
              assertThat(reason.code()).isEqualTo(ReasonCode.BEYOND_LIMIT);
              assertThat(reason.subject()).hasValue("evidence");
            });
  }

  @Test
  void aHundredThousandReferencesFillTheDocumentAndOneMoreIsTooManyToCarry() {
    String[] most = new String[ValueLimits.MAX_ELEMENTS];
    Arrays.fill(most, "s");
    String[] tooMany = Arrays.copyOf(most, ValueLimits.MAX_ELEMENTS + 1);
    tooMany[ValueLimits.MAX_ELEMENTS] = "s";

    Outcome full = started().fire(Command.of(Trigger.PAUSE, LEAD).withEvidence(most), day(1));
    Outcome beyond = started().fire(Command.of(Trigger.PAUSE, LEAD).withEvidence(tooMany), day(1));

    // 100,000 references of 225 bytes each are beyond 16 MiB, but not beyond the count
    assertThat(rejected(full).codes()).containsExactly(ReasonCode.JOURNAL_FULL);
    assertThat(rejected(beyond).reasons())
        .singleElement()
        .satisfies(
            reason -> {
              assertThat(reason.code()).isEqualTo(ReasonCode.BEYOND_LIMIT);
              assertThat(reason.subject()).hasValue("evidence");
              assertThat(reason.message(Language.ENGLISH)).contains("100001").contains("100000");
            });
  }
}
