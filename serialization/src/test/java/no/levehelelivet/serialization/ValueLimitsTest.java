package no.levehelelivet.serialization;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import no.levehelelivet.core.ArgumentCode;
import no.levehelelivet.core.InvalidValueException;
import no.levehelelivet.core.ValueLimits;
import no.levehelelivet.process.Accepted;
import no.levehelelivet.process.Actor;
import no.levehelelivet.process.Command;
import no.levehelelivet.process.DefinitionMigration;
import no.levehelelivet.process.Outcome;
import no.levehelelivet.process.ProcessDefinition;
import no.levehelelivet.process.ProcessInstance;
import no.levehelelivet.process.ReasonCode;
import no.levehelelivet.process.Rejected;
import no.levehelelivet.process.Role;
import no.levehelelivet.process.Trigger;
import org.junit.jupiter.api.Test;

/**
 * Whatever the engine accepts the standard codec reads back: the limits at their edges, a journal
 * that fills up, and a process moved onto a tailored definition.
 */
class ValueLimitsTest {

  private static final String QUESTION = ProcessDefinition.standard().questions().get(0).code();

  @Test
  void theStandardReaderIsAtLeastAsGenerousAsTheValueLimits() {
    Limits limits = Limits.standard();

    assertThat(limits.maxStringLength()).isGreaterThanOrEqualTo(ValueLimits.MAX_TEXT_LENGTH);
    assertThat(limits.maxStringLength()).isGreaterThanOrEqualTo(ValueLimits.MAX_ID_LENGTH);
    assertThat(limits.maxNameLength()).isGreaterThanOrEqualTo(ValueLimits.MAX_NAME_LENGTH);
    assertThat(limits.maxElements()).isGreaterThanOrEqualTo(ValueLimits.MAX_ELEMENTS);
    assertThat(limits.maxDocumentBytes()).isGreaterThanOrEqualTo(ValueLimits.MAX_DOCUMENT_BYTES);
    assertThat(limits.maxNestingDepth()).isGreaterThanOrEqualTo(ValueLimits.MAX_NESTING_DEPTH);
    assertThat(limits.maxNumberLength()).isGreaterThanOrEqualTo(ValueLimits.MAX_NUMBER_LENGTH);
  }

  @Test
  void aNoteOfExactlyTheLimitIsAcceptedAndReadBack() {
    ProcessInstance instance =
        ProcessFixtures.accept(
            ProcessFixtures.vefsnStarted(),
            Command.answer(QUESTION, ProcessFixtures.LEAD, "å".repeat(ValueLimits.MAX_TEXT_LENGTH)),
            2);

    assertThat(readBack(instance)).isEqualTo(instance);
  }

  @Test
  void aNoteOneCharacterTooLongIsRejectedAndTheReaderRefusesItToo() {
    ProcessInstance started = ProcessFixtures.vefsnStarted();
    String tooLong = "x".repeat(ValueLimits.MAX_TEXT_LENGTH + 1);

    Outcome outcome =
        started.fire(
            Command.answer(QUESTION, ProcessFixtures.LEAD, tooLong), ProcessFixtures.day(2));

    assertThat(outcome).isInstanceOf(Rejected.class);
    assertThat(outcome.reasons())
        .extracting(r -> r.code())
        .containsExactly(ReasonCode.BEYOND_LIMIT);
    // the same text, put into a written document by hand, is what the reader refuses
    ProcessInstance answered =
        ProcessFixtures.accept(
            started,
            Command.answer(QUESTION, ProcessFixtures.LEAD, "x".repeat(ValueLimits.MAX_TEXT_LENGTH)),
            2);
    String written = WireCodec.standard().write(answered);
    String forged = written.replace("x".repeat(ValueLimits.MAX_TEXT_LENGTH), tooLong);
    ReadResult<ProcessInstance> read =
        WireCodec.standard().read(forged, ProcessInstance.class, ReadMode.STRICT);
    assertThat(read.problems()).extracting(p -> p.code()).contains(WireCode.STRING_TOO_LONG);
  }

  @Test
  void evidenceOneCharacterTooLongIsRejected() {
    Outcome outcome =
        ProcessFixtures.vefsnStarted()
            .fire(
                Command.recordCriterion(
                    "political-anchoring",
                    ProcessFixtures.LEAD,
                    "e".repeat(ValueLimits.MAX_TEXT_LENGTH + 1)),
                ProcessFixtures.day(2));

    assertThat(outcome.reasons())
        .extracting(r -> r.code())
        .containsExactly(ReasonCode.BEYOND_LIMIT);
  }

