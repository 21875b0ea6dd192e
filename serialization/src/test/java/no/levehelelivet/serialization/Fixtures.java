package no.levehelelivet.serialization;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.Map;
import no.levehelelivet.core.EntryStatus;
import no.levehelelivet.core.FocusArea;
import no.levehelelivet.core.Language;
import no.levehelelivet.core.LocalizedText;
import no.levehelelivet.core.Measure;
import no.levehelelivet.core.Municipality;
import no.levehelelivet.core.Solution;
import no.levehelelivet.core.Source;
import no.levehelelivet.core.actor.CollaboratingActor;
import no.levehelelivet.core.municipality.Sector;
import no.levehelelivet.core.plan.ActivityPlan;
import no.levehelelivet.core.plan.Session;
import no.levehelelivet.core.plan.SessionFormat;
import no.levehelelivet.core.reflection.QuestionTopic;
import no.levehelelivet.core.reflection.ReflectionQuestion;
import no.levehelelivet.core.timeline.DatePrecision;
import no.levehelelivet.core.timeline.Milestone;

/** The values of the golden files, built by hand, and access to test resources. */
public final class Fixtures {

  private Fixtures() {}

  public static Session.Builder seminar() {
    return Session.builder()
        .title("Oppstartseminar")
        .content("Forankring i ledelsen")
        .date(LocalDate.of(2026, 9, 1))
        .start(LocalTime.of(9, 0))
        .end(LocalTime.of(11, 30));
  }

  public static Session guidance() {
    return Session.builder()
        .title("Veiledning")
        .date(LocalDate.of(2026, 9, 15))
        .addAlternativeDates(LocalDate.of(2026, 9, 17))
        .length(Duration.ofMinutes(90))
        .addFormats(SessionFormat.PHONE)
        .build();
  }

  public static ActivityPlan.Builder planWith(Session first) {
    return ActivityPlan.builder()
        .code("vefsn-autumn-2026")
        .title("Høstplan Leve hele livet")
        .organiser("Regionalt kompetansekontor Vefsn")
        .zone(ZoneId.of("Europe/Oslo"))
        .addSessions(first, guidance())
        .addMethods("Dialogverktøy")
        .source(Source.of("Vefsn kommune", "https://www.vefsn.kommune.no/"));
  }

  public static ActivityPlan plan() {
    return planWith(seminar().addFormats(SessionFormat.PHYSICAL, SessionFormat.DIGITAL).build())
        .build();
  }

  public static Measure measure() {
    return Measure.builder()
        .title("Måltidsvenner i hjemmetjenesten")
        .description("Frivillige spiser middag med eldre som bor hjemme.")
        .addFocusAreas(FocusArea.FOOD_AND_MEALS, FocusArea.ACTIVITY_AND_COMMUNITY)
        .addSolutions(Solution.THE_GOOD_MEAL, Solution.GOOD_MOMENTS)
        .responsibleSector(Sector.HEALTH_AND_WELFARE)
        .addCollaborators(CollaboratingActor.VOLUNTARY_ORGANISATIONS, CollaboratingActor.HOME_CARE)
        .build();
  }

  public static Municipality vefsn() {
    return Municipality.of("Vefsn", "1824");
  }

  public static ReflectionQuestion question() {
    return ReflectionQuestion.builder()
        .code("who-can-help-us")
        .topic(QuestionTopic.MOBILISATION)
        .text(LocalizedText.of("Hvem kan hjelpe til?", "Who can help?"))
        .usedIn(Source.of("KS Konsulent, kursmateriell (2020)"))
        .attribution("Eva Sørensen 2020")
        .build();
  }

  public static Milestone milestone() {
    return Milestone.builder()
        .code("local-plan-adopted")
        .title(
            LocalizedText.of(
                Map.of(
                    Language.BOKMAL, "Lokal plan vedtatt",
                    Language.NYNORSK, "Lokal plan vedteken",
                    Language.ENGLISH, "Local plan adopted")))
        .date(LocalDate.of(2021, 12, 1))
        .precision(DatePrecision.MONTH)
        .source(
            Source.of("Statsforvalteren i Vestland", "https://www.statsforvalteren.no/vestland/"))
        .status(EntryStatus.PROVISIONAL)
        .remark(LocalizedText.of("Fristen ble flyttet under pandemien"))
        .build();
  }

  /** A test resource under {@code no/levehelelivet/serialization/}, as text. */
  public static String resource(String path) {
    return new String(bytes(path), StandardCharsets.UTF_8);
  }

  /** A test resource under {@code no/levehelelivet/serialization/}, as bytes. */
  public static byte[] bytes(String path) {
    try (InputStream in =
        Fixtures.class.getResourceAsStream("/no/levehelelivet/serialization/" + path)) {
      if (in == null) {
        throw new IllegalArgumentException("no test resource " + path);
      }
      return in.readAllBytes();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
