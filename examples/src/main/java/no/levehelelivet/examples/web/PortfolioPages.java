package no.levehelelivet.examples.web;

import com.google.common.collect.ImmutableList;
import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.StringJoiner;
import no.levehelelivet.core.Language;
import no.levehelelivet.core.UnknownCodeException;
import no.levehelelivet.core.ValueLimits;
import no.levehelelivet.process.Deadline;
import no.levehelelivet.process.DeadlineKind;
import no.levehelelivet.process.Phase;
import no.levehelelivet.process.ProcessDefinition;
import no.levehelelivet.process.ProcessInstance;
import no.levehelelivet.process.ProcessStatus;
import no.levehelelivet.process.history.PhaseVisit;
import no.levehelelivet.store.Portfolio;
import no.levehelelivet.store.ProcessPage;
import no.levehelelivet.store.ProcessQuery;
import no.levehelelivet.store.ProcessSummary;
import no.levehelelivet.store.StoreException;
import org.jspecify.annotations.Nullable;

/**
 * The portfolio (<i>porteføljen</i>) at {@code /}: every stored process with its municipality,
 * phase, status, days in the phase and overdue deadlines, a page at a time; the number of processes
 * in each phase as a bar chart drawn on the server; filters by phase and status in a plain GET
 * form, so the page needs no script.
 *
 * <p>The counts and the list come from the store's summary rows ({@link Portfolio}, {@link
 * ProcessPage}); the days in the phase and the overdue deadlines need each listed process's
 * journal, so only the processes of the page shown are loaded.
 */
final class PortfolioPages {

  /** Processes on one page of the list: each is loaded for its days in phase and deadlines. */
  static final int PAGE_SIZE = 50;

  private PortfolioPages() {}

  static void register(RoutesConfig routes, WebContext web) {
    routes.get("/", ctx -> portfolio(web, ctx));
  }

  private static void portfolio(WebContext web, Context ctx) {
    Language language = web.language(ctx);
    WebTexts texts = WebTexts.of(language);
    Filters filters = Filters.read(ctx);
    LocalDate today = LocalDate.now(web.config().clock());
    ProcessQuery byStatus = ProcessQuery.all();
    if (filters.status() != null) {
      byStatus = byStatus.withStatus(filters.status());
    }
    if (filters.overdue()) {
      byStatus = byStatus.withOverdueOn(today);
    }
    ProcessQuery query = byStatus.withLimit(PAGE_SIZE);
    if (filters.phase() != null) {
      query = query.withPhase(filters.phase());
    }
    if (filters.after() != null) {
      query = query.withAfter(filters.after());
    }
    Labels labels = new Labels(web, language);
    // The chart counts every phase under the status filter, so that a phase filter highlights one
    // bar instead of hiding the others.
    Portfolio portfolio = web.store().portfolio(byStatus);
    ImmutableList<PhaseChoice> phases = labels.phases(portfolio);
    ProcessPage page = web.store().processes(query);
    Instant now = web.config().clock().instant();
    ImmutableList<Row> rows =
        page.processes().stream()
            .map(summary -> row(web, labels, texts, summary, now, today))
            .collect(ImmutableList.toImmutableList());
    ImmutableList<PageRoutes.Choice> statuses =
        List.of(ProcessStatus.values()).stream()
            .map(s -> new PageRoutes.Choice(s.code(), s.label(language)))
            .collect(ImmutableList.toImmutableList());
    Frame frame = Frame.of(web, ctx, texts.get("portfolio.title"), "portfolio");
    web.render(
        ctx,
        "portfolio.jte",
        new PortfolioPage(
            frame,
            filters,
            phases,
            statuses,
            Chart.of(phases, filters),
            portfolio.total(),
            rows,
            page.next().map(next -> filters.link(next.after().orElseThrow())).orElse(null),
            filters.after() == null ? null : filters.link(null)));
  }

