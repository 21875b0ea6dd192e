package no.levehelelivet.examples.cli;

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
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Drives the jar's entry point in-process, as a shell would, and checks exit codes and output. */
class CliTest {

  private static final Clock CLOCK =
      Clock.fixed(Instant.parse("2026-11-24T10:00:00Z"), ZoneOffset.UTC);

  @TempDir Path dir;

  private Path process;
  private String out = "";
  private String err = "";

  private int run(String... args) {
    ByteArrayOutputStream outBytes = new ByteArrayOutputStream();
    ByteArrayOutputStream errBytes = new ByteArrayOutputStream();
    int code =
        LeveHeleLivetCommand.execute(
            args,
            new PrintStream(outBytes, true, StandardCharsets.UTF_8),
            new PrintStream(errBytes, true, StandardCharsets.UTF_8),
            CLOCK);
    out = outBytes.toString(StandardCharsets.UTF_8);
    err = errBytes.toString(StandardCharsets.UTF_8);
    return code;
  }

  @BeforeEach
  void startVefsn() {
    process = dir.resolve("vefsn.json");
    assertThat(
            run(
                "start",
                "--municipality",
                "Vefsn",
                "--number",
                "1824",
                "--out",
                process.toString()))
        .as(err)
        .isZero();
    assertThat(out).contains("started lhl-1824 for Vefsn (1824)").contains("start-up");
  }

  private void record(String criterion, String role) {
    assertThat(
            run(
                "record",
                process.toString(),
                "--criterion",
                criterion,
                "--actor",
                "someone",
                "--role",
                role,
                "--evidence",
                "2026/1"))
        .as(err)
        .isZero();
  }

  /**
   * Runs {@code fire} on the process file with a trigger, an actor and a role, and more options.
   */
  private int fire(String trigger, String actor, String role, String... more) {
    List<String> args =
        new ArrayList<>(
            List.of(
                "fire",
                process.toString(),
                "--trigger",
                trigger,
                "--actor",
                actor,
                "--role",
                role));
    args.addAll(List.of(more));
    return run(args.toArray(new String[0]));
  }

  private byte[] bytes() throws IOException {
    return Files.readAllBytes(process);
  }

  @Test
  void recordsACriterionWithEvidenceAndShowsItInTheStatus() {
    assertThat(
            run(
                "record",
                process.toString(),
                "--criterion",
                "administrative-anchoring",
                "--actor",
                "kommunedirektor",
                "--role",
                "administrative-leadership",
                "--evidence",
                "2026/112",
                "--at",
                "2026-11-25T08:00:00Z"))
        .isZero();
    assertThat(out).contains("#2 2026-11-25T08:00:00Z record-criterion by kommunedirektor");
    assertThat(run("status", process.toString(), "--role", "process-lead")).isZero();
    assertThat(out)
        .contains("phase: start-up (Oppstart), status: active, version: 2")
        .contains("administrative-anchoring (Administrativ forankring) by kommunedirektor")
        .contains("[2026/112]")
        .contains("begin-mapping: not allowed")
        .contains("LHL-P-003");
  }

  @Test
  void firesATransitionOnceItsCriteriaAreMet() {
    record("administrative-anchoring", "administrative-leadership");
    record("political-anchoring", "process-lead");
    record("process-team-appointed", "administrative-leadership");
    assertThat(run("status", process.toString(), "--role", "process-lead", "--format", "json"))
        .isZero();
    assertThat(out)
        .contains("{\"role\":\"process-lead\",\"trigger\":\"begin-mapping\",\"allowed\":true");
    assertThat(fire("begin-mapping", "pl", "process-lead")).as(err).isZero();
    assertThat(out).contains("begin-mapping by pl (process-lead): start-up -> mapping [active]");
    assertThat(run("verify", process.toString())).isZero();
    assertThat(out).contains("the journal chain is intact, 5 entries");
  }

