package no.levehelelivet.examples;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import no.levehelelivet.core.Municipality;
import no.levehelelivet.process.Actor;
import no.levehelelivet.process.Command;
import no.levehelelivet.process.Outcome;
import no.levehelelivet.process.ProcessInstance;
import no.levehelelivet.process.ReasonCode;
import no.levehelelivet.process.Role;
import no.levehelelivet.process.StandardProcess;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CaseManagementIntegrationTest {

  @TempDir Path dir;

  @Test
  void refusesTheSecondCaseworkersStaleWriteAndKeepsTheFirstStep() {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    ProcessInstance stored =
        CaseManagementIntegration.run(dir, new PrintStream(bytes, true, StandardCharsets.UTF_8));
    assertThat(stored.version()).isEqualTo(3);
    assertThat(stored.criteria())
        .containsOnlyKeys(
            StandardProcess.POLITICAL_ANCHORING, StandardProcess.ADMINISTRATIVE_ANCHORING);
    assertThat(bytes.toString(StandardCharsets.UTF_8))
        .contains("Kari records political anchoring: saved")
        .contains("Ola records administrative anchoring on his old screen: refused")
        .contains("LHL-P-005")
        .contains("Ola reloads version 2 and records again: saved")
        .contains("chain intact");
  }

  @Test
  void aRefusedCommandLeavesTheStoredDocumentByteForByte() throws IOException {
    CaseFolder cases =
        new CaseFolder(
            dir, List.of(), Clock.fixed(Instant.parse("2026-11-24T09:00:00Z"), ZoneOffset.UTC));
    Actor kari = Actor.of("kari", Role.PROCESS_LEAD);
    cases.create("hemnes", Municipality.of("Hemnes", "1832"), kari);
    byte[] before = Files.readAllBytes(cases.file("hemnes"));
    Outcome outcome = cases.apply("hemnes", Command.of("begin-mapping", kari));
    assertThat(outcome.isAccepted()).isFalse();
    assertThat(outcome.reasons()).extracting(r -> r.code()).contains(ReasonCode.CRITERION_NOT_MET);
    assertThat(Files.readAllBytes(cases.file("hemnes"))).isEqualTo(before);
  }
}
