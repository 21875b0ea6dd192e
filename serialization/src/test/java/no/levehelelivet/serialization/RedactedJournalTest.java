package no.levehelelivet.serialization;

import static org.assertj.core.api.Assertions.assertThat;

import java.security.SecureRandom;
import java.util.List;
import no.levehelelivet.process.Command;
import no.levehelelivet.process.ProcessDefinition;
import no.levehelelivet.process.ProcessInstance;
import no.levehelelivet.process.journal.JournalEntry;
import org.junit.jupiter.api.Test;

/** Process instances whose texts are salted, and redacted, written and read back. */
class RedactedJournalTest {

  private static final String NAME = "Ola Nordmann";
  private static final String HEALTH = "Kari (82) has dementia";

  private static ProcessInstance salted() throws Exception {
    SecureRandom random = SecureRandom.getInstance("SHA1PRNG");
    random.setSeed(7L);
    ProcessInstance started =
        ProcessInstance.start(
                ProcessDefinition.standard(),
                "vefsn-lhl-1",
                Fixtures.vefsn(),
                ProcessFixtures.LEAD,
                ProcessFixtures.day(0))
            .withSalts(random);
    ProcessInstance recorded =
        ProcessFixtures.accept(
            started,
            Command.recordCriterion(
                "administrative-anchoring", ProcessFixtures.ADMIN, "2026/12 " + NAME),
            1);
    return ProcessFixtures.accept(
        recorded, Command.answer("what-is-useful-for-you", ProcessFixtures.LEAD, HEALTH), 2);
  }

  private static ProcessInstance redacted() throws Exception {
    return salted()
        .redact(ProcessFixtures.LEAD, "erasure request", List.of(2L, 3L), ProcessFixtures.day(3));
  }

  @Test
  void writesSaltsAndDeclaresMinorTwo() throws Exception {
    String json = WireCodec.standard().write(salted());

    assertThat(json)
        .contains("\"schemaVersion\": \"2.2\"")
        .contains("\"salts\": [")
        .contains(salted().journal().entry(3).salts().get(0).hex());
    // Nothing salted, nothing newer: still 2.0.
    assertThat(WireCodec.standard().write(ProcessFixtures.vefsnStarted()))
        .contains("\"schemaVersion\": \"2.0\"");
  }

  @Test
  void aRedactedInstanceIsWrittenWithoutItsTextsAndReadBackWithAFreshCodec() throws Exception {
    ProcessInstance instance = redacted();
    String json = WireCodec.standard().write(instance);

    assertThat(json)
        .doesNotContain(NAME)
        .doesNotContain(HEALTH)
        .contains("\"erasedNote\": \"" + instance.journal().entry(3).erasedNote().orElseThrow())
        .contains("\"erasedEvidence\": [")
        .contains("\"trigger\": \"redact\"");
    ReadResult<ProcessInstance> read =
        WireCodec.builder().build().read(json, ProcessInstance.class, ReadMode.STRICT);
    assertThat(read.problems()).isEmpty();
    ProcessInstance back = read.value().orElseThrow();
    assertThat(back).isEqualTo(instance);
    assertThat(WireCodec.standard().write(back)).isEqualTo(json);
    ProcessInstance next =
        ProcessFixtures.accept(
            back,
            Command.answer("what-is-useful-for-you", ProcessFixtures.LEAD, "a later answer"),
            4);
    JournalEntry last = next.journal().last().orElseThrow();
    assertThat(last.salts()).hasSize(1);
    assertThat(
            WireCodec.standard()
                .read(WireCodec.standard().write(next), ProcessInstance.class, ReadMode.STRICT)
                .value())
        .hasValue(next);
  }

  @Test
  void aChangedErasedDigestIsCaughtAtItsEntry() throws Exception {
    ProcessInstance instance = redacted();
    String erased = instance.journal().entry(3).erasedNote().orElseThrow().hex();
    String json =
        WireCodec.standard()
            .write(instance)
            .replace("\"erasedNote\": \"" + erased, "\"erasedNote\": \"" + "0".repeat(64));

    assertThat(WireCodec.standard().read(json, ProcessInstance.class, ReadMode.STRICT).problems())
        .extracting(Problem::code, Problem::pointer)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple(WireCode.JOURNAL_TAMPERED, "/journal/entries/2"));
  }
}