  @Test
  void refusesATriggerWhoseCriteriaAreMissingAndLeavesTheFileAsItWas() throws IOException {
    byte[] before = bytes();
    assertThat(fire("begin-mapping", "pl", "process-lead")).isEqualTo(1);
    assertThat(err)
        .contains("\"begin-mapping\" refused")
        .contains("LHL-P-003")
        .contains("\"political-anchoring\"");
    assertThat(bytes()).isEqualTo(before);
  }

  @Test
  void refusesATriggerNotAllowedFromTheCurrentPhase() throws IOException {
    byte[] before = bytes();
    assertThat(fire("begin-planning", "pl", "process-lead")).isEqualTo(1);
    assertThat(err).contains("LHL-P-002").contains("\"start-up\"");
    assertThat(bytes()).isEqualTo(before);
  }

  @Test
  void refusesAnUnknownTrigger() throws IOException {
    byte[] before = bytes();
    assertThat(fire("begin-partying", "pl", "process-lead")).isEqualTo(1);
    assertThat(err).contains("LHL-P-006").contains("unknown trigger \"begin-partying\"");
    assertThat(bytes()).isEqualTo(before);
  }

  @Test
  void refusesARoleThatIsNotPermitted() throws IOException {
    record("administrative-anchoring", "administrative-leadership");
    record("political-anchoring", "process-lead");
    record("process-team-appointed", "administrative-leadership");
    byte[] before = bytes();
    assertThat(fire("begin-mapping", "usht", "regional-support")).isEqualTo(1);
    assertThat(err).contains("LHL-P-004").contains("\"regional-support\"");
    assertThat(bytes()).isEqualTo(before);
  }

  @Test
  void anUnknownRoleCodeIsAUsageError() throws IOException {
    byte[] before = bytes();
    assertThat(fire("begin-mapping", "x", "mayor")).isEqualTo(2);
    assertThat(err).contains("LHL-C-001").contains("unknown role code \"mayor\"");
    assertThat(bytes()).isEqualTo(before);
  }

  @Test
  void anUnknownCriterionIsRefused() throws IOException {
    byte[] before = bytes();
    assertThat(
            run(
                "record",
                process.toString(),
                "--criterion",
                "budget-approved",
                "--actor",
                "x",
                "--role",
                "process-lead"))
        .isEqualTo(1);
    assertThat(err).contains("LHL-P-009").contains("budget-approved");
    assertThat(bytes()).isEqualTo(before);
  }

  @Test
  void aTamperedJournalFailsVerificationAndIsNeverFiredOn() throws IOException {
    record("administrative-anchoring", "administrative-leadership");
    String json = Files.readString(process);
    Files.writeString(process, json.replace("2026/1", "2026/9"));
    byte[] tampered = bytes();
    assertThat(run("verify", process.toString())).isEqualTo(1);
    assertThat(err).contains("LHL-S-030").contains("/journal/entries/1");
    assertThat(fire("pause", "pl", "process-lead", "--note", "ferie")).isEqualTo(1);
    assertThat(bytes()).isEqualTo(tampered);
  }

  @Test
  void malformedJsonIsExitCodeTwoWithItsPosition() throws IOException {
    Files.writeString(process, "{\"schemaVersion\": \"2.0\",");
    byte[] before = bytes();
    assertThat(run("validate", process.toString())).isEqualTo(2);
    assertThat(err).contains("LHL-S-001").contains("line 1");
    assertThat(fire("pause", "pl", "process-lead", "--note", "x")).isEqualTo(2);
    assertThat(bytes()).isEqualTo(before);
  }

  @Test
  void anInvalidDocumentIsExitCodeOneWithEveryProblem() throws IOException {
    Path plan = dir.resolve("plan.json");
    Files.writeString(
        plan,
        "{\"schemaVersion\": \"2.0\", \"documentType\": \"measure\", \"title\": \"\","
            + " \"colour\": \"blue\"}");
    assertThat(run("validate", plan.toString())).isEqualTo(1);
    assertThat(err).contains("LHL-S-004").contains("/colour");
  }

