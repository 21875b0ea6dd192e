package no.levehelelivet.serialization;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;

import java.time.LocalDate;
import java.util.Map;
import no.levehelelivet.core.Language;
import no.levehelelivet.core.LocalizedText;
import no.levehelelivet.process.Criterion;
import no.levehelelivet.process.Phase;
import no.levehelelivet.process.ProcessDefinition;
import no.levehelelivet.process.ProcessInstance;
import no.levehelelivet.process.Role;
import no.levehelelivet.process.Transition;
import no.levehelelivet.process.TransitionKind;
import no.levehelelivet.process.Trigger;
import org.junit.jupiter.api.Test;

/** Process definitions (also from YAML) and process instances with their journals. */
class ProcessDocumentsTest {

  private final WireCodec codec =
      WireCodec.builder().definition(ProcessFixtures.vefsnDefinition()).build();

  static ProcessDefinition mini() {
    Role lead = Role.of("process-lead", LocalizedText.of("Prosessleder"));
    return ProcessDefinition.builder()
        .id("vefsn-mini")
        .version(1)
        .name(
            LocalizedText.of(
                Map.of(
                    Language.BOKMAL, "Vefsn – kort prosess",
                    Language.ENGLISH, "Vefsn – short process")))
        .basedOn("leve-hele-livet-standard@1")
        .addRoles(lead)
        .addPhases(
            Phase.builder()
                .code("start-up")
                .label(LocalizedText.of("Oppstart"))
                .initial(true)
                .targetDate(LocalDate.of(2026, 3, 31))
                .build())
        .addTransitions(
            Transition.builder()
                .trigger(Trigger.of("finish", LocalizedText.of("Fullfør")))
                .kind(TransitionKind.COMPLETE)
                .addFromPhases("start-up")
                .addCriteria("team-appointed")
                .addRoles(lead)
                .noteRequired(true)
                .build())
        .addCriteria(
            Criterion.builder()
                .code("team-appointed")
                .label(LocalizedText.of("Prosessteam oppnevnt"))
                .evidenceRequired(true)
                .addRecordedBy(lead)
                .build())
        .addAnsweringRoles(lead)
        .build();
  }

  @Test
  void writesTheDefinitionGoldenFileByteForByte() {
    assertThat(codec.write(mini()))
        .isEqualTo(Fixtures.resource("golden/v2/process-definition.json"));
  }

  @Test
  void readsTheDefinitionGoldenFileFromJsonAndFromHandWrittenYaml() {
    assertThat(
            codec
                .read(
                    Fixtures.resource("golden/v2/process-definition.json"),
                    ProcessDefinition.class,
                    ReadMode.STRICT)
                .orElseThrow())
        .isEqualTo(mini());
    ProcessDefinition fromYaml =
        codec
            .readYaml(
                Fixtures.resource("golden/v2/process-definition.yaml"),
                ProcessDefinition.class,
                ReadMode.STRICT)
            .orElseThrow();
    assertThat(fromYaml).isEqualTo(mini());
    assertThat(fromYaml.digest()).isEqualTo(mini().digest());
  }

  @Test
  void roundTripsTheStandardAndATailoredDefinitionWithTheirDigests() {
    for (ProcessDefinition definition :
        new ProcessDefinition[] {ProcessDefinition.standard(), ProcessFixtures.vefsnDefinition()}) {
      String written = codec.write(definition);
      ProcessDefinition read =
          codec.read(written, ProcessDefinition.class, ReadMode.STRICT).orElseThrow();

      assertThat(read).isEqualTo(definition);
      assertThat(read.digest()).isEqualTo(definition.digest());
      assertThat(codec.write(read)).isEqualTo(written);
    }
  }

  @Test
  void writesRecordableEarlyOnlyWhenTrueAndReadsItBackWithTheDigest() {
    assertThat(codec.write(mini())).doesNotContain("recordableEarly");
    ProcessDefinition early =
        ProcessDefinition.builder()
            .from(mini())
            .criteria(
                java.util.List.of(mini().criterion("team-appointed").withRecordableEarly(true)))
            .build();
    String written = codec.write(early);
    assertThat(written).contains("\"recordableEarly\": true");
    assertThat(SchemaValidationTest.validate(DocumentType.PROCESS_DEFINITION, 2, written))
        .isEmpty();
    ProcessDefinition read =
        codec.read(written, ProcessDefinition.class, ReadMode.STRICT).orElseThrow();
    assertThat(read).isEqualTo(early);
    assertThat(read.criterion("team-appointed").isRecordableEarly()).isTrue();
    assertThat(read.digest()).isEqualTo(early.digest()).isNotEqualTo(mini().digest());
    assertThat(codec.write(read)).isEqualTo(written);
  }

