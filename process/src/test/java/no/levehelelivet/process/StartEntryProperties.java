package no.levehelelivet.process;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Assume;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import no.levehelelivet.core.InvalidValueException;
import no.levehelelivet.core.Municipality;
import no.levehelelivet.core.ValueLimits;
import no.levehelelivet.process.journal.Journal;
import no.levehelelivet.process.journal.JournalCodec;
import no.levehelelivet.process.journal.JournalEntry;

/**
 * The start entry the engine records makes its attributes only when asked for, and counts its
 * written size from their parts: both must give what an entry built from the same attributes gives.
 */
class StartEntryProperties {

  private static final ProcessDefinition STANDARD = ProcessDefinition.standard();
  private static final Clock CLOCK =
      Clock.fixed(Instant.parse("2026-03-01T09:00:00Z"), ZoneOffset.UTC);

  /** Texts with what costs more than a byte to write: quotes, backslashes, æøå, controls, pairs. */
  @Provide
  Arbitrary<String> texts() {
    return Arbitraries.oneOf(
            Arbitraries.strings().alpha().numeric().ofMinLength(1).ofMaxLength(20),
            Arbitraries.strings()
                .withChars("aøÆå\"\\/ -'")
                .withChars((char) 0xA0, (char) 0x2028, (char) 0x85)
                .withCharRange((char) 0x4E00, (char) 0x4E10)
                .ofMinLength(1)
                .ofMaxLength(20),
            Arbitraries.of(
                "Aurskog-Høland",
                "Deatnu – Tana",
                "Guovdageaidnu",
                "\"x\"",
                new String(Character.toChars(0x1F600))))
        .filter(ValueLimits::isId);
  }

  @Property(tries = 300, seed = "20261203")
  void theStartEntryIsTheEntryItsAttributesMake(
      @ForAll("texts") String id, @ForAll("texts") String name, @ForAll("texts") String actorId) {
    ProcessInstance started;
    try {
      started =
          ProcessInstance.start(
              STANDARD,
              id,
              Municipality.of(name, "1824"),
              Actor.of(actorId, Role.PROCESS_LEAD),
              CLOCK);
    } catch (InvalidValueException e) {
      Assume.that(false);
      return;
    }
    JournalEntry start = started.journal().entry(1);
    JournalEntry built = JournalEntry.builder().from(start).build();

    assertThat(start.attributes())
        .containsEntry("instance-id", id)
        .containsEntry("municipality-name", name)
        .containsEntry("municipality-number", "1824")
        .containsEntry("definition-id", STANDARD.id())
        .containsEntry("definition-version", Integer.toString(STANDARD.version()))
        .containsEntry("definition-digest", STANDARD.digest().hex())
        .hasSize(6);
    assertThat(start).isEqualTo(built).hasSameHashCodeAs(built);
    assertThat(built).isEqualTo(start);
    assertThat(start.canonicalBytes()).isEqualTo(built.canonicalBytes());

    // the bound counted from the parts is the bound counted from the entry, as replay counts it
    ProcessInstance replayed =
        ProcessInstance.replay(STANDARD, JournalCodec.read(JournalCodec.write(started.journal())))
            .orElseThrow();
    assertThat(replayed).isEqualTo(started);
    assertThat(started.writtenSizeBound())
        .isEqualTo(replayed.writtenSizeBound())
        .isEqualTo(ProcessProperties.countedFromTheJournal(started));
    assertThat(Journal.of(java.util.List.of(built)).headDigest())
        .isEqualTo(started.journal().headDigest());
  }

  /**
   * Each step counts the bound of the entry it appends from the command's texts and the bounds of
   * the definition's texts computed once: the same bound counted from the entries.
   */
  @Property(tries = 200, seed = "20261204")
  void eachStepCountsTheBoundReplayCounts(
      @ForAll("texts") String actorId,
      @ForAll("texts") String note,
      @ForAll("texts") String evidence) {
    Actor lead = Actor.of(actorId, Role.PROCESS_LEAD);
    ProcessInstance instance =
        ProcessInstance.start(STANDARD, "case-1", Municipality.of("Vefsn", "1824"), lead, CLOCK);
    String question = STANDARD.phase(instance.phase()).questions().get(0).code();
    java.util.List<Command> commands =
        java.util.List.of(
            Command.recordCriterion(StandardProcess.ADMINISTRATIVE_ANCHORING, lead, evidence),
            Command.answer(question, lead, note),
            Command.recordCriterion(StandardProcess.POLITICAL_ANCHORING, lead),
            Command.recordCriterion(StandardProcess.PROCESS_TEAM_APPOINTED, lead, evidence, note),
            Command.of(Trigger.BEGIN_MAPPING, lead).withNote(note),
            Command.revisit(STANDARD.phases().get(0).code(), lead, note),
            Command.of(Trigger.PAUSE, lead).withNote(note),
            Command.of(Trigger.RESUME, lead).withNote(evidence));
    for (Command command : commands) {
      Outcome outcome = instance.fire(command, CLOCK);
      assertThat(outcome.isAccepted()).as("%s: %s", command, outcome.reasons()).isTrue();
      instance = outcome.instance();
      assertThat(instance.writtenSizeBound())
          .as(command.trigger())
          .isEqualTo(ProcessProperties.countedFromTheJournal(instance));
    }
  }
}
