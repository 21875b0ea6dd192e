package no.levehelelivet.examples.web;

import biweekly.Biweekly;
import biweekly.ICalendar;
import com.google.common.collect.ImmutableList;
import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Optional;
import java.util.StringJoiner;
import no.levehelelivet.core.Catalogue;
import no.levehelelivet.core.EntryStatus;
import no.levehelelivet.core.FocusArea;
import no.levehelelivet.core.Language;
import no.levehelelivet.core.Solution;
import no.levehelelivet.core.Source;
import no.levehelelivet.core.UnknownCodeException;
import no.levehelelivet.core.actor.ActorMapView;
import no.levehelelivet.core.plan.ActivityPlan;
import no.levehelelivet.core.plan.Session;
import no.levehelelivet.core.plan.SessionFormat;
import no.levehelelivet.core.timeline.DatePrecision;
import no.levehelelivet.core.timeline.Milestone;
import no.levehelelivet.examples.ActivityPlanCalendar;
import org.jspecify.annotations.Nullable;

/**
 * The pages of the reform (<i>reformen</i>), from the catalogue: the focus areas and their
 * solutions at {@code /reform}, the actor map in each of its four views at {@code /reform/actors},
 * the reform's timeline at {@code /reform/timeline}, and the activity plan at {@code
 * /reform/activity-plan} with its calendar at {@code /reform/activity-plan.ics}.
 */
final class ReformPages {

  private ReformPages() {}

  static void register(RoutesConfig routes, WebContext web) {
    routes.get("/reform", ctx -> focusAreas(web, ctx));
    routes.get("/reform/actors", ctx -> actors(web, ctx));
    routes.get("/reform/timeline", ctx -> timeline(web, ctx));
    routes.get("/reform/activity-plan", ctx -> activityPlan(web, ctx));
    routes.get("/reform/activity-plan.ics", ctx -> calendar(web, ctx));
  }

  private static void focusAreas(WebContext web, Context ctx) {
    Language language = web.language(ctx);
    Catalogue catalogue = web.catalogue();
    ImmutableList<Area> areas =
        catalogue.focusAreas().stream()
            .map(area -> Area.of(catalogue, area, language))
            .collect(ImmutableList.toImmutableList());
    Frame frame = Frame.of(web, ctx, catalogue.reformName(language), "reform");
    web.render(
        ctx,
        "reform.jte",
        new FocusAreasPage(
            frame,
            catalogue.reformName(language),
            Link.of(catalogue.whitePaper()),
            EntryStatus.PROVISIONAL.label(language),
            areas));
  }

  private static void actors(WebContext web, Context ctx) {
    Language language = web.language(ctx);
    String code = Optional.ofNullable(ctx.queryParam("view")).orElse("").strip();
    ActorMapView view = ActorMapView.WHOLE_MAP;
    if (!code.isEmpty()) {
      try {
        view = ActorMapView.fromCode(code);
      } catch (UnknownCodeException e) {
        throw new WebFailure(WebCode.BAD_PARAMETER, "view: " + e.getMessage());
      }
    }
    ActorMapView shown = view;
    ImmutableList<ViewLink> views =
        ImmutableList.copyOf(ActorMapView.values()).stream()
            .map(
                v ->
                    new ViewLink(
                        v.code(),
                        v.label(language),
                        "/reform/actors?view="
                            + URLEncoder.encode(v.code(), StandardCharsets.UTF_8),
                        v == shown))
            .collect(ImmutableList.toImmutableList());
    ImmutableList<String> highlighted =
        web.catalogue().actors(view).stream()
            .map(actor -> actor.label(language))
            .collect(ImmutableList.toImmutableList());
    WebTexts texts = WebTexts.of(language);
    Frame frame = Frame.of(web, ctx, texts.get("reform.actors.title"), "reform");
    web.render(
        ctx,
        "reform-actors.jte",
        new ActorsPage(
            frame,
            view.label(language),
            views,
            ActorMapPicture.of(web.catalogue().actorMap(), view, language),
            highlighted,
            Link.of(web.catalogue().actorMap().source())));
  }

