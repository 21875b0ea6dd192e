package no.levehelelivet.examples;

import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Map;
import no.levehelelivet.core.Language;
import no.levehelelivet.core.LocalizedText;
import no.levehelelivet.core.Municipality;
import no.levehelelivet.process.Actor;
import no.levehelelivet.process.Command;
import no.levehelelivet.process.Outcome;
import no.levehelelivet.process.ProcessDefinition;
import no.levehelelivet.process.ProcessInstance;
import no.levehelelivet.process.Reason;
import no.levehelelivet.process.Role;
import no.levehelelivet.process.StandardProcess;
import no.levehelelivet.process.history.PhaseVisit;
import no.levehelelivet.process.journal.JournalEntry;
import no.levehelelivet.process.journal.Verification;

/**
 * Example 2, a municipality's journey: Vefsn (kommunenummer 1824) runs the standard change process
 * from start-up to an evaluated plan, following the anchoring steps of the course material —
 * administrative anchoring in the strategic leadership, a briefing of the municipal council,
 * guidance of resource persons, citizen dialogue and support along the way.
 *
 * <p>On the way it shows what a case-management system meets every day: a step refused with every
 * reason, the same step accepted once the criteria are recorded, a step back to an earlier phase,
 * and a journal whose chain of digests verifies at the end.
 */
public final class MunicipalityJourney {

  /** The day the journey starts: the first Monday of the reform period. */
  static final Instant START = Instant.parse("2019-01-07T09:00:00Z");

  private final ProcessDefinition definition;
  private final Language language;
  private final PrintStream out;
  private final Actor lead;
  private final Actor director;
  private final Actor council;
  private final Actor resourcePerson;
  private Instant now = START;
  private ProcessInstance instance;

  private MunicipalityJourney(
      ProcessDefinition definition, Municipality municipality, Language language, PrintStream out) {
    this.definition = definition;
    this.language = language;
    this.out = out;
    String suffix = "@" + municipality.number();
    this.lead = Actor.of("prosessleder" + suffix, Role.PROCESS_LEAD);
    this.director = Actor.of("kommunedirektor" + suffix, Role.ADMINISTRATIVE_LEADERSHIP);
    this.council = Actor.of("kommunestyret" + suffix, Role.MUNICIPAL_COUNCIL);
    this.resourcePerson = Actor.of("ressursperson" + suffix, Role.RESOURCE_PERSON);
    // Target dates make the plan's deadlines part of the process, as a municipality would set them.
    this.instance =
        ProcessInstance.start(
            definition,
            "lhl-" + municipality.number() + "-2019",
            municipality,
            lead,
            Clock.fixed(now, ZoneOffset.UTC),
            Map.of(StandardProcess.PLAN_AND_DECIDE, LocalDate.of(2021, 12, 31)));
  }

  /**
   * Runs the journey for Vefsn and prints it in bokmål, or in the language given as the only
   * argument ({@code nb}, {@code nn} or {@code en}).
   *
   * @param args optionally one language code
   */
  public static void main(String[] args) {
    PrintStream out = new PrintStream(System.out, true, StandardCharsets.UTF_8);
    Language language = args.length > 0 ? Language.fromCode(args[0]) : Language.BOKMAL;
    run(Municipality.of("Vefsn", "1824"), language, out);
  }

  /**
   * Runs the journey for a municipality on the standard process, printing a timeline to {@code
   * out}.
   *
   * @return the process as it stands at the end: completed, with its whole journal
   */
  public static ProcessInstance run(Municipality municipality, Language language, PrintStream out) {
    MunicipalityJourney journey =
        new MunicipalityJourney(ProcessDefinition.standard(), municipality, language, out);
    journey.walk(municipality);
    return journey.instance;
  }