  @Test
  void aMissingFileIsExitCodeTwo() {
    assertThat(run("verify", dir.resolve("nowhere.json").toString())).isEqualTo(2);
    assertThat(err).contains("cannot read").contains("no such file");
  }

  @Test
  void anUnwritableOutputIsExitCodeTwo() {
    assertThat(
            run(
                "start",
                "--municipality",
                "Vefsn",
                "--number",
                "1824",
                "--out",
                dir.resolve("no/such/folder/v.json").toString()))
        .isEqualTo(2);
    assertThat(err).contains("cannot write").contains("does not exist");
  }

  @Test
  void aBadKommunenummerIsAUsageError() {
    assertThat(
            run(
                "start",
                "--municipality",
                "Vefsn",
                "--number",
                "824",
                "--out",
                dir.resolve("x.json").toString()))
        .isEqualTo(2);
    assertThat(err).contains("LHL-A-001: kommunenummer must be four digits, was \"824\"");
  }

  @Test
  void validatesAProcessDocument() {
    assertThat(run("validate", process.toString())).isZero();
    assertThat(out).contains("a valid process-instance document");
  }

  @Test
  void printsTheJourneyAndWritesItsProcess() throws IOException {
    Path journey = dir.resolve("journey.json");
    assertThat(run("journey", "--lang", "en", "--out", journey.toString())).as(err).isZero();
    assertThat(out).startsWith("A full life – all your life in Vefsn (1824)");
    assertThat(run("verify", journey.toString())).isZero();
    assertThat(out).contains("the journal chain is intact, 24 entries");
  }

  @Test
  void printsTheCatalogueAsTextAndAsJson() {
    assertThat(run("catalogue", "--lang", "en")).isZero();
    assertThat(out).contains("Food and meals  [food-and-meals]");
    assertThat(run("catalogue", "--format", "json")).isZero();
    assertThat(out).contains("\"documentType\": \"catalogue\"").contains("\"food-and-meals\"");
  }

  @Test
  void drawsTheStandardProcessInEachFormat() {
    assertThat(run("diagram", "--lang", "en")).isZero();
    assertThat(out).contains("stateDiagram-v2").contains("Plan and decide");
    assertThat(run("diagram", "--format", "dot")).isZero();
    assertThat(out).startsWith("digraph");
    assertThat(run("diagram", "--format", "scxml")).isZero();
    assertThat(out).contains("http://www.w3.org/2005/07/scxml");
  }

  @Test
  void printsASchemaAndRefusesAnUnknownType() {
    assertThat(run("schema", "activity-plan")).isZero();
    assertThat(out).contains("https://json-schema.org/draft/2020-12/schema");
    assertThat(run("schema", "recipe")).isEqualTo(2);
    assertThat(err).contains("unknown document type \"recipe\"");
  }

  @Test
  void exportsAnActivityPlanAsACalendar() throws IOException {
    assertThat(run("catalogue", "--format", "json")).isZero();
    Path plan = dir.resolve("viken.json");
    Path ics = dir.resolve("viken.ics");
    Files.writeString(
        plan,
        Files.readString(
            Path.of("src/main/resources/no/levehelelivet/examples/usht-viken-2020.json")));
    assertThat(run("calendar", plan.toString(), "--out", ics.toString())).as(err).isZero();
    assertThat(out).contains("6 sessions of usht-viken-2020 written to");
    assertThat(Files.readString(ics))
        .startsWith("BEGIN:VCALENDAR")
        .contains("SUMMARY:Mellomarbeid");
  }

  @Test
  void everySubcommandHasHelp() {
    for (String command :
        new String[] {
          "catalogue",
          "start",
          "record",
          "status",
          "journey",
          "validate",
          "fire",
          "verify",
          "diagram",
          "schema",
          "calendar"
        }) {
      assertThat(run(command, "--help")).as(command).isZero();
      assertThat(out).as(command).contains("Usage: levehelelivet " + command);
    }
  }
}
