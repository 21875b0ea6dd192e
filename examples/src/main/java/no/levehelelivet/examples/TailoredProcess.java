package no.levehelelivet.examples;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import no.levehelelivet.core.Language;
import no.levehelelivet.core.LocalizedText;
import no.levehelelivet.core.Municipality;
import no.levehelelivet.core.Source;
import no.levehelelivet.core.reflection.QuestionTopic;
import no.levehelelivet.core.reflection.ReflectionQuestion;
import no.levehelelivet.process.Actor;
import no.levehelelivet.process.Command;
import no.levehelelivet.process.Criterion;
import no.levehelelivet.process.Outcome;
import no.levehelelivet.process.ProcessDefinition;
import no.levehelelivet.process.ProcessInstance;
import no.levehelelivet.process.Reason;
import no.levehelelivet.process.Role;
import no.levehelelivet.process.StandardProcess;
import no.levehelelivet.serialization.ReadMode;
import no.levehelelivet.serialization.WireCodec;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.dataformat.yaml.YAMLMapper;

/**
 * Example 3, tailoring: "a toolbox, not a square package". Hemnes (kommunenummer 1832) derives its
 * own process from the standard one — a renamed phase, a criterion of its own that the council for
 * older people must be consulted before the plan is adopted, a reflection question of its own, and
 * more people allowed to start planning — saves it as YAML and JSON, reads it back, and runs it.
 *
 * <p>The standard definition is never changed: tailoring gives a new, validated definition with its
 * own id and version.
 */
public final class TailoredProcess {

  /** Hemnes' own criterion: the council for older people has been heard on the draft plan. */
  static final String OLDER_PEOPLE_CONSULTED = "council-for-older-people-consulted";

  private TailoredProcess() {}

  /**
   * Tailors, saves and runs Hemnes' process, writing the files into a folder.
   *
   * @param args the folder to write {@code hemnes.yaml} and {@code hemnes.json} into (default: the
   *     current folder)
   * @throws IOException if a file cannot be written
   */
  public static void main(String[] args) throws IOException {
    PrintStream out = new PrintStream(System.out, true, StandardCharsets.UTF_8);
    run(Path.of(args.length > 0 ? args[0] : "."), out);
  }

  /** Hemnes' tailored definition, derived from the standard one. */
  public static ProcessDefinition hemnesDefinition() {
    Role olderPeople = Role.COUNCIL_FOR_OLDER_PEOPLE;
    return ProcessDefinition.standard()
        .tailor("hemnes-leve-hele-livet", 1)
        .name(
            LocalizedText.of(
                "Leve hele livet i Hemnes", "Leve heile livet i Hemnes", "A full life in Hemnes"))
        .renamePhase(
            StandardProcess.MAPPING,
            LocalizedText.of(
                "Kartlegging og innbyggerdialog",
                "Kartlegging og innbyggjardialog",
                "Mapping and citizen dialogue"))
        .addCriterion(
            Criterion.of(
                OLDER_PEOPLE_CONSULTED,
                LocalizedText.of(
                    "Eldrerådet er hørt om planutkastet",
                    "Eldrerådet er høyrt om planutkastet",
                    "The council for older people has been heard on the draft plan"),
                olderPeople,
                Role.PROCESS_LEAD),
            "adopt-plan")
        .addQuestion(
            StandardProcess.MAPPING,
            ReflectionQuestion.builder()
                .code("how-do-we-reach-lonely-elders")
                .topic(QuestionTopic.MOBILISATION)
                .text(
                    LocalizedText.of(
                        "Hvordan når vi eldre som er ensomme?",
                        "How do we reach older people who are lonely?"))
                .usedIn(Source.of("Hemnes kommune, prosessteamet for Leve hele livet"))
                .build())
        .permit("begin-planning", Role.PROCESS_LEAD, Role.ADMINISTRATIVE_LEADERSHIP)
        .targetDate(StandardProcess.PLAN_AND_DECIDE, LocalDate.of(2021, 6, 30))
        .build();
  }

