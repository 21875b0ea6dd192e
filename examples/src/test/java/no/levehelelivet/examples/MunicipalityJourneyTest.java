package no.levehelelivet.examples;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import no.levehelelivet.core.Language;
import no.levehelelivet.core.Municipality;
import no.levehelelivet.process.ProcessInstance;
import no.levehelelivet.process.ProcessStatus;
import no.levehelelivet.process.StandardProcess;
import no.levehelelivet.process.journal.JournalEntry;
import org.junit.jupiter.api.Test;

class MunicipalityJourneyTest {

  private final ByteArrayOutputStream bytes = new ByteArrayOutputStream();

  private ProcessInstance run(Language language) {
    return MunicipalityJourney.run(
        Municipality.of("Vefsn", "1824"),
        language,
        new PrintStream(bytes, true, StandardCharsets.UTF_8));
  }

  private String output() {
    return bytes.toString(StandardCharsets.UTF_8);
  }

  @Test
  void vefsnGoesThroughEveryPhaseAndCompletes() {
    ProcessInstance vefsn = run(Language.ENGLISH);
    assertThat(vefsn.status()).isEqualTo(ProcessStatus.COMPLETED);
    assertThat(vefsn.phase()).isEqualTo(StandardProcess.IMPLEMENT_AND_EVALUATE);
    assertThat(vefsn.journal().entries())
        .extracting(JournalEntry::toPhase)
        .contains(
            StandardProcess.START_UP,
            StandardProcess.MAPPING,
            StandardProcess.PLAN_AND_DECIDE,
            StandardProcess.INTEGRATE_INTO_PLANS,
            StandardProcess.IMPLEMENT_AND_EVALUATE);
  }

  @Test
  void recordsTheCriteriaWithTheirEvidence() {
    ProcessInstance vefsn = run(Language.ENGLISH);
    assertThat(vefsn.criteria())
        .hasEntrySatisfying(
            StandardProcess.PLAN_ADOPTED_BY_COUNCIL,
            record -> assertThat(record.evidence()).containsExactly("PS 45/2020"));
    assertThat(output())
        .contains("✓ Political anchoring  — prosessleder@1824 (Process lead) [PS 12/2019]");
  }

  @Test
  void showsARefusedStepWithEveryReasonAndThenTheSameStepAccepted() {
    run(Language.ENGLISH);
    String out = output();
    assertThat(out)
        .contains("✗ REFUSED: begin-mapping")
        .contains("LHL-P-003")
        .contains("\"political-anchoring\"")
        .contains("\"process-team-appointed\"")
        .contains("▶ begin-mapping: Start-up → Mapping (active)");
    assertThat(out.indexOf("REFUSED: begin-mapping"))
        .isLessThan(out.indexOf("▶ begin-mapping: Start-up → Mapping"));
    assertThat(out).contains("✗ REFUSED: adopt-plan").contains("LHL-P-004");
  }

  @Test
  void givesTheReasonsForTheRefusedStepInTheJourneysLanguage() {
    run(Language.BOKMAL);
    assertThat(output())
        .contains("✗ AVVIST: begin-mapping")
        .contains(
            "LHL-P-003: \"begin-mapping\" krever at kriteriet \"political-anchoring\" er"
                + " registrert som oppfylt; registrer det først");
  }

  @Test
  void takesAStepBackToMappingAndForwardAgain() {
    ProcessInstance vefsn = run(Language.ENGLISH);
    assertThat(output()).contains("▶ revisit: Plan and decide → Mapping (active)");
    assertThat(vefsn.history().phaseVisits())
        .extracting(v -> v.phase())
        .containsSubsequence(
            StandardProcess.MAPPING,
            StandardProcess.PLAN_AND_DECIDE,
            StandardProcess.MAPPING,
            StandardProcess.PLAN_AND_DECIDE);
  }

  @Test
  void endsWithAVerifiedJournal() {
    ProcessInstance vefsn = run(Language.BOKMAL);
    assertThat(vefsn.journal().verify().isIntact()).isTrue();
    assertThat(output())
        .contains("Journalen: " + vefsn.journal().size() + " hendelser, kjeden er intakt")
        .contains(vefsn.journal().headDigest().hex());
  }

  @Test
  void printsTheTimelineInTheChosenLanguage() {
    run(Language.NYNORSK);
    assertThat(output()).startsWith("Leve heile livet i Vefsn (1824)").contains("Tid i kvar fase");
  }
}
