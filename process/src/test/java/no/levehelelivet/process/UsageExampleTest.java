package no.levehelelivet.process;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import no.levehelelivet.core.Language;
import no.levehelelivet.core.Municipality;
import no.levehelelivet.process.diagram.MermaidDiagram;
import org.junit.jupiter.api.Test;

/** The usage example offered for the README, compiled and run so it cannot rot. */
class UsageExampleTest {

  @Test
  void startsAProcessFiresACommandReadsARejectionAndPrintsMermaid() {
    Clock clock = Clock.fixed(Instant.parse("2026-01-05T09:00:00Z"), ZoneOffset.UTC);
    ByteArrayOutputStream printed = new ByteArrayOutputStream();
    PrintStream out = new PrintStream(printed, true, UTF_8); // System.out in the README
    // --- example starts
    Actor kari = Actor.of("kari", Role.PROCESS_LEAD);
    ProcessInstance process =
        ProcessInstance.start(
            ProcessDefinition.standard(), "vefsn-1", Municipality.of("Vefsn", "1824"), kari, clock);
    Outcome recorded = process.fire(Command.recordCriterion("process-team-appointed", kari), clock);
    process = recorded.instance();
    Outcome outcome = process.fire(Command.of(Trigger.BEGIN_MAPPING, kari), clock);
    if (outcome instanceof Rejected rejected) {
      rejected.reasons().forEach(reason -> out.println(reason.message()));
    }
    out.println(MermaidDiagram.render(process, Language.BOKMAL));
    // --- example ends
    assertThat(recorded.isAccepted()).isTrue();
    assertThat(((Rejected) outcome).codes())
        .containsExactly(ReasonCode.CRITERION_NOT_MET, ReasonCode.CRITERION_NOT_MET);
    assertThat(process.version()).isEqualTo(2);
    assertThat(printed.toString(UTF_8))
        .startsWith("LHL-P-003: ")
        .contains("stateDiagram-v2", "class start_up current");
  }
}
