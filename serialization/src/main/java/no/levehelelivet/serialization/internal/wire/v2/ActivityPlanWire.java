package no.levehelelivet.serialization.internal.wire.v2;

import com.google.common.collect.ImmutableMap;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.List;
import no.levehelelivet.core.Source;
import no.levehelelivet.core.plan.ActivityPlan;
import no.levehelelivet.core.plan.Session;
import no.levehelelivet.core.plan.SessionFormat;
import no.levehelelivet.serialization.internal.DocumentBinder;
import no.levehelelivet.serialization.internal.Fields;
import no.levehelelivet.serialization.internal.JsonOut;
import org.jspecify.annotations.Nullable;

/**
 * The {@code activity-plan} document, major 2. Members, in this order:
 *
 * <ol>
 *   <li>{@code code}: the plan's code;
 *   <li>{@code title}, {@code organiser}: strings;
 *   <li>{@code zone}: the IANA time zone of the local dates and times, such as {@code
 *       "Europe/Oslo"};
 *   <li>{@code sessions}: an array of sessions, in the plan's order, each with {@code title},
 *       {@code content} (a string, may be empty), {@code date} (ISO date), {@code alternativeDates}
 *       (ISO dates, in order), optional {@code start} and {@code end} (ISO local times such as
 *       {@code "10:00"}), optional {@code length} (ISO duration such as {@code "PT1H30M"}) and
 *       {@code formats} (codes of {@link SessionFormat}, a set);
 *   <li>{@code methods}: an array of strings;
 *   <li>{@code source}: optional, a source.
 * </ol>
 */
final class ActivityPlanWire implements DocumentBinder<ActivityPlan> {

  /** The binder. */
  public static final ActivityPlanWire INSTANCE = new ActivityPlanWire();

  private static final ImmutableMap<String, String> NO_ALIASES = ImmutableMap.of();

  private ActivityPlanWire() {}

  @Override
  public void write(JsonOut out, ActivityPlan plan) {
    out.string("code", plan.code());
    out.string("title", plan.title());
    out.string("organiser", plan.organiser());
    out.string("zone", plan.zone().getId());
    out.startArray("sessions");
    for (Session session : plan.sessions()) {
      writeSession(out, session);
    }
    out.endArray();
    out.texts("methods", plan.methods());
    plan.source().ifPresent(s -> CommonWire.writeSource(out, "source", s));
  }

  private static void writeSession(JsonOut out, Session session) {
    out.startObject();
    out.string("title", session.title());
    out.string("content", session.content());
    out.text("date", session.date());
    out.texts("alternativeDates", session.alternativeDates());
    session.start().ifPresent(t -> out.text("start", t));
    session.end().ifPresent(t -> out.text("end", t));
    session.length().ifPresent(l -> out.text("length", l));
    out.codes("formats", session.formats());
    out.endObject();
  }

  // NullAway cannot see that build() runs the builder only when every required member is bound.
  @SuppressWarnings("NullAway")
  @Override
  public @Nullable ActivityPlan read(Fields fields) {
    String code = fields.string("code");
    String title = fields.string("title");
    String organiser = fields.string("organiser");
    ZoneId zone =
        fields.parsed("zone", true, "an IANA time zone such as \"Europe/Oslo\"", ZoneId::of);
    List<Session> sessions = fields.objects("sessions", ActivityPlanWire::readSession);
    List<String> methods = fields.list("methods", "a string", text -> text);
    Source source = fields.object("source", false, CommonWire::readSource);
    return fields.build(
        NO_ALIASES,
        () -> {
          ActivityPlan.Builder builder =
              ActivityPlan.builder()
                  .code(code)
                  .title(title)
                  .organiser(organiser)
                  .zone(zone)
                  .addAllSessions(sessions)
                  .addAllMethods(methods);
          if (source != null) {
            builder.source(source);
          }
          return builder.build();
        });
  }

  @SuppressWarnings("NullAway") // as in read()
  private static @Nullable Session readSession(Fields fields) {
    String title = fields.string("title");
    String content = fields.emptyableString("content");
    LocalDate date =
        fields.parsed("date", true, "an ISO date such as \"2026-11-24\"", LocalDate::parse);
    List<LocalDate> alternatives =
        fields.list("alternativeDates", "an ISO date such as \"2026-11-24\"", LocalDate::parse);
    LocalTime start =
        fields.parsed("start", false, "an ISO time such as \"10:00\"", LocalTime::parse);
    LocalTime end = fields.parsed("end", false, "an ISO time such as \"12:00\"", LocalTime::parse);
    Duration length =
        fields.parsed("length", false, "an ISO duration such as \"PT1H30M\"", Duration::parse);
    List<SessionFormat> formats = fields.codes("formats", SessionFormat::fromCode);
    return fields.build(
        NO_ALIASES,
        () -> {
          Session.Builder builder =
              Session.builder()
                  .title(title)
                  .content(content)
                  .date(date)
                  .addAllAlternativeDates(alternatives)
                  .addAllFormats(formats);
          if (start != null) {
            builder.start(start);
          }
          if (end != null) {
            builder.end(end);
          }
          if (length != null) {
            builder.length(length);
          }
          return builder.build();
        });
  }
}
