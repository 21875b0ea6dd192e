package no.levehelelivet.serialization;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;

import no.levehelelivet.process.Command;
import no.levehelelivet.process.ProcessDefinition;
import no.levehelelivet.process.ProcessInstance;
import no.levehelelivet.process.journal.ChainKey;
import org.junit.jupiter.api.Test;

/** Process instances whose journals are sealed with a chain key the host holds. */
class SealedJournalTest {

  private static final ChainKey KEY =
      ChainKey.of("vefsn-2026", "a secret of thirty-two bytes!!!!".getBytes(UTF_8));

  private final WireCodec keyed = WireCodec.builder().chainKey(KEY).build();

  private static ProcessInstance sealedStarted() {
    ProcessInstance started =
        ProcessInstance.start(
                ProcessDefinition.standard(),
                "vefsn-lhl-1",
                Fixtures.vefsn(),
                ProcessFixtures.LEAD,
                ProcessFixtures.day(0))
            .withChainKey(KEY);
    return ProcessFixtures.accept(
        started,
        Command.recordCriterion(
            "administrative-anchoring", ProcessFixtures.ADMIN, "2026/12-ledermøte"),
        1);
  }

  @Test
  void writesTheKeyIdNeverTheKeyAndDeclaresMinorOne() {
    String json = keyed.write(sealedStarted());

    assertThat(json)
        .contains("\"schemaVersion\": \"2.1\"")
        .contains("\"chainKeyId\": \"vefsn-2026\"")
        .doesNotContain("thirty-two");
    // An unsealed instance still declares 2.0, so that 2.0 readers keep reading it.
    assertThat(keyed.write(ProcessFixtures.vefsnStarted())).contains("\"schemaVersion\": \"2.0\"");
  }

  @Test
  void readsASealedInstanceBackAndKeepsSealing() {
    ProcessInstance instance = sealedStarted();

    ReadResult<ProcessInstance> read =
        keyed.read(keyed.write(instance), ProcessInstance.class, ReadMode.STRICT);
    assertThat(read.problems()).isEmpty();
    ProcessInstance back = read.value().orElseThrow();
    assertThat(back).isEqualTo(instance);
    assertThat(back.journal().verify(KEY).isIntact()).isTrue();
    ProcessInstance next =
        ProcessFixtures.accept(
            back,
            Command.recordCriterion("political-anchoring", ProcessFixtures.LEAD, "2026/13"),
            2);
    assertThat(next.journal().last().orElseThrow().chainKeyId()).hasValue("vefsn-2026");
    assertThat(keyed.write(next)).isEqualTo(keyed.write(next));
  }

  @Test
  void refusesASealedInstanceWithoutTheKey() {
    String json = keyed.write(sealedStarted());

    assertThat(WireCodec.standard().read(json, ProcessInstance.class, ReadMode.STRICT).problems())
        .extracting(Problem::code, Problem::pointer)
        .containsExactly(tuple(WireCode.CHAIN_KEY_UNKNOWN, "/journal/entries/1"));
  }

  @Test
  void refusesASealedEntryWhoseSealWasRemovedAndChainRecomputed() {
    // Dropping the seal of the last entry leaves its recorded digest an HMAC the plain chain
    // does not give; the codec reports the entry.
    String json =
        keyed
            .write(sealedStarted())
            .replace("\"chainKeyId\": \"vefsn-2026\",\n        \"digest\"", "\"digest\"");

    assertThat(keyed.read(json, ProcessInstance.class, ReadMode.STRICT).problems())
        .extracting(Problem::code)
        .containsExactly(WireCode.JOURNAL_TAMPERED);
  }
}