  private static void timeline(WebContext web, Context ctx) {
    Language language = web.language(ctx);
    WebTexts texts = WebTexts.of(language);
    ImmutableList<Moment> moments =
        web.catalogue().milestones().stream()
            .map(milestone -> Moment.of(milestone, texts))
            .collect(ImmutableList.toImmutableList());
    Frame frame = Frame.of(web, ctx, texts.get("reform.timeline.title"), "reform");
    web.render(
        ctx,
        "reform-timeline.jte",
        new TimelinePage(frame, EntryStatus.PROVISIONAL.label(language), moments));
  }

  private static void activityPlan(WebContext web, Context ctx) {
    Language language = web.language(ctx);
    WebTexts texts = WebTexts.of(language);
    ActivityPlan plan = plan(web, ctx);
    ImmutableList<Meeting> meetings =
        plan.sessions().stream()
            .map(session -> Meeting.of(session, texts))
            .collect(ImmutableList.toImmutableList());
    Frame frame = Frame.of(web, ctx, texts.get("reform.plan.title"), "reform");
    web.render(
        ctx,
        "reform-plan.jte",
        new PlanPage(
            frame,
            plan.title(),
            plan.organiser(),
            plan.zone().getId(),
            meetings,
            plan.methods(),
            plan.source().map(Link::of).orElse(null),
            "/reform/activity-plan.ics?plan="
                + URLEncoder.encode(plan.code(), StandardCharsets.UTF_8),
            plan.code() + ".ics"));
  }

  /** The plan as an iCalendar file, one event per session, built by the calendar example. */
  private static void calendar(WebContext web, Context ctx) {
    ActivityPlan plan = plan(web, ctx);
    ICalendar calendar =
        ActivityPlanCalendar.toCalendar(plan, web.config().clock().instant(), web.language(ctx));
    ctx.contentType("text/calendar; charset=utf-8");
    ctx.header("Content-Disposition", "attachment; filename=\"" + plan.code() + ".ics\"");
    ctx.result(Biweekly.write(calendar).go());
  }

  /** The plan {@code ?plan=} names, or the catalogue's first. */
  private static ActivityPlan plan(WebContext web, Context ctx) {
    String code = ctx.queryParam("plan");
    if (code == null || code.isBlank()) {
      return web.catalogue().activityPlans().get(0);
    }
    return web.catalogue()
        .findActivityPlan(code.strip())
        .orElseThrow(
            () ->
                new WebFailure(
                    WebCode.NOT_FOUND,
                    "plan: the catalogue has no activity plan "
                        + (code.length() > 64 ? code.substring(0, 64) + "…" : code)));
  }

  /** {@code day} in the words of {@code texts}' language, as "4. mai 2018" or "4 May 2018". */
  static String date(LocalDate day, WebTexts texts) {
    return date(day, DatePrecision.DAY, texts);
  }

  /** {@code day} as precisely as it is known. */
  static String date(LocalDate day, DatePrecision precision, WebTexts texts) {
    String key =
        switch (precision) {
          case DAY -> "reform.date.day";
          case MONTH -> "reform.date.month";
          case YEAR -> "reform.date.year";
        };
    return DateTimeFormatter.ofPattern(texts.get(key), texts.language().locale()).format(day);
  }

  /** A source: its citation, and its address if it is a web page. */
  record Link(String citation, @Nullable String href) {
    static Link of(Source source) {
      String url = source.url().orElse(null);
      boolean web = url != null && (url.startsWith("https://") || url.startsWith("http://"));
      return new Link(source.citation(), web ? url : null);
    }
  }