  @Test
  void reportsABrokenDefinitionRuleWithItsOwnCode() {
    String noInitialPhase =
        Fixtures.resource("golden/v2/process-definition.json")
            .replace("\"initial\": true", "\"initial\": false");

    ReadResult<ProcessDefinition> result =
        codec.read(noInitialPhase, ProcessDefinition.class, ReadMode.STRICT);
    assertThat(result.problems()).extracting(Problem::code).contains(WireCode.INVALID_DEFINITION);
    assertThat(result.problems()).allMatch(p -> p.code() == WireCode.INVALID_DEFINITION);
    assertThat(result.problems().get(0).message()).startsWith("LHL-D-001");
  }

  @Test
  void reportsAnUnreachablePhaseAtThatPhase() {
    String unreachable =
        Fixtures.resource("golden/v2/process-definition.json")
            .replace(
                "      \"targetDate\": \"2026-03-31\"\n    }\n  ],",
                "      \"targetDate\": \"2026-03-31\"\n    },\n    {\"code\": \"mapping\","
                    + " \"label\": {\"nb\": \"Kartlegging\"}, \"initial\": false,"
                    + " \"questions\": [], \"milestones\": []}\n  ],");

    ReadResult<ProcessDefinition> result =
        codec.read(unreachable, ProcessDefinition.class, ReadMode.STRICT);
    assertThat(result.problems())
        .isNotEmpty()
        .allSatisfy(
            p -> {
              assertThat(p.code()).isEqualTo(WireCode.INVALID_DEFINITION);
              assertThat(p.pointer()).isEqualTo("/phases/1");
            });
    assertThat(result.problems())
        .extracting(p -> p.message().substring(0, 9))
        .contains("LHL-D-003");
  }

  @Test
  void reportsARoleTheDefinitionDoesNotListAsAnUnknownCode() {
    String json =
        Fixtures.resource("golden/v2/process-definition.json")
            .replace(
                "\"answeringRoles\": [\n    \"process-lead\"",
                "\"answeringRoles\": [\n    \"mayor\"");

    assertThat(codec.read(json, ProcessDefinition.class, ReadMode.STRICT).problems())
        .extracting(Problem::code, Problem::pointer)
        .containsExactly(tuple(WireCode.UNKNOWN_CODE, "/answeringRoles/0"));
  }

  @Test
  void writesTheInstanceGoldenFileByteForByte() {
    ProcessInstance instance = ProcessFixtures.vefsnStarted();

    assertThat(codec.write(instance))
        .isEqualTo(Fixtures.resource("golden/v2/process-instance.json"));
    // The digests in the golden file are the process module's own, independently tested chain.
    assertThat(Fixtures.resource("golden/v2/process-instance.json"))
        .contains("\"digest\": \"" + ProcessDefinition.standard().digest().hex() + "\"")
        .contains("\"digest\": \"" + instance.journal().digest(1).hex() + "\"")
        .contains("\"headDigest\": \"" + instance.journal().digest(2).hex() + "\"");
  }

  @Test
  void readsTheInstanceGoldenFileAndWritesItBackByteIdentical() {
    String golden = Fixtures.resource("golden/v2/process-instance.json");

    ProcessInstance read = codec.read(golden, ProcessInstance.class, ReadMode.STRICT).orElseThrow();
    assertThat(read).isEqualTo(ProcessFixtures.vefsnStarted());
    assertThat(codec.write(read)).isEqualTo(golden);
  }

  @Test
  void readsAnInstanceOnATailoredDefinitionItKnows() {
    ProcessInstance instance =
        ProcessFixtures.accept(
            ProcessInstance.start(
                ProcessFixtures.vefsnDefinition(),
                "vefsn-2",
                Fixtures.vefsn(),
                ProcessFixtures.LEAD,
                ProcessFixtures.day(0)),
            no.levehelelivet.process.Command.recordCriterion(
                "political-anchoring", ProcessFixtures.LEAD, "PS 2026/4"),
            1);
    String written = codec.write(instance);

    assertThat(codec.read(written, ProcessInstance.class, ReadMode.STRICT).orElseThrow())
        .isEqualTo(instance);
    assertThat(
            WireCodec.standard().read(written, ProcessInstance.class, ReadMode.STRICT).problems())
        .extracting(Problem::code, Problem::pointer)
        .containsExactly(tuple(WireCode.UNKNOWN_DEFINITION, "/definition"));
  }

  @Test
  void reportsAChangedEntryWithItsSequenceNumberAndPointer() {
    String tampered =
        Fixtures.resource("golden/v2/process-instance.json")
            .replace("2026/12-ledermøte", "2026/13-ledermøte");

    ReadResult<ProcessInstance> result =
        codec.read(tampered, ProcessInstance.class, ReadMode.STRICT);
    assertThat(result.problems())
        .extracting(Problem::code, Problem::pointer)
        .containsExactly(tuple(WireCode.JOURNAL_TAMPERED, "/journal/entries/1"));
    assertThat(result.problems().get(0).message()).contains("sequence number 2");
  }