  private static Row row(
      WebContext web,
      Labels labels,
      WebTexts texts,
      ProcessSummary summary,
      Instant now,
      LocalDate today) {
    String phase =
        labels.phase(summary.definitionId(), summary.definitionVersion(), summary.phase());
    String status = summary.status().label(texts.language());
    String municipality =
        summary.municipality().name() + " (" + summary.municipality().number() + ")";
    Optional<ProcessInstance> instance;
    try {
      instance = web.store().find(summary.id());
    } catch (StoreException e) {
      // One process whose rows do not hold must not hide the others: its row says why.
      return new Row(
          summary.id(),
          municipality,
          phase,
          status,
          null,
          ImmutableList.of(),
          texts.format("portfolio.unreadable", e.code().code()));
    }
    if (instance.isEmpty()) {
      // Removed between the listing and the load: show the summary as it was listed.
      return new Row(summary.id(), municipality, phase, status, null, ImmutableList.of(), null);
    }
    ImmutableList<PhaseVisit> visits = instance.get().history().phaseVisits();
    Long days = null;
    if (!visits.isEmpty()) {
      days = visits.get(visits.size() - 1).duration(now).toDays();
    }
    ImmutableList<String> overdue =
        instance.get().overdue(today).stream()
            .map(deadline -> deadline(web, labels, texts, instance.get(), deadline))
            .collect(ImmutableList.toImmutableList());
    return new Row(summary.id(), municipality, phase, status, days, overdue, null);
  }

  private static String deadline(
      WebContext web, Labels labels, WebTexts texts, ProcessInstance instance, Deadline deadline) {
    String due = ReformPages.date(deadline.due(), texts);
    if (deadline.kind() == DeadlineKind.MILESTONE) {
      String title =
          instance.definition().phase(deadline.phase()).milestones().stream()
              .filter(m -> m.code().equals(deadline.code()))
              .findFirst()
              .map(m -> m.title(texts.language()))
              .or(
                  () ->
                      web.catalogue()
                          .findMilestone(deadline.code())
                          .map(m -> m.title(texts.language())))
              .orElse(deadline.code());
      return texts.format("portfolio.deadline.milestone", title, due);
    }
    String phase =
        labels.phase(instance.definitionId(), instance.definitionVersion(), deadline.phase());
    return texts.format("portfolio.deadline.phase-target", phase, due);
  }

  /** The filters of the request, checked: a bad one is refused with {@code LHL-W-009}. */
  record Filters(
      @Nullable String phase,
      @Nullable ProcessStatus status,
      boolean overdue,
      @Nullable String after) {

    static Filters read(Context ctx) {
      String phase = blankToNull(ctx.queryParam("phase"));
      String status = blankToNull(ctx.queryParam("status"));
      String after = blankToNull(ctx.queryParam("after"));
      String overdue = blankToNull(ctx.queryParam("overdue"));
      if (overdue != null && !overdue.equals("on")) {
        throw new WebFailure(WebCode.BAD_PARAMETER, "overdue: give \"on\" or nothing");
      }
      if (phase != null && !ValueLimits.isId(phase)) {
        throw new WebFailure(WebCode.BAD_PARAMETER, "phase: not a phase code: " + cut(phase));
      }
      if (after != null && !ValueLimits.isId(after)) {
        throw new WebFailure(WebCode.BAD_PARAMETER, "after: not a process id: " + cut(after));
      }
      ProcessStatus parsed = null;
      if (status != null) {
        try {
          parsed = ProcessStatus.fromCode(status);
        } catch (UnknownCodeException e) {
          throw new WebFailure(WebCode.BAD_PARAMETER, "status: " + e.getMessage());
        }
      }
      return new Filters(phase, parsed, overdue != null, after);
    }

    /** The portfolio's address with these filters, on the page after {@code afterId} if given. */
    String link(@Nullable String afterId) {
      StringJoiner query = new StringJoiner("&", "/?", "").setEmptyValue("/");
      if (phase != null) {
        query.add("phase=" + encode(phase));
      }
      if (status != null) {
        query.add("status=" + encode(status.code()));
      }
      if (overdue) {
        query.add("overdue=on");
      }
      if (afterId != null) {
        query.add("after=" + encode(afterId));
      }
      return query.toString();
    }

    /** The phase filter's code, or the empty string for every phase. */
    String phaseCode() {
      return phase == null ? "" : phase;
    }

    /** The status filter's code, or the empty string for every status. */
    String statusCode() {
      return status == null ? "" : status.code();
    }

    boolean isFiltered() {
      return phase != null || status != null || overdue;
    }

    private static @Nullable String blankToNull(@Nullable String value) {
      return value == null || value.isBlank() ? null : value.strip();
    }

    private static String cut(String value) {
      return value.length() <= 64 ? value : value.substring(0, 64) + "…";
    }

    private static String encode(String value) {
      return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }
  }