  @Test
  void anIdOfExactlyTheLimitStartsAndReadsBackAndOneMoreIsRefused() {
    String id = "7".repeat(ValueLimits.MAX_ID_LENGTH);
    Actor actor = Actor.of("a".repeat(ValueLimits.MAX_ID_LENGTH), Role.PROCESS_LEAD);
    ProcessInstance started =
        ProcessInstance.start(
            ProcessDefinition.standard(), id, Fixtures.vefsn(), actor, ProcessFixtures.day(0));

    assertThat(readBack(started)).isEqualTo(started);
    assertThatThrownBy(
            () ->
                ProcessInstance.start(
                    ProcessDefinition.standard(),
                    id + "7",
                    Fixtures.vefsn(),
                    actor,
                    ProcessFixtures.day(0)))
        .isInstanceOfSatisfying(
            InvalidValueException.class,
            e -> {
              assertThat(e.code()).isEqualTo(ArgumentCode.INVALID_ID);
              assertThat(e.getMessage()).hasSizeLessThan(300);
            });
    assertThatThrownBy(() -> Actor.of(actor.id() + "a", Role.PROCESS_LEAD))
        .isInstanceOfSatisfying(
            InvalidValueException.class,
            e -> assertThat(e.code()).isEqualTo(ArgumentCode.INVALID_ID));
  }

  @Test
  void aDocumentWithAnInstanceIdBreakingTheRuleIsRefusedWithACode() {
    String written = WireCodec.standard().write(ProcessFixtures.vefsnStarted());
    // the chain covers the start entry, so the forged id also breaks the digest: either is coded
    String forged = written.replace("vefsn-lhl-1", "vefsn\\nlhl-1");

    ReadResult<ProcessInstance> read =
        WireCodec.standard().read(forged, ProcessInstance.class, ReadMode.STRICT);

    assertThat(read.value()).isEmpty();
    assertThat(read.problems()).isNotEmpty().allSatisfy(p -> assertThat(p.code()).isNotNull());
  }

  @Test
  void aJournalThatWouldOutgrowTheDocumentLimitIsRefusedAndEveryAcceptedStepReadsBack() {
    ProcessInstance instance = ProcessFixtures.vefsnStarted();
    // each note's control characters cost the bound six bytes each, so the journal fills quickly
    String note = "\u0001".repeat(ValueLimits.MAX_TEXT_LENGTH);
    Outcome outcome;
    int day = 2;
    do {
      outcome =
          instance.fire(
              Command.answer(QUESTION, ProcessFixtures.LEAD, note), ProcessFixtures.day(day++));
      if (outcome instanceof Accepted accepted) {
        instance = accepted.instance();
      }
    } while (outcome instanceof Accepted);

    assertThat(outcome.reasons())
        .extracting(r -> r.code())
        .containsExactly(ReasonCode.JOURNAL_FULL);
    byte[] written = WireCodec.standard().writeBytes(instance);
    assertThat((long) written.length)
        .isLessThanOrEqualTo(instance.writtenSizeBound())
        .isLessThanOrEqualTo(ValueLimits.MAX_DOCUMENT_BYTES);
    ReadResult<ProcessInstance> read =
        WireCodec.standard().read(written, ProcessInstance.class, ReadMode.STRICT);
    assertThat(read.problems()).isEmpty();
    assertThat(read.orElseThrow()).isEqualTo(instance);
  }

  @Test
  void aProcessMovedOntoATailoredDefinitionIsWrittenReadWithAFreshCodecAndContinues() {
    ProcessInstance onStandard = ProcessFixtures.vefsnMapping();
    ProcessDefinition tailored = ProcessFixtures.vefsnDefinition();
    ProcessInstance moved =
        ((no.levehelelivet.process.Replayed)
                ProcessInstance.replay(
                    tailored,
                    onStandard.journal(),
                    DefinitionMigration.of(ProcessDefinition.standard().digest())))
            .instance();

    byte[] written = WireCodec.builder().definition(tailored).build().writeBytes(moved);
    WireCodec fresh = WireCodec.builder().definition(tailored).build();
    ReadResult<ProcessInstance> read = fresh.read(written, ProcessInstance.class, ReadMode.STRICT);

    assertThat(read.problems()).isEmpty();
    ProcessInstance back = read.orElseThrow();
    assertThat(back).isEqualTo(moved);
    assertThat(back.definitionId()).isEqualTo("vefsn-leve-hele-livet");
    assertThat(back.migration())
        .contains(DefinitionMigration.of(ProcessDefinition.standard().digest()));
    assertThat(fresh.writeBytes(back)).isEqualTo(written);
    ProcessInstance continued = back;
    int day = 10;
    for (String criterion :
        new String[] {
          "challenge-picture-described", "citizen-dialogue-held", "focus-areas-assessed"
        }) {
      continued =
          ProcessFixtures.accept(
              continued,
              Command.recordCriterion(criterion, ProcessFixtures.LEAD, "rapport"),
              day++);
    }
    continued =
        ProcessFixtures.accept(
            continued, Command.of(Trigger.BEGIN_PLANNING, ProcessFixtures.LEAD), day);
    assertThat(continued.phase()).isEqualTo("citizen-panel");
    ReadResult<ProcessInstance> again =
        fresh.read(fresh.writeBytes(continued), ProcessInstance.class, ReadMode.STRICT);
    assertThat(again.problems()).isEmpty();
    assertThat(again.orElseThrow()).isEqualTo(continued);
  }

  private static ProcessInstance readBack(ProcessInstance instance) {
    byte[] written = WireCodec.standard().writeBytes(instance);
    ReadResult<ProcessInstance> read =
        WireCodec.builder().build().read(written, ProcessInstance.class, ReadMode.STRICT);
    assertThat(read.problems()).isEmpty();
    return read.orElseThrow();
  }
}
