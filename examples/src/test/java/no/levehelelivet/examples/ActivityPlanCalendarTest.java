package no.levehelelivet.examples;

import static org.assertj.core.api.Assertions.assertThat;

import biweekly.Biweekly;
import biweekly.ICalendar;
import biweekly.component.VEvent;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import no.levehelelivet.core.Catalogue;
import no.levehelelivet.core.Language;
import no.levehelelivet.core.plan.ActivityPlan;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ActivityPlanCalendarTest {

  private static final Instant STAMP = Instant.parse("2026-11-25T12:00:00Z");

  private final ActivityPlan viken = Catalogue.leveHeleLivet().activityPlan("usht-viken-2020");

  /** Writes the plan as .ics text and parses it back with the same library. */
  private List<VEvent> roundTrip() {
    String ics =
        Biweekly.write(ActivityPlanCalendar.toCalendar(viken, STAMP, Language.BOKMAL)).go();
    ICalendar parsed = Biweekly.parse(ics).first();
    assertThat(parsed).isNotNull();
    return parsed.getEvents();
  }

  @Test
  void writesOneEventPerSession() {
    List<VEvent> events = roundTrip();
    assertThat(events).hasSize(6);
    assertThat(events)
        .extracting(e -> e.getSummary().getValue())
        .containsExactly(
            "Samling 1 – Oppstartseminar",
            "Sentervis veiledning",
            "Sentervis veiledning",
            "Samling 2 – Metoder og verktøy",
            "Mellomarbeid",
            "Samling 3 – Digitale verktøy og prosessledelse");
  }

  @Test
  void theStartSeminarRunsFromTenToTwelveOsloTime() {
    VEvent first = roundTrip().get(0);
    // 10:00 and 12:00 in Oslo in August (summer time, UTC+2) are 08:00 and 10:00 UTC.
    assertThat(first.getDateStart().getValue().toInstant())
        .isEqualTo(Instant.parse("2020-08-18T08:00:00Z"));
    assertThat(first.getDateEnd().getValue().toInstant())
        .isEqualTo(Instant.parse("2020-08-18T10:00:00Z"));
    assertThat(first.getDateStart().getValue().hasTime()).isTrue();
    assertThat(first.getCategories().get(0).getValues()).containsExactly("digital");
  }

  @Test
  void guidanceWithoutAnHourIsAnAllDayEventOnItsOwnDate() {
    VEvent guidance = roundTrip().get(2);
    assertThat(guidance.getDateStart().getValue().hasTime()).isFalse();
    LocalDate date =
        guidance.getDateStart().getValue().toInstant().atZone(ZoneId.systemDefault()).toLocalDate();
    assertThat(date).isEqualTo(LocalDate.of(2020, 8, 21));
    assertThat(guidance.getDescription().getValue()).contains("Varighet: 90 min");
    assertThat(guidance.getCategories().get(0).getValues()).containsExactly("digital", "phone");
  }

  @Test
  void theInterimWorkNamesItsAlternativeDate() {
    VEvent interim = roundTrip().get(4);
    assertThat(interim.getDescription().getValue()).contains("Kan også holdes 2020-09-03");
  }

  @Test
  void eventsHaveStableUidsAndTheGivenStamp() {
    List<VEvent> events = roundTrip();
    assertThat(events.get(5).getUid().getValue()).isEqualTo("usht-viken-2020-6@levehelelivet.no");
    assertThat(events.get(5).getDateTimeStamp().getValue().toInstant()).isEqualTo(STAMP);
  }

  @Test
  void theShippedPlanDocumentIsTheCataloguesPlan() throws IOException {
    assertThat(ActivityPlanCalendar.vikenPlan()).isEqualTo(viken);
  }

  @Test
  void theProgramWritesTheShippedPlanAsAnIcsFile(@TempDir Path dir) throws IOException {
    Path ics = dir.resolve("viken.ics");
    ActivityPlanCalendar.main(new String[] {ics.toString()});
    ICalendar parsed = Biweekly.parse(Files.readString(ics)).first();
    assertThat(parsed.getEvents()).hasSize(6);
    assertThat(parsed.getEvents().get(3).getSummary().getValue())
        .isEqualTo("Samling 2 – Metoder og verktøy");
  }
}
