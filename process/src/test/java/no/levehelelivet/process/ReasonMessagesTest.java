package no.levehelelivet.process;

import static no.levehelelivet.process.Fixtures.COUNCIL;
import static no.levehelelivet.process.Fixtures.LEAD;
import static no.levehelelivet.process.Fixtures.accept;
import static no.levehelelivet.process.Fixtures.day;
import static no.levehelelivet.process.Fixtures.rejected;
import static no.levehelelivet.process.Fixtures.started;
import static org.assertj.core.api.Assertions.assertThat;

import com.google.common.collect.ImmutableList;
import java.util.List;
import no.levehelelivet.core.Language;
import org.junit.jupiter.api.Test;

/**
 * Reasons explained in bokmål, nynorsk and English. The expected sentences are written out by hand
 * from the templates' intent, not copied from the code's output.
 */
class ReasonMessagesTest {

  private static Reason only(Rejected rejected, ReasonCode code) {
    List<Reason> matching =
        rejected.reasons().stream().filter(reason -> reason.code() == code).toList();
    assertThat(matching).as("reasons with " + code.code()).hasSize(1);
    return matching.get(0);
  }

  @Test
  void explainsATriggerNotAllowedFromThePhaseInEachLanguage() {
    Reason reason =
        only(
            rejected(started().fire(Command.of(Trigger.ADOPT_PLAN, COUNCIL), day(1))),
            ReasonCode.NOT_ALLOWED_FROM_PHASE);

    assertThat(reason.message(Language.BOKMAL))
        .isEqualTo(
            "LHL-P-002: \"adopt-plan\" er ikke tillatt fra fasen \"start-up\"; det er tillatt fra"
                + " \"plan-and-decide\"");
    assertThat(reason.message(Language.NYNORSK))
        .isEqualTo(
            "LHL-P-002: \"adopt-plan\" er ikkje tillate frå fasen \"start-up\"; det er tillate frå"
                + " \"plan-and-decide\"");
    assertThat(reason.message(Language.ENGLISH))
        .isEqualTo(
            "LHL-P-002: \"adopt-plan\" is not allowed from phase \"start-up\"; it is allowed from"
                + " \"plan-and-decide\"")
        .isEqualTo(reason.message())
        .isEqualTo(reason.toString());
  }

  @Test
  void explainsAPausedProcessInEachLanguage() {
    ProcessInstance paused =
        accept(started(), Command.of(Trigger.PAUSE, LEAD).withNote("Venter på budsjett"), 1);
    Reason reason =
        only(
            rejected(paused.fire(Command.recordCriterion("process-team-appointed", LEAD), day(2))),
            ReasonCode.PROCESS_NOT_ACTIVE);

    assertThat(reason.message(Language.BOKMAL))
        .isEqualTo(
            "LHL-P-001: \"record-criterion\" krever en prosess med status active, men den har"
                + " status paused; gjenoppta den først");
    assertThat(reason.message(Language.NYNORSK))
        .isEqualTo(
            "LHL-P-001: \"record-criterion\" krev ein prosess med status active, men han har"
                + " status paused; ta han opp att først");
    assertThat(reason.message())
        .isEqualTo(
            "LHL-P-001: \"record-criterion\" needs a process that is active, but it is paused;"
                + " resume it first");
  }

  @Test
  void explainsAMissingNoteAndTheRolesPermittedInEachLanguage() {
    Rejected rejected = rejected(started().fire(Command.of(Trigger.PAUSE, COUNCIL), day(1)));
    Reason note = only(rejected, ReasonCode.NOTE_REQUIRED);

    assertThat(note.message(Language.BOKMAL))
        .isEqualTo("LHL-P-007: \"pause\" krever en merknad som sier hvorfor");
    assertThat(note.message(Language.NYNORSK))
        .isEqualTo("LHL-P-007: \"pause\" krev ein merknad som seier kvifor");
    assertThat(note.message()).isEqualTo("LHL-P-007: \"pause\" needs a note saying why");
  }

  @Test
  void echoesAnUnknownCodeWithBracesAsItIsNeverAsAPlaceholder() {
    Reason reason =
        only(
            rejected(started().fire(Command.recordCriterion("{0}-{4}", LEAD), day(1))),
            ReasonCode.UNKNOWN_CRITERION);

    assertThat(reason.message(Language.NYNORSK))
        .startsWith(
            "LHL-P-009: ukjent kriterium \"{0}-{4}\" for \"record-criterion\"; kriteria i"
                + " definisjonen er \"");
    assertThat(reason.message())
        .startsWith(
            "LHL-P-009: unknown criterion \"{0}-{4}\" for \"record-criterion\"; the definition's"
                + " criteria are \"");
  }

  @Test
  void explainsAReplayFailureWithItsReasonsInNorwegianAndKeepsTheEnglishMessage() {
    ReplayFailure failure = ReplayFailure.of(ReplayCode.NOT_STARTED, 1, "the journal is empty");

    assertThat(failure.message(Language.ENGLISH))
        .isEqualTo("LHL-R-001: the journal is empty")
        .isEqualTo(failure.message());
    assertThat(failure.message(Language.NYNORSK))
        .isEqualTo(
            "LHL-R-001: journalen er tom eller byrjar ikkje med ei startoppføring; spel av"
                + " journalen prosessen vart starta med, frå den første oppføringa");
    assertThat(new ReplayException(failure).message(Language.BOKMAL))
        .isEqualTo(
            "LHL-R-001: journalen er tom eller begynner ikke med en startoppføring; spill av"
                + " journalen prosessen ble startet med, fra den første oppføringen");
  }

  @Test
  void aReasonGivenWholeInEnglishSaysItsCodesMeaningAndRemedyInNorwegian() {
    Reasons reasons = new Reasons();
    reasons.add(
        ReasonCode.NOTE_REQUIRED,
        "pause",
        "pause",
        ImmutableList.of(),
        "LHL-P-007: \"pause\" needs a note");
    Reason reason = reasons.build().get(0);

    assertThat(reason.message()).isEqualTo("LHL-P-007: \"pause\" needs a note");
    assertThat(reason.message(Language.NYNORSK))
        .isEqualTo("LHL-P-007: ein merknad er påkravd; skriv ein merknad som seier kvifor");
    assertThat(reason.message(Language.BOKMAL))
        .isEqualTo("LHL-P-007: en merknad er påkrevd; skriv en merknad som sier hvorfor");
  }
}
