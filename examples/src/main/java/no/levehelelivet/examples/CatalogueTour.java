package no.levehelelivet.examples;

import com.google.common.collect.ImmutableMap;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import no.levehelelivet.core.Catalogue;
import no.levehelelivet.core.Concept;
import no.levehelelivet.core.EntryStatus;
import no.levehelelivet.core.FocusArea;
import no.levehelelivet.core.Language;
import no.levehelelivet.core.LocalizedText;
import no.levehelelivet.core.Solution;
import no.levehelelivet.core.UnknownCodeException;
import no.levehelelivet.core.actor.ActorLevel;
import no.levehelelivet.core.actor.ActorMapView;
import no.levehelelivet.core.actor.CollaboratingActor;
import no.levehelelivet.core.guide.AnchoringStep;
import no.levehelelivet.core.municipality.ChangeKind;
import no.levehelelivet.core.municipality.MunicipalRole;
import no.levehelelivet.core.municipality.Sector;
import no.levehelelivet.core.plan.ActivityPlan;
import no.levehelelivet.core.plan.Session;
import no.levehelelivet.core.reflection.QuestionTopic;
import no.levehelelivet.core.reflection.ReflectionQuestion;
import no.levehelelivet.core.timeline.DatePrecision;
import no.levehelelivet.core.timeline.Milestone;

/**
 * Example 1, the catalogue tour: prints everything the reform names — focus areas and their
 * solutions, actors and the actor map, the municipality's sectors and roles, reflection questions,
 * the timeline, the sample activity plan and the concepts of the course and the guide — in bokmål
 * ({@code nb}), nynorsk ({@code nn}) or English ({@code en}).
 *
 * <p>Run it with the language code as its only argument, for example {@code en}.
 */
public final class CatalogueTour {

  private static final DateTimeFormatter YEAR_MONTH = DateTimeFormatter.ofPattern("uuuu-MM");

  private CatalogueTour() {}

  /**
   * Prints the catalogue.
   *
   * @param args optionally one language code: {@code nb} (the default), {@code nn} or {@code en}
   */
  public static void main(String[] args) {
    PrintStream out = new PrintStream(System.out, true, StandardCharsets.UTF_8);
    try {
      Language language = args.length > 0 ? Language.fromCode(args[0]) : Language.BOKMAL;
      print(Catalogue.leveHeleLivet(), language, out);
    } catch (UnknownCodeException e) {
      System.err.println(e.getMessage());
      System.exit(2);
    }
  }

  /** Prints the whole catalogue in {@code language} to {@code out}. */
  public static void print(Catalogue catalogue, Language language, PrintStream out) {
    // The catalogue is one shared, immutable value: every list below comes straight from it.
    out.println(catalogue.reformName(language) + " — " + catalogue.whitePaper().citation());
    out.println();

    heading(out, "focus-areas", language);
    for (FocusArea area : catalogue.focusAreas()) {
      out.println("  " + area.label(language) + "  [" + area.code() + "]");
      for (Solution solution : catalogue.solutions(area)) {
        // A provisional name is shown as such, so nobody takes it for settled fact.
        String mark =
            solution.status() == EntryStatus.PROVISIONAL
                ? " (" + EntryStatus.PROVISIONAL.label(language) + ")"
                : "";
        out.println("    - " + solution.label(language) + mark + "  [" + solution.code() + "]");
      }
    }
    out.println();

    heading(out, "actors", language);
    for (ActorLevel level : ActorLevel.values()) {
      out.println("  " + level.label(language));
      for (CollaboratingActor actor : catalogue.actors()) {
        if (actor.level() == level) {
          // Services sit under their sector, sectors under the municipality.
          int depth = 0;
          for (CollaboratingActor up = actor; up.parent().isPresent(); up = up.parent().get()) {
            depth++;
          }
          String indent = "    " + "  ".repeat(depth);
          out.println(indent + "- " + actor.label(language) + "  [" + actor.code() + "]");
        }
      }
    }
    out.println();

    heading(out, "actor-map", language);
    for (ActorMapView view : ActorMapView.values()) {
      out.println("  " + view.label(language) + "  [" + view.code() + "]");
      out.println("    " + catalogue.actors(view).size() + " " + word("actor-count", language));
    }
    out.println();

    heading(out, "sectors", language);
    for (Sector sector : catalogue.sectors()) {
      out.println("  - " + sector.label(language) + "  [" + sector.code() + "]");
    }
    out.println();

    heading(out, "roles", language);
    for (MunicipalRole role : catalogue.municipalRoles()) {
      out.println(
          "  - "
              + role.label(language)
              + ": "
              + role.motto(language)
              + " — "
              + role.paradigm().label(language)
              + " ("
              + role.paradigm().steering(language)
              + ")");
    }
    out.println();

    heading(out, "change-kinds", language);
    for (ChangeKind kind : catalogue.changeKinds()) {
      out.println("  - " + kind.label(language) + "  [" + kind.code() + "]");
    }
    out.println();

    heading(out, "anchoring-steps", language);
    for (AnchoringStep step : catalogue.anchoringSteps()) {
      out.println("  " + step.number() + ". " + step.label(language));
    }
    out.println();

    heading(out, "questions", language);
    for (QuestionTopic topic : QuestionTopic.values()) {
      out.println("  " + topic.label(language));
      for (ReflectionQuestion question : catalogue.reflectionQuestions(topic)) {
        out.println("    - " + question.text(language) + "  [" + question.code() + "]");
      }
    }
    out.println();

    heading(out, "timeline", language);
    for (Milestone milestone : catalogue.milestones()) {
      String first = when(milestone.date(), milestone.precision());
      String last = when(milestone.lastDate(), milestone.precision());
      // a period within one year known only to the year is that year
      String when = first.equals(last) ? first : first + " – " + last;
      String provisional =
          milestone.status() == EntryStatus.PROVISIONAL
              ? " (" + EntryStatus.PROVISIONAL.label(language) + ")"
              : "";
      out.println("  " + when + "  " + milestone.title(language) + provisional);
    }
    out.println();

    heading(out, "activity-plan", language);
    for (ActivityPlan plan : catalogue.activityPlans()) {
      // the plan's own words, in bokmål: quoted, so that no other language passes them off as its
      // own
      out.println(
          "  " + quoted(plan.title(), language) + " (" + quoted(plan.organiser(), language) + ")");
      for (Session session : plan.sessions()) {
        String time =
            session.start().isPresent() && session.end().isPresent()
                ? " " + session.start().get() + "–" + session.end().get()
                : session.duration().map(d -> " " + d.toMinutes() + " min").orElse("");
        StringBuilder formats = new StringBuilder();
        session
            .formats()
            .forEach(
                f -> formats.append(formats.length() == 0 ? "" : "/").append(f.label(language)));
        out.println(
            "    "
                + session.date()
                + time
                + "  "
                + quoted(session.title(), language)
                + " — "
                + formats);
      }
    }
    out.println();

    heading(out, "concepts", language);
    for (Concept concept : catalogue.concepts()) {
      String mark =
          concept.status() == EntryStatus.PROVISIONAL
              ? " (" + EntryStatus.PROVISIONAL.label(language) + ")"
              : "";
      out.println("  - " + concept.label(language) + mark + "  [" + concept.code() + "]");
      out.println("      " + concept.description(language));
    }
  }

