package no.levehelelivet.examples;

import biweekly.Biweekly;
import biweekly.ICalendar;
import biweekly.component.VEvent;
import biweekly.property.Method;
import biweekly.util.Duration;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.StringJoiner;
import no.levehelelivet.core.Language;
import no.levehelelivet.core.plan.ActivityPlan;
import no.levehelelivet.core.plan.Session;
import no.levehelelivet.core.plan.SessionFormat;
import no.levehelelivet.serialization.ReadMode;
import no.levehelelivet.serialization.WireCodec;

/**
 * Example 5, the activity plan as a calendar: turns an {@link ActivityPlan} into an iCalendar file
 * (RFC 5545, {@code .ics}) that Outlook and Teams can import, one event per session.
 *
 * <p>A session with a time span becomes a timed event (written in UTC, so every calendar places it
 * right); a session with only a length becomes an all-day event whose description gives the length,
 * since the plan leaves the hour to each centre. The calendar is built with the biweekly library,
 * not written by hand.
 */
public final class ActivityPlanCalendar {

  private ActivityPlanCalendar() {}

  /**
   * Writes the sample USHT Viken plan as an {@code .ics} file.
   *
   * @param args the file to write, for example {@code viken.ics}
   * @throws IOException if the file cannot be written
   */
  public static void main(String[] args) throws IOException {
    PrintStream out = new PrintStream(System.out, true, StandardCharsets.UTF_8);
    if (args.length != 1) {
      System.err.println("usage: ActivityPlanCalendar FILE.ics");
      System.exit(2);
    }
    ActivityPlan plan = vikenPlan();
    ICalendar calendar = toCalendar(plan, Instant.now(), Language.BOKMAL);
    Files.writeString(Path.of(args[0]), Biweekly.write(calendar).go(), StandardCharsets.UTF_8);
    out.println(plan.sessions().size() + " sessions written to " + args[0]);
  }

  /**
   * Reads the USHT Viken plan from the activity-plan document shipped with the examples, in the
   * library's wire format.
   *
   * @throws IOException if the resource cannot be read
   */
  public static ActivityPlan vikenPlan() throws IOException {
    try (InputStream in = ActivityPlanCalendar.class.getResourceAsStream("usht-viken-2020.json")) {
      if (in == null) {
        throw new IOException("the examples jar lacks usht-viken-2020.json");
      }
      return WireCodec.standard().read(in, ActivityPlan.class, ReadMode.STRICT).orElseThrow();
    }
  }

  /**
   * Builds the calendar of a plan.
   *
   * @param plan the plan
   * @param stamp when the calendar is made (each event's DTSTAMP)
   * @param language the language of format names in descriptions
   */
  public static ICalendar toCalendar(ActivityPlan plan, Instant stamp, Language language) {
    ICalendar calendar = new ICalendar();
    calendar.setProductId("-//levehelelivet//activity plan//NB");
    calendar.setMethod(Method.publish());
    calendar.setName(plan.title());
    int number = 0;
    for (Session session : plan.sessions()) {
      number++;
      calendar.addEvent(event(plan, session, number, stamp, language));
    }
    return calendar;
  }

  private static VEvent event(
      ActivityPlan plan, Session session, int number, Instant stamp, Language language) {
    VEvent event = new VEvent();
    // A stable UID lets a re-imported plan update its events instead of duplicating them.
    event.setUid(plan.code() + "-" + number + "@levehelelivet.no");
    event.setDateTimeStamp(Date.from(stamp));
    event.setSummary(session.title());
    if (session.start().isPresent() && session.end().isPresent()) {
      ZonedDateTime start = session.date().atTime(session.start().get()).atZone(plan.zone());
      ZonedDateTime end = session.date().atTime(session.end().get()).atZone(plan.zone());
      event.setDateStart(Date.from(start.toInstant()), true);
      event.setDateEnd(Date.from(end.toInstant()), true);
    } else {
      // biweekly writes a date without time in the JVM's default zone, so build it in that zone.
      Date day = Date.from(session.date().atStartOfDay(ZoneId.systemDefault()).toInstant());
      event.setDateStart(day, false);
      event.setDuration(Duration.builder().days(1).build());
    }
    event.setDescription(description(session, language));
    StringJoiner formats = new StringJoiner(", ");
    List<String> codes = new ArrayList<>();
    for (SessionFormat format : session.formats()) {
      formats.add(format.label(language));
      codes.add(format.code());
    }
    event.addCategories(codes.toArray(new String[0]));
    event.setLocation(formats.toString());
    return event;
  }

  private static String description(Session session, Language language) {
    StringJoiner text = new StringJoiner("\n");
    if (!session.content().isEmpty()) {
      text.add(session.content());
    }
    if (session.start().isEmpty()) {
      session.length().ifPresent(length -> text.add("Varighet: " + length.toMinutes() + " min"));
    }
    for (var alternative : session.alternativeDates()) {
      text.add("Kan også holdes " + alternative);
    }
    StringJoiner formats = new StringJoiner("/");
    session.formats().forEach(f -> formats.add(f.label(language)));
    text.add("Format: " + formats);
    return text.toString();
  }
}