  private void walk(Municipality municipality) {
    out.println(
        text(
            "Leve hele livet i " + municipality.name() + " (" + municipality.number() + ")",
            "Leve heile livet i " + municipality.name() + " (" + municipality.number() + ")",
            "A full life – all your life in "
                + municipality.name()
                + " ("
                + municipality.number()
                + ")"));
    out.println(line(instance.journal().entry(1)));

    // Anchoring step 1: a joint sequence for the strategic leadership (administrative anchoring).
    later(28);
    fire(Command.recordCriterion(StandardProcess.ADMINISTRATIVE_ANCHORING, director, "2019/112"));

    // Moving on too early: the council has not been briefed, and there is no process team.
    later(3);
    fire(Command.of("begin-mapping", lead));

    // Anchoring step 2: a presentation in the municipal council (political anchoring).
    later(30);
    fire(Command.recordCriterion(StandardProcess.POLITICAL_ANCHORING, lead, "PS 12/2019"));
    later(7);
    fire(Command.recordCriterion(StandardProcess.PROCESS_TEAM_APPOINTED, director, "2019/187"));
    // Anchoring step 3: guidance of resource persons in the dialogue tools.
    later(7);
    fire(
        Command.answer(
            "which-structures-support-the-process",
            resourcePerson,
            "En prosessgruppe med ressurspersoner fra alle sektorer og eldrerådet."));
    later(1);
    fire(Command.of("begin-mapping", lead).withExpectedVersion(instance.version()));

    // Anchoring step 4: dialogue with citizens while the challenges are mapped.
    later(60);
    fire(Command.recordCriterion(StandardProcess.CITIZEN_DIALOGUE_HELD, lead, "2019/301"));
    later(30);
    fire(Command.recordCriterion(StandardProcess.CHALLENGE_PICTURE_DESCRIBED, lead, "2019/344"));
    later(14);
    fire(Command.recordCriterion(StandardProcess.FOCUS_AREAS_ASSESSED, lead, "2019/351"));
    later(1);
    fire(Command.of("begin-planning", lead));

    later(45);
    fire(
        Command.answer(
            "who-can-help", lead, "Frivilligsentralen, lag og foreninger, næringslivet."));
    fire(Command.recordCriterion(StandardProcess.ACTORS_MOBILISED, lead, "2019/402"));

    // Iterative, as service design is: the council for older people asks for more citizen dialogue.
    later(20);
    fire(
        Command.revisit(
            StandardProcess.MAPPING,
            lead,
            "Eldrerådet ba om flere innbyggermøter i distriktene før planen skrives."));
    later(40);
    fire(Command.recordCriterion(StandardProcess.CITIZEN_DIALOGUE_HELD, lead, "2019/455"));
    fire(Command.of("begin-planning", lead));

    later(60);
    fire(Command.recordCriterion(StandardProcess.PLAN_COVERS_FOCUS_AREAS, lead, "2019/512"));
    // The process lead may not adopt the plan: only the council can, on its own decision.
    later(1);
    fire(Command.of("adopt-plan", lead));
    later(30);
    fire(Command.recordCriterion(StandardProcess.PLAN_ADOPTED_BY_COUNCIL, council, "PS 45/2020"));
    fire(Command.of("adopt-plan", council).withEvidence("PS 45/2020"));

    later(90);
    fire(Command.recordCriterion(StandardProcess.LINKED_TO_COMMUNITY_PLAN, director, "2020/410"));
    later(30);
    fire(Command.recordCriterion(StandardProcess.LINKED_TO_ECONOMY_PLAN, director, "2020/455"));
    fire(Command.recordCriterion(StandardProcess.GOAL_REPORTING_DEFINED, director, "2020/456"));
    later(1);
    fire(Command.of("begin-implementation", director));

    // Anchoring step 5: support along the way, and an evaluation before the process is closed.
    later(365);
    fire(Command.recordCriterion(StandardProcess.EVALUATION_RECORDED, lead, "2021/730"));
    later(7);
    fire(Command.of("complete", director).withNote("Planen er gjennomført og evaluert."));

    summary();
  }

  private void fire(Command command) {
    Outcome outcome = instance.fire(command, Clock.fixed(now, ZoneOffset.UTC));
    if (outcome.isAccepted()) {
      instance = outcome.instance();
      instance.journal().last().ifPresent(entry -> out.println(line(entry)));
      return;
    }
    // A refusal is a value with every reason, not an exception: print them as a screen would.
    out.println(
        "  "
            + now.toString().substring(0, 10)
            + "  ✗ "
            + text("AVVIST", "AVVIST", "REFUSED")
            + ": "
            + command.trigger());
    for (Reason reason : outcome.reasons()) {
      out.println("               " + reason.message(language));
    }
  }

  private String line(JournalEntry entry) {
    StringBuilder line = new StringBuilder();
    line.append(String.format("%3d", entry.sequence()))
        .append("  ")
        .append(entry.time().toString(), 0, 10)
        .append("  ")
        .append(describe(entry))
        .append("  — ")
        .append(entry.actorId())
        .append(" (")
        .append(definition.role(entry.role()).label(language))
        .append(")");
    if (!entry.evidence().isEmpty()) {
      line.append(" [").append(String.join(", ", entry.evidence())).append("]");
    }
    return line.toString();
  }

  private String describe(JournalEntry entry) {
    switch (entry.trigger()) {
      case "record-criterion" -> {
        return "✓ "
            + entry
                .criterion()
                .map(c -> definition.criterion(c).label(language))
                .orElse(entry.trigger());
      }
      case "answer-question" -> {
        return "? "
            + entry
                .question()
                .flatMap(
                    code ->
                        definition.questions().stream()
                            .filter(q -> q.code().equals(code))
                            .findFirst())
                .map(q -> q.text(language))
                .orElse(entry.trigger());
      }
      default -> {
        String move =
            entry.fromPhase().equals(entry.toPhase())
                ? definition.phase(entry.toPhase()).label(language)
                : (entry.fromPhase().isEmpty()
                        ? ""
                        : definition.phase(entry.fromPhase()).label(language) + " → ")
                    + definition.phase(entry.toPhase()).label(language);
        return "▶ " + entry.trigger() + ": " + move + " (" + entry.status().code() + ")";
      }
    }
  }

  private void summary() {
    out.println();
    out.println(text("Tid i hver fase", "Tid i kvar fase", "Time in each phase"));
    for (PhaseVisit visit : instance.history().phaseVisits()) {
      out.println(
          "  "
              + definition.phase(visit.phase()).label(language)
              + ": "
              + visit.duration(now).toDays()
              + " "
              + text("dager", "dagar", "days"));
    }
    Verification verification = instance.journal().verify();
    out.println();
    out.println(
        text("Journalen", "Journalen", "The journal")
            + ": "
            + instance.journal().size()
            + " "
            + text("hendelser", "hendingar", "entries")
            + ", "
            + (verification.isIntact()
                ? text("kjeden er intakt", "kjeda er intakt", "the chain is intact")
                : verification.problem().map(Object::toString).orElse(""))
            + ", "
            + text("hodesjekksum", "hovudsjekksum", "head digest")
            + " "
            + instance.journal().headDigest().hex());
  }

  private void later(int days) {
    now = now.plus(Duration.ofDays(days));
  }

  private String text(String bokmal, String nynorsk, String english) {
    return LocalizedText.of(bokmal, nynorsk, english).in(language);
  }
}