  /** A date as precisely as it is known: {@code 2018-05-04}, {@code 2022-02} or {@code 2021}. */
  private static String when(LocalDate date, DatePrecision precision) {
    switch (precision) {
      case YEAR:
        return String.valueOf(date.getYear());
      case MONTH:
        return date.format(YEAR_MONTH);
      case DAY:
      default:
        return date.format(DateTimeFormatter.ISO_LOCAL_DATE);
    }
  }

  /** Bokmål text as it stands in bokmål, and in quotes in the other languages. */
  private static String quoted(String bokmal, Language language) {
    switch (language) {
      case NYNORSK:
        return "«" + bokmal + "»";
      case ENGLISH:
        return "“" + bokmal + "”";
      case BOKMAL:
      default:
        return bokmal;
    }
  }

  private static void heading(PrintStream out, String key, Language language) {
    String text = word(key, language);
    out.println(text);
    out.println("=".repeat(text.length()));
  }

  /** The tour's own headings; the catalogue's labels come from the library. */
  private static final ImmutableMap<String, LocalizedText> WORDS =
      ImmutableMap.<String, LocalizedText>builder()
          .put(
              "focus-areas",
              LocalizedText.of(
                  "Innsatsområder og løsninger",
                  "Innsatsområde og løysingar",
                  "Focus areas and solutions"))
          .put(
              "actors",
              LocalizedText.of("Samarbeidsaktører", "Samarbeidsaktørar", "Collaborating actors"))
          .put("actor-map", LocalizedText.of("Aktørkartet", "Aktørkartet", "The actor map"))
          .put(
              "concepts",
              LocalizedText.of(
                  "Begreper fra kurset og veilederen",
                  "Omgrep frå kurset og rettleiaren",
                  "Concepts of the course and the guide"))
          .put("actor-count", LocalizedText.of("aktører", "aktørar", "actors"))
          .put(
              "sectors",
              LocalizedText.of(
                  "Kommunens sektorer", "Sektorane i kommunen", "The municipality's sectors"))
          .put(
              "roles", LocalizedText.of("Kommunerollen", "Kommunerolla", "The municipality's role"))
          .put(
              "change-kinds",
              LocalizedText.of(
                  "Hvilken endring står vi overfor?",
                  "Kva endring står vi overfor?",
                  "Which change are we facing?"))
          .put(
              "anchoring-steps",
              LocalizedText.of(
                  "Forankring (Vefsn og naboene)",
                  "Forankring (Vefsn og naboane)",
                  "Anchoring (Vefsn and its neighbours)"))
          .put(
              "questions",
              LocalizedText.of(
                  "Refleksjonsspørsmål", "Refleksjonsspørsmål", "Reflection questions"))
          .put("timeline", LocalizedText.of("Tidslinje", "Tidsline", "Timeline"))
          .put(
              "activity-plan",
              LocalizedText.of("Aktivitetsplan", "Aktivitetsplan", "Activity plan"))
          .buildOrThrow();

  private static String word(String key, Language language) {
    LocalizedText text = WORDS.get(key);
    if (text == null) {
      throw new IllegalArgumentException("no heading " + key);
    }
    return text.in(language);
  }
}
