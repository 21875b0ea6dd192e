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
import org.assertj.core.api.AbstractStringAssert;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

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

  /**
   * Asserts that standard error holds exactly one line, naming {@code code}, and that no stack
   * trace was printed anywhere; returns the line for more checks.
   */
  private AbstractStringAssert<?> assertOneCodedLine(String code) {
    assertThat(out + err)
        .doesNotContain("Exception")
        .doesNotContain("at no.levehelelivet")
        .doesNotContain("at picocli")
        .doesNotContain("\tat ");
    List<String> lines = err.lines().filter(line -> !line.isBlank()).toList();
    assertThat(lines).as("standard error:%n%s", err).hasSize(1);
    return assertThat(lines.get(0)).contains(code);
  }

  /** Asserts a usage error: exit 2, one line on standard error starting with {@code code}. */
  private AbstractStringAssert<?> assertUsageError(int exitCode, String code) {
    assertThat(exitCode).as(err).isEqualTo(2);
    assertThat(out).isEmpty();
    return assertOneCodedLine(code).startsWith(code + ": ");
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
  void givesTheReasonsForARefusalInNynorsk() throws IOException {
    byte[] before = bytes();
    assertThat(fire("begin-mapping", "pl", "process-lead", "--lang", "nn")).isEqualTo(1);
    assertThat(err)
        .contains(
            "LHL-P-003: \"begin-mapping\" krev at kriteriet \"political-anchoring\" er registrert"
                + " som oppfylt; registrer det først");
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
    assertThat(fire("begin-partying", "pl", "process-lead", "--lang", "en")).isEqualTo(1);
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
    assertThat(fire("begin-mapping", "x", "mayor", "--lang", "en")).isEqualTo(2);
    assertOneCodedLine("LHL-C-001").contains("unknown role code \"mayor\"");
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
    assertOneCodedLine("LHL-S-001").contains("line 1");
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
    assertThat(run("verify", dir.resolve("nowhere.json").toString(), "--lang", "en")).isEqualTo(2);
    assertOneCodedLine("LHL-U-006").contains("no such file").contains("nowhere.json");
  }

  @Test
  void saysWhatACodeMeansInTheLanguageOfLang() {
    String nowhere = dir.resolve("nowhere.json").toString();
    assertThat(run("verify", nowhere, "--lang", "nn")).isEqualTo(2);
    assertOneCodedLine("LHL-U-006").contains("fila finst ikkje").contains("nowhere.json");
    assertThat(run("verify", nowhere, "--lang", "nb")).isEqualTo(2);
    assertOneCodedLine("LHL-U-006").contains("filen finnes ikke").contains("nowhere.json");
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
                dir.resolve("no/such/folder/v.json").toString(),
                "--lang",
                "en"))
        .isEqualTo(2);
    assertOneCodedLine("LHL-U-009").contains("cannot be written").contains("does not exist");
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
                dir.resolve("x.json").toString(),
                "--lang",
                "en"))
        .isEqualTo(2);
    assertOneCodedLine("LHL-A-001").contains("kommunenummer must be four digits, was \"824\"");
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
    assertOneCodedLine("LHL-C-001").contains("\"recipe\"").contains("activity-plan");
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
  void noArgumentsPrintsTheUsageToStandardErrorAndExitsTwo() {
    assertThat(run()).isEqualTo(2);
    assertThat(out).isEmpty();
    assertThat(err)
        .startsWith("LHL-U-001: no subcommand was given")
        .contains("Usage: levehelelivet");
    assertThat(err.lines().filter(line -> line.contains("LHL-"))).hasSize(1);
    assertThat(err).doesNotContain("Exception").doesNotContain("at no.levehelelivet");
  }

  @Test
  void anUnknownSubcommandIsOneCodedLine() {
    assertUsageError(run("frobnicate"), "LHL-U-002").contains("\"frobnicate\"");
    assertUsageError(run("help", "frobnicate"), "LHL-U-002").contains("frobnicate");
  }

  @Test
  void anUnknownOptionIsOneCodedLine() throws IOException {
    byte[] before = bytes();
    assertUsageError(fire("pause", "pl", "process-lead", "--frob"), "LHL-U-002")
        .contains("\"--frob\"")
        .contains("levehelelivet fire --help");
    assertUsageError(run("catalogue", "--colour", "blue"), "LHL-U-002").contains("--colour");
    assertThat(bytes()).isEqualTo(before);
  }

  @Test
  void anOptionGivenTwiceIsOneCodedLine() {
    assertUsageError(
            fire("pause", "pl", "process-lead", "--note", "a", "--trigger", "resume"), "LHL-U-002")
        .contains("--trigger");
  }

  @Test
  void aMissingOptionParameterOrValueIsOneCodedLine() {
    assertUsageError(
            run("fire", process.toString(), "--actor", "pl", "--role", "process-lead"), "LHL-U-003")
        .contains("--trigger");
    assertUsageError(run("status"), "LHL-U-003").contains("FILE");
    assertUsageError(run("fire", process.toString(), "--trigger"), "LHL-U-003")
        .contains("--trigger");
  }

  @Test
  void aFolderGivenAsAFileIsOneCodedLine() throws IOException {
    assertUsageError(run("status", dir.toString()), "LHL-U-007")
        .contains(dir.getFileName().toString());
    assertUsageError(run("validate", dir.toString()), "LHL-U-007");
    assertUsageError(
        run("status", process.toString(), "--definition", dir.toString()), "LHL-U-007");
    Path folder = Files.createDirectory(dir.resolve("out"));
    assertUsageError(
            run("start", "--municipality", "Vefsn", "--number", "1824", "--out", folder.toString()),
            "LHL-U-009")
        .contains("it is a folder");
    assertThat(folder).isDirectory();
  }

  @Test
  void anUnreadableFileIsOneCodedLine() {
    // A path through a regular file: the system cannot read it, and it is not simply missing.
    Path below = process.resolve("child.json");
    assertUsageError(run("status", below.toString()), "LHL-U-008").contains("child.json");
  }

  @Test
  void aMissingFileOfEveryReadingCommandIsOneCodedLine() {
    String nowhere = dir.resolve("nowhere.json").toString();
    assertUsageError(run("status", nowhere), "LHL-U-006");
    assertUsageError(run("validate", nowhere), "LHL-U-006");
    assertUsageError(
        run("calendar", nowhere, "--out", dir.resolve("x.ics").toString()), "LHL-U-006");
    assertUsageError(run("diagram", "--definition", nowhere), "LHL-U-006");
    assertUsageError(
        run("record", nowhere, "--criterion", "x", "--actor", "a", "--role", "process-lead"),
        "LHL-U-006");
  }

  @ParameterizedTest
  @ValueSource(strings = {"yesterday", "2026-11-24", "2026-13-45T10:00:00Z", "2026-11-24T10:00:00"})
  void aBadInstantIsOneCodedLine(String at) throws IOException {
    byte[] before = bytes();
    assertUsageError(fire("pause", "pl", "process-lead", "--at", at), "LHL-U-004")
        .contains("--at \"" + at + "\"")
        .contains("ISO-8601");
    assertUsageError(
            run(
                "record",
                process.toString(),
                "--criterion",
                "political-anchoring",
                "--actor",
                "pl",
                "--role",
                "process-lead",
                "--at",
                at),
            "LHL-U-004")
        .contains("--at");
    assertUsageError(
            run(
                "start",
                "--municipality",
                "Vefsn",
                "--number",
                "1824",
                "--out",
                dir.resolve("x.json").toString(),
                "--at",
                at),
            "LHL-U-004")
        .contains("--at");
    assertThat(bytes()).isEqualTo(before);
    assertThat(dir.resolve("x.json")).doesNotExist();
  }

  @Test
  void aBadEnumValueOrNumberIsOneCodedLine() throws IOException {
    byte[] before = bytes();
    assertUsageError(run("status", process.toString(), "--format", "xml"), "LHL-U-004")
        .contains("--format \"xml\"; use one of text, json");
    assertUsageError(run("diagram", "--format", "png"), "LHL-U-004")
        .contains("use one of mermaid, dot, scxml");
    assertUsageError(run("catalogue", "--format", "yaml"), "LHL-U-004");
    assertUsageError(fire("pause", "pl", "process-lead", "--expected-version", "one"), "LHL-U-004")
        .contains("--expected-version \"one\"; use a whole number");
    assertThat(bytes()).isEqualTo(before);
  }

  @Test
  void aLongBadValueIsEchoedCutShort() {
    String value = "x".repeat(10_000);
    assertUsageError(run("status", process.toString(), "--format", value), "LHL-U-004")
        .contains("x".repeat(64) + "...")
        .doesNotContain("x".repeat(65));
    assertUsageError(run("status", process.toString(), "--" + value), "LHL-U-002")
        .doesNotContain("x".repeat(65));
  }

  @ParameterizedTest
  @ValueSource(strings = {"--actor", "--role", "--trigger", "--evidence", "--note", "--target"})
  void aBlankValueOfAFireOptionIsAUsageError(String option) throws IOException {
    byte[] before = bytes();
    for (String blank : new String[] {"", " ", "\t"}) {
      List<String> args =
          new ArrayList<>(
              List.of(
                  "fire",
                  process.toString(),
                  "--trigger",
                  "pause",
                  "--actor",
                  "pl",
                  "--role",
                  "process-lead"));
      int at = args.indexOf(option);
      if (at >= 0) {
        args.set(at + 1, blank);
      } else {
        args.add(option);
        args.add(blank);
      }
      assertUsageError(run(args.toArray(new String[0])), "LHL-U-005")
          .contains(option + " \"" + blank + "\"");
      assertThat(bytes()).isEqualTo(before);
    }
  }

  @Test
  void aBlankValueOfAnyOtherOptionOrParameterIsAUsageError() throws IOException {
    byte[] before = bytes();
    assertUsageError(
            run(
                "record",
                process.toString(),
                "--criterion",
                " ",
                "--actor",
                "pl",
                "--role",
                "process-lead"),
            "LHL-U-005")
        .contains("--criterion");
    assertUsageError(
            run(
                "record",
                process.toString(),
                "--criterion",
                "political-anchoring",
                "--actor",
                "pl",
                "--role",
                "process-lead",
                "--evidence",
                ""),
            "LHL-U-005")
        .contains("--evidence");
    assertUsageError(run("status", " "), "LHL-U-005").contains("FILE");
    assertUsageError(run("status", process.toString(), "--role", ""), "LHL-U-005");
    assertUsageError(run("status", process.toString(), "--lang", ""), "LHL-U-005")
        .contains("--lang");
    assertUsageError(run("verify", process.toString(), "--definition", ""), "LHL-U-005");
    assertUsageError(
            run("start", "--municipality", " ", "--number", "1824", "--out", process.toString()),
            "LHL-U-005")
        .contains("--municipality");
    assertUsageError(
            run("start", "--municipality", "Vefsn", "--number", "1824", "--out", ""), "LHL-U-005")
        .contains("--out");
    assertUsageError(
            run(
                "start",
                "--municipality",
                "Vefsn",
                "--number",
                "1824",
                "--out",
                process.toString(),
                "--id",
                " "),
            "LHL-U-005")
        .contains("--id");
    assertUsageError(run("journey", "--municipality", ""), "LHL-U-005");
    assertUsageError(run("schema", ""), "LHL-U-005");
    assertThat(bytes()).isEqualTo(before);
  }

  @Test
  void everyCommandThatPrintsReasonsOrProblemsTakesALanguage() throws IOException {
    for (String language : new String[] {"nb", "nn", "en"}) {
      assertThat(run("status", process.toString(), "--lang", language)).as(err).isZero();
      assertThat(out).contains("LHL-P-003");
      assertThat(run("verify", process.toString(), "--lang", language)).as(err).isZero();
      assertThat(run("validate", process.toString(), "--lang", language)).as(err).isZero();
      assertThat(fire("begin-mapping", "pl", "process-lead", "--lang", language)).isEqualTo(1);
      assertThat(err).contains("LHL-P-003");
      assertThat(
              run(
                  "record",
                  process.toString(),
                  "--criterion",
                  "budget-approved",
                  "--actor",
                  "pl",
                  "--role",
                  "process-lead",
                  "--lang",
                  language))
          .isEqualTo(1);
      assertThat(err).contains("LHL-P-009");
      Path started = dir.resolve("started-" + language + ".json");
      assertThat(
              run(
                  "start",
                  "--municipality",
                  "Vefsn",
                  "--number",
                  "1824",
                  "--out",
                  started.toString(),
                  "--lang",
                  language))
          .as(err)
          .isZero();
    }
    Files.writeString(dir.resolve("bad.json"), "{\"schemaVersion\": \"2.0\",");
    assertThat(run("validate", dir.resolve("bad.json").toString(), "--lang", "nn")).isEqualTo(2);
    assertOneCodedLine("LHL-S-001");
  }

  @ParameterizedTest
  @ValueSource(strings = {"status", "verify", "validate", "fire", "record", "start"})
  void anUnknownLanguageIsOneCodedLine(String command) throws IOException {
    byte[] before = bytes();
    List<String> args = new ArrayList<>(List.of(command));
    switch (command) {
      case "fire" ->
          args.addAll(
              List.of(
                  process.toString(),
                  "--trigger",
                  "pause",
                  "--actor",
                  "pl",
                  "--role",
                  "process-lead"));
      case "record" ->
          args.addAll(
              List.of(
                  process.toString(),
                  "--criterion",
                  "political-anchoring",
                  "--actor",
                  "pl",
                  "--role",
                  "process-lead"));
      case "start" ->
          args.addAll(
              List.of("--municipality", "Vefsn", "--number", "1824", "--out", process.toString()));
      default -> args.add(process.toString());
    }
    args.addAll(List.of("--lang", "de"));
    assertUsageError(run(args.toArray(new String[0])), "LHL-U-004")
        .contains("--lang \"de\"; use nb, nn or en");
    assertThat(bytes()).isEqualTo(before);
  }

  @Test
  void anInvalidDocumentListsEveryProblemOneALineEachWithItsCode() throws IOException {
    Path plan = dir.resolve("plan.json");
    Files.writeString(
        plan,
        "{\"schemaVersion\": \"2.0\", \"documentType\": \"measure\", \"title\": \"\","
            + " \"colour\": \"blue\"}");
    assertThat(run("validate", plan.toString(), "--lang", "en")).isEqualTo(1);
    List<String> lines = err.lines().toList();
    assertThat(lines).hasSizeGreaterThan(1);
    assertThat(lines).allSatisfy(line -> assertThat(line).startsWith(plan + ": LHL-S-"));
  }

  @Test
  void helpAndVersionStillSucceed() {
    assertThat(run("--help")).isZero();
    assertThat(out).contains("Usage: levehelelivet");
    assertThat(err).isEmpty();
    assertThat(run("--version")).isZero();
    assertThat(out).contains("levehelelivet 0.1.0-SNAPSHOT");
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