  @Test
  void reportsAChangedEarlierEntryAtThatEntry() {
    String tampered =
        Fixtures.resource("golden/v2/process-instance.json")
            .replace("\"time\": \"2026-01-05T09:00:00Z\"", "\"time\": \"2026-01-05T08:00:00Z\"");

    assertThat(codec.read(tampered, ProcessInstance.class, ReadMode.STRICT).problems())
        .extracting(Problem::code, Problem::pointer)
        .containsExactly(tuple(WireCode.JOURNAL_TAMPERED, "/journal/entries/0"));
  }

  @Test
  void reportsATruncatedJournalAtItsHeadDigest() {
    String golden = Fixtures.resource("golden/v2/process-instance.json");
    int second = golden.indexOf("      {\n        \"sequence\": 2");
    int end = golden.indexOf("    ],\n    \"headDigest\"");
    String truncated = golden.substring(0, second - 2) + "\n" + golden.substring(end);

    assertThat(codec.read(truncated, ProcessInstance.class, ReadMode.STRICT).problems())
        .extracting(Problem::code, Problem::pointer)
        .containsExactly(tuple(WireCode.JOURNAL_TAMPERED, "/journal/headDigest"));
  }

  @Test
  void refusesAJournalTruncatedWithItsHeadDigestRemoved() {
    // Entry 2 and the head digest deleted; phase and status still agree with entry 1.
    String golden = Fixtures.resource("golden/v2/process-instance.json");
    int second = golden.indexOf("      {\n        \"sequence\": 2");
    String truncated = golden.substring(0, second - 2) + "\n    ]\n  }\n}\n";
    assertThat(truncated).doesNotContain("headDigest").contains("\"phase\": \"start-up\"");

    for (ReadMode mode : ReadMode.values()) {
      ReadResult<ProcessInstance> result = codec.read(truncated, ProcessInstance.class, mode);
      assertThat(result.value()).as(mode.name()).isEmpty();
      assertThat(result.problems())
          .extracting(Problem::code, Problem::pointer)
          .contains(tuple(WireCode.MISSING_VALUE, "/journal/headDigest"));
    }
  }

  @Test
  void reportsAPhaseTheJournalDoesNotGive() {
    String wrong =
        Fixtures.resource("golden/v2/process-instance.json")
            .replace("\"phase\": \"start-up\"", "\"phase\": \"mapping\"");

    assertThat(codec.read(wrong, ProcessInstance.class, ReadMode.STRICT).problems())
        .extracting(Problem::code, Problem::pointer)
        .containsExactly(tuple(WireCode.INCONSISTENT_VALUES, "/phase"));
  }

  @Test
  void reportsAnIntactJournalTheDefinitionDoesNotAllow() {
    // Entry 2 recorded by a role the definition does not permit, with its digests recomputed
    // by the process module, so that the chain itself is intact.
    ProcessInstance real = ProcessFixtures.vefsnStarted();
    no.levehelelivet.process.journal.JournalEntry forged =
        real.journal().entry(2).withAttributes(Map.of("criterion", "no-such-criterion"));
    no.levehelelivet.process.journal.Journal journal =
        no.levehelelivet.process.journal.Journal.of(
            java.util.List.of(real.journal().entry(1), forged));
    String json =
        codec
            .write(real)
            .replace(
                "\"criterion\": \"administrative-anchoring\"",
                "\"criterion\": \"no-such-criterion\"")
            .replace(real.journal().digest(2).hex(), journal.digest(2).hex());

    assertThat(codec.read(json, ProcessInstance.class, ReadMode.STRICT).problems())
        .extracting(Problem::code, Problem::pointer)
        .containsExactly(tuple(WireCode.JOURNAL_NOT_REPLAYABLE, "/journal/entries/1"));
  }

  @Test
  void readsALongerProcessBackByteIdentical() {
    ProcessInstance instance = ProcessFixtures.vefsnMapping();
    byte[] written = codec.writeBytes(instance);

    ProcessInstance read =
        codec.read(written, ProcessInstance.class, ReadMode.STRICT).orElseThrow();
    assertThat(read).isEqualTo(instance);
    assertThat(codec.writeBytes(read)).isEqualTo(written);
  }

  @Test
  void refusesAnInstantThatIsNotUtcWithZ() {
    String local =
        Fixtures.resource("golden/v2/process-instance.json")
            .replace("\"2026-01-06T09:00:00Z\"", "\"2026-01-06T10:00:00+01:00\"");

    assertThat(codec.read(local, ProcessInstance.class, ReadMode.STRICT).problems())
        .extracting(Problem::code, Problem::pointer)
        .containsExactly(tuple(WireCode.INVALID_VALUE, "/journal/entries/1/time"));
  }
}