  /** A focus area with its solutions. */
  record Area(
      String code,
      String label,
      Link source,
      boolean provisional,
      ImmutableList<Answer> solutions) {
    static Area of(Catalogue catalogue, FocusArea area, Language language) {
      return new Area(
          area.code(),
          area.label(language),
          Link.of(area.source()),
          area.status() == EntryStatus.PROVISIONAL,
          catalogue.solutions(area).stream()
              .map(solution -> Answer.of(solution, language))
              .collect(ImmutableList.toImmutableList()));
    }
  }

  /** A solution: its name, what it is, whether the name is provisional, where it comes from. */
  record Answer(String code, String label, String description, boolean provisional, Link source) {
    static Answer of(Solution solution, Language language) {
      return new Answer(
          solution.code(),
          solution.label(language),
          solution.description(language),
          solution.status() == EntryStatus.PROVISIONAL,
          Link.of(solution.source()));
    }
  }

  /** The focus areas page's model. */
  record FocusAreasPage(
      Frame frame,
      String reformName,
      Link whitePaper,
      String provisionalLabel,
      ImmutableList<Area> areas) {}

  /** A link to one view of the actor map. */
  record ViewLink(String code, String label, String href, boolean current) {}

  /** The actor map page's model. */
  record ActorsPage(
      Frame frame,
      String viewLabel,
      ImmutableList<ViewLink> views,
      ActorMapPicture picture,
      ImmutableList<String> highlighted,
      Link source) {}

  /** A milestone as the timeline shows it. */
  record Moment(
      String code,
      String title,
      String when,
      String datetime,
      boolean provisional,
      @Nullable String remark,
      Link source) {
    static Moment of(Milestone milestone, WebTexts texts) {
      Language language = texts.language();
      String when = date(milestone.date(), milestone.precision(), texts);
      String datetime = milestone.date().toString();
      if (milestone.endDate().isPresent()) {
        String end = date(milestone.endDate().get(), milestone.precision(), texts);
        // A period within one year known to the year is that year, not "2019–2019".
        if (!end.equals(when)) {
          when = texts.format("reform.date.period", when, end);
        }
        datetime = datetime + "/" + milestone.endDate().get();
      }
      return new Moment(
          milestone.code(),
          milestone.title(language),
          when,
          datetime,
          milestone.status() == EntryStatus.PROVISIONAL,
          milestone.remark().map(r -> r.in(language)).orElse(null),
          Link.of(milestone.source()));
    }
  }

  /** The timeline page's model, its milestones by date. */
  record TimelinePage(Frame frame, String provisionalLabel, ImmutableList<Moment> moments) {}

  /** A session of the plan as the page shows it. */
  record Meeting(
      String title,
      String content,
      String date,
      String datetime,
      String time,
      String formats,
      @Nullable String alternatives) {
    static Meeting of(Session session, WebTexts texts) {
      String time = "";
      if (session.start().isPresent() && session.end().isPresent()) {
        time = texts.format("reform.plan.span", session.start().get(), session.end().get());
      } else if (session.length().isPresent()) {
        time = texts.format("reform.plan.length", session.length().get().toMinutes());
      }
      StringJoiner formats = new StringJoiner(", ");
      for (SessionFormat format : session.formats()) {
        formats.add(format.label(texts.language()));
      }
      String alternatives = null;
      if (!session.alternativeDates().isEmpty()) {
        StringJoiner days = new StringJoiner(", ");
        session.alternativeDates().forEach(day -> days.add(ReformPages.date(day, texts)));
        alternatives = texts.format("reform.plan.alternatives", days.toString());
      }
      return new Meeting(
          session.title(),
          session.content(),
          DateTimeFormatter.ofPattern(texts.get("reform.date.weekday"), texts.language().locale())
              .format(session.date()),
          session.date().toString(),
          time,
          formats.toString(),
          alternatives);
    }
  }

  /** The activity plan page's model; the plan's own texts are in bokmål, as it was written. */
  record PlanPage(
      Frame frame,
      String title,
      String organiser,
      String zone,
      ImmutableList<Meeting> meetings,
      ImmutableList<String> methods,
      @Nullable Link source,
      String download,
      String fileName) {}
}