  /**
   * The labels of phases in the page's language, from the definitions the processes run on; a phase
   * of a tailored definition not in the standard one is named by the definition of a process in it.
   */
  private static final class Labels {
    private final WebContext web;
    private final Language language;
    private final Map<String, Optional<ProcessDefinition>> definitions = new HashMap<>();

    Labels(WebContext web, Language language) {
      this.web = web;
      this.language = language;
    }

    String phase(String definitionId, int version, String code) {
      Optional<ProcessDefinition> definition =
          definitions.computeIfAbsent(
              definitionId + "@" + version, key -> web.store().definition(definitionId, version));
      return definition
          .flatMap(d -> d.phases().stream().filter(p -> p.code().equals(code)).findFirst())
          .map(p -> p.label(language))
          .orElse(code);
    }

    /**
     * The phases to chart and filter by: the standard definition's in its order, then any other
     * phase a stored process is in, by code; each with its count in {@code portfolio}.
     */
    ImmutableList<PhaseChoice> phases(Portfolio portfolio) {
      Map<String, PhaseChoice> phases = new LinkedHashMap<>();
      for (Phase phase : ProcessDefinition.standard().phases()) {
        phases.put(
            phase.code(),
            new PhaseChoice(phase.code(), phase.label(language), portfolio.count(phase.code())));
      }
      for (String code : portfolio.counts().keySet()) {
        if (!phases.containsKey(code)) {
          String label =
              web
                  .store()
                  .processes(ProcessQuery.all().withPhase(code).withLimit(1))
                  .processes()
                  .stream()
                  .findFirst()
                  .map(s -> phase(s.definitionId(), s.definitionVersion(), code))
                  .orElse(code);
          phases.put(code, new PhaseChoice(code, label, portfolio.count(code)));
        }
      }
      return ImmutableList.copyOf(phases.values());
    }
  }

  /** A phase or status to filter by, with the number of processes in it. */
  record PhaseChoice(String code, String label, long count) {}

  /** One process in the list. */
  record Row(
      String id,
      String municipality,
      String phase,
      String status,
      @Nullable Long daysInPhase,
      ImmutableList<String> overdue,
      @Nullable String problem) {

    String href() {
      return "/processes/" + URLEncoder.encode(id, StandardCharsets.UTF_8);
    }
  }

  /** The bar chart of processes per phase, laid out for the SVG the template draws. */
  record Chart(ImmutableList<Bar> bars, int width, int height, int barX, int barWidth) {

    static final int LABEL_WIDTH = 260;
    static final int BAR_SPACE = 360;
    static final int ROW = 34;

    static Chart of(List<PhaseChoice> phases, Filters filters) {
      long max = phases.stream().mapToLong(PhaseChoice::count).max().orElse(0);
      ImmutableList.Builder<Bar> bars = ImmutableList.builder();
      int y = 8;
      for (PhaseChoice phase : phases) {
        int length = max == 0 ? 0 : (int) Math.round(BAR_SPACE * (double) phase.count() / max);
        bars.add(
            new Bar(
                phase.code(),
                phase.label(),
                phase.count(),
                y,
                Math.max(length, phase.count() > 0 ? 2 : 0),
                phase.code().equals(filters.phase()),
                new Filters(phase.code(), filters.status(), filters.overdue(), null).link(null)));
        y += ROW;
      }
      return new Chart(bars.build(), LABEL_WIDTH + BAR_SPACE + 60, y + 8, LABEL_WIDTH, BAR_SPACE);
    }
  }

  /** One bar: a phase, its count, where it is drawn and how long. */
  record Bar(
      String code, String label, long count, int y, int length, boolean selected, String href) {

    int textY() {
      return y + 17;
    }
  }

  /** The portfolio page's model. */
  record PortfolioPage(
      Frame frame,
      Filters filters,
      ImmutableList<PhaseChoice> phases,
      ImmutableList<PageRoutes.Choice> statuses,
      Chart chart,
      long total,
      ImmutableList<Row> rows,
      @Nullable String nextPage,
      @Nullable String firstPage) {}
}
