package no.levehelelivet.core;

import com.google.common.collect.ImmutableList;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalTime;
import no.levehelelivet.core.plan.ActivityPlan;
import no.levehelelivet.core.plan.Session;
import no.levehelelivet.core.plan.SessionFormat;

/** The USHT Viken activity plan of the course material. */
final class PlanData {

  private static final String GUIDANCE = "1–2 økter med sentervis veiledning à 1,5 t";

  private PlanData() {}

  /**
   * The USHT Viken plan. The course deck gives no year; the deck is from 2020, so the dates are
   * taken to be in 2020.
   */
  public static ActivityPlan ushtViken() {
    return ActivityPlan.builder()
        .code("usht-viken-2020")
        .title("Aktivitetsplan USHT – Viken")
        .organiser("USHT-ene i Viken")
        .addSessions(
            timed(
                "Samling 1 – Oppstartseminar",
                "Info om prosessen. Kompetansegrunnlag og veilederen",
                "2020-08-18",
                "10:00",
                "12:00",
                SessionFormat.DIGITAL),
            guidance("Sentervis veiledning", "2020-08-19"),
            guidance("Sentervis veiledning", "2020-08-21"),
            timed(
                "Samling 2 – Metoder og verktøy",
                "",
                "2020-08-28",
                "09:00",
                "15:00",
                SessionFormat.DIGITAL),
            Session.builder()
                .from(guidance("Mellomarbeid", "2020-09-02"))
                .addAlternativeDates(LocalDate.parse("2020-09-03"))
                .build(),
            timed(
                "Samling 3 – Digitale verktøy og prosessledelse",
                "",
                "2020-09-16",
                "10:00",
                "14:00",
                SessionFormat.PHYSICAL,
                SessionFormat.DIGITAL))
        .methods(
            ImmutableList.of(
                "Kombinasjon mellom fysiske og digitale seminarer",
                "Presentasjon og refleksjon over kunnskapsgrunnlag",
                "Deling av refleksjoner og erfaringer med kollegaer",
                "Trening i bruk av verktøy og metoder som introduseres i samlingene"))
        .source(
            Source.of(
                "KS Konsulent, kursmateriell «Leve hele livet — Hvordan driftes samfunnet?»"
                    + " (2020), Aktivitetsplan USHT – Viken"))
        .build();
  }

  private static Session timed(
      String title,
      String content,
      String date,
      String start,
      String end,
      SessionFormat... formats) {
    return Session.builder()
        .title(title)
        .content(content)
        .date(LocalDate.parse(date))
        .start(LocalTime.parse(start))
        .end(LocalTime.parse(end))
        .addFormats(formats)
        .build();
  }

  private static Session guidance(String title, String date) {
    return Session.builder()
        .title(title)
        .content(GUIDANCE)
        .date(LocalDate.parse(date))
        .length(Duration.ofMinutes(90))
        .addFormats(SessionFormat.PHONE, SessionFormat.DIGITAL)
        .build();
  }
}
