package no.levehelelivet.process;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import no.levehelelivet.core.ArgumentCode;
import no.levehelelivet.core.InvalidValueException;
import no.levehelelivet.core.Municipality;
import no.levehelelivet.core.ValueLimits;
import no.levehelelivet.process.journal.JournalEntry;
import org.junit.jupiter.api.Test;

/**
 * Ids follow their rule at the boundary, commands beyond the value limits are rejected with a
 * reason, and builders missing attributes say which, with a code.
 */
class LimitsAndBuildersTest {

  private static final Clock CLOCK =
      Clock.fixed(Instant.parse("2026-01-05T09:00:00Z"), ZoneOffset.UTC);
  private static final Actor LEAD = Actor.of("kari", Role.PROCESS_LEAD);
  private static final Municipality VEFSN = Municipality.of("Vefsn", "1824");

  @Test
  void anInstanceIdBreakingTheIdRuleIsRefusedAtStartWithItsCode() {
    for (String id : new String[] {"a\nb", " vefsn", "x".repeat(10 * 1024 * 1024)}) {
      assertThatThrownBy(
              () -> ProcessInstance.start(ProcessDefinition.standard(), id, VEFSN, LEAD, CLOCK))
          .isInstanceOfSatisfying(
              InvalidValueException.class,
              e -> {
                assertThat(e.code()).isEqualTo(ArgumentCode.INVALID_ID);
                assertThat(e.getMessage()).hasSizeLessThan(300);
              });
    }
  }

  @Test
  void anActorIdWithAControlCharacterIsRefusedWithItsCode() {
    assertThatThrownBy(() -> Actor.of("kari\u0000", Role.PROCESS_LEAD))
        .isInstanceOfSatisfying(
            InvalidValueException.class,
            e -> assertThat(e.code()).isEqualTo(ArgumentCode.INVALID_ID));
  }

  @Test
  void aNoteBeyondTheLimitIsRejectedWithAReasonNotThrown() {
    ProcessInstance started =
        ProcessInstance.start(ProcessDefinition.standard(), "vefsn-1", VEFSN, LEAD, CLOCK);

    Outcome outcome =
        started.fire(
            Command.of(Trigger.PAUSE, LEAD).withNote("n".repeat(ValueLimits.MAX_TEXT_LENGTH + 1)),
            CLOCK);

    assertThat(outcome).isInstanceOf(Rejected.class);
    assertThat(outcome.reasons())
        .singleElement()
        .satisfies(
            r -> {
              assertThat(r.code()).isEqualTo(ReasonCode.BEYOND_LIMIT);
              assertThat(r.message()).hasSizeLessThan(300);
            });
    assertThat(
            started.fire(
                Command.of(Trigger.PAUSE, LEAD).withNote("n".repeat(ValueLimits.MAX_TEXT_LENGTH)),
                CLOCK))
        .isInstanceOf(Accepted.class);
  }

  @Test
  void theWrittenSizeBoundGrowsWithEveryEntryAndReplayGivesTheSame() {
    ProcessInstance started =
        ProcessInstance.start(ProcessDefinition.standard(), "vefsn-1", VEFSN, LEAD, CLOCK);
    ProcessInstance paused =
        ((Accepted) started.fire(Command.of(Trigger.PAUSE, LEAD).withNote("\"ø\""), CLOCK))
            .instance();

    // the note: two quotes of 2 bytes and one ø of 2, and 32 for the text's member
    assertThat(paused.writtenSizeBound() - started.writtenSizeBound())
        .isGreaterThanOrEqualTo(WrittenSize.PER_ENTRY + 6 + WrittenSize.PER_TEXT);
    ProcessInstance replayed =
        ((Replayed) ProcessInstance.replay(ProcessDefinition.standard(), paused.journal()))
            .instance();
    assertThat(replayed.writtenSizeBound()).isEqualTo(paused.writtenSizeBound());
  }

  @Test
  void emptyBuildersNameEveryMissingAttributeWithACode() {
    assertMissing(() -> Command.builder().build(), "trigger", "actor");
    assertMissing(
        () -> JournalEntry.builder().build(),
        "time",
        "actorId",
        "role",
        "trigger",
        "fromPhase",
        "toPhase",
        "status");
    assertMissing(() -> Phase.builder().build(), "code");
    assertMissing(() -> Transition.builder().build(), "trigger");
    assertMissing(() -> Criterion.builder().build(), "code");
    assertMissing(() -> DefinitionMigration.builder().build(), "fromDigest");
    assertMissing(() -> ProcessDefinition.builder().build(), "id");
  }

  private static void assertMissing(Runnable build, String... attributes) {
    assertThatThrownBy(build::run)
        .isInstanceOfSatisfying(
            InvalidValueException.class,
            e -> {
              assertThat(e.code()).isEqualTo(ArgumentCode.MISSING_ATTRIBUTES);
              assertThat(e.getMessage()).startsWith("LHL-A-005: ");
              assertThat(e.field()).contains(attributes);
            });
  }
}