  /**
   * Tailors Hemnes' definition, writes it as YAML and JSON into {@code folder}, reads the YAML
   * back, and runs a process on it up to the adopted plan.
   *
   * @return the process at the end
   */
  public static ProcessInstance run(Path folder, PrintStream out) throws IOException {
    ProcessDefinition hemnes = hemnesDefinition();
    out.println(
        hemnes.name().in(Language.BOKMAL)
            + ": "
            + hemnes.id()
            + " v"
            + hemnes.version()
            + ", based on "
            + hemnes.basedOn().orElse("-"));

    // Save it as JSON (the wire format) and as YAML, which consultants edit by hand.
    WireCodec codec = WireCodec.builder().definition(hemnes).build();
    String json = codec.write(hemnes);
    Path jsonFile = folder.resolve("hemnes.json");
    Path yamlFile = folder.resolve("hemnes.yaml");
    Files.writeString(jsonFile, json, StandardCharsets.UTF_8);
    JsonNode tree = JsonMapper.builder().build().readTree(json);
    Files.writeString(
        yamlFile, YAMLMapper.builder().build().writeValueAsString(tree), StandardCharsets.UTF_8);
    out.println("saved " + jsonFile.getFileName() + " and " + yamlFile.getFileName());

    // What a consultant wrote by hand is read with the same rules and errors as JSON.
    ProcessDefinition fromYaml =
        codec
            .readYaml(
                Files.readString(yamlFile, StandardCharsets.UTF_8),
                ProcessDefinition.class,
                ReadMode.STRICT)
            .orElseThrow();
    out.println(
        "read back from YAML: "
            + (fromYaml.equals(hemnes) ? "the same definition" : "a DIFFERENT definition")
            + ", digest "
            + fromYaml.digest().hex().substring(0, 16));
    out.println(
        "the standard process is untouched: "
            + ProcessDefinition.standard().criteria().stream()
                .noneMatch(c -> c.code().equals(OLDER_PEOPLE_CONSULTED)));

    Instant[] now = {Instant.parse("2020-09-01T08:00:00Z")};
    Actor lead = Actor.of("prosessleder@1832", Role.PROCESS_LEAD);
    Actor director = Actor.of("kommunedirektor@1832", Role.ADMINISTRATIVE_LEADERSHIP);
    Actor council = Actor.of("kommunestyret@1832", Role.MUNICIPAL_COUNCIL);
    Actor olderPeople = Actor.of("eldreradet@1832", Role.COUNCIL_FOR_OLDER_PEOPLE);
    ProcessInstance process =
        ProcessInstance.start(
            fromYaml, "lhl-1832", Municipality.of("Hemnes", "1832"), lead, clock(now[0]));
    Command[] steps = {
      Command.recordCriterion(StandardProcess.ADMINISTRATIVE_ANCHORING, director, "2020/51"),
      Command.recordCriterion(StandardProcess.POLITICAL_ANCHORING, lead, "PS 30/2020"),
      Command.recordCriterion(StandardProcess.PROCESS_TEAM_APPOINTED, director, "2020/52"),
      Command.of("begin-mapping", lead),
      Command.answer(
          "how-do-we-reach-lonely-elders", lead, "Med besøksvenner og frivilligsentralen."),
      Command.recordCriterion(StandardProcess.CHALLENGE_PICTURE_DESCRIBED, lead, "2020/60"),
      Command.recordCriterion(StandardProcess.CITIZEN_DIALOGUE_HELD, lead, "2020/61"),
      Command.recordCriterion(StandardProcess.FOCUS_AREAS_ASSESSED, lead, "2020/62"),
      // Hemnes lets the administrative leadership start planning too.
      Command.of("begin-planning", director),
      Command.recordCriterion(StandardProcess.ACTORS_MOBILISED, lead, "2020/70"),
      Command.recordCriterion(StandardProcess.PLAN_COVERS_FOCUS_AREAS, lead, "2020/71"),
      Command.recordCriterion(StandardProcess.PLAN_ADOPTED_BY_COUNCIL, council, "PS 61/2020"),
      // Not yet: Hemnes' own criterion is missing.
      Command.of("adopt-plan", council),
      Command.recordCriterion(OLDER_PEOPLE_CONSULTED, olderPeople, "ER 7/2020"),
      Command.of("adopt-plan", council),
    };
    for (Command step : steps) {
      now[0] = now[0].plusSeconds(7 * 24 * 3600);
      Outcome outcome = process.fire(step, clock(now[0]));
      if (outcome.isAccepted()) {
        process = outcome.instance();
        out.println(
            "  #"
                + process.version()
                + " "
                + step.trigger()
                + step.criterion().map(c -> " " + c).orElse("")
                + " → "
                + process.currentPhase().label(Language.BOKMAL));
      } else {
        for (Reason reason : outcome.reasons()) {
          out.println("  refused " + step.trigger() + ": " + reason.message());
        }
      }
    }
    return process;
  }

  private static Clock clock(Instant instant) {
    return Clock.fixed(instant, ZoneOffset.UTC);
  }
}
