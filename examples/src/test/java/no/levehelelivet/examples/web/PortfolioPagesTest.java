package no.levehelelivet.examples.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import no.levehelelivet.core.LocalizedText;
import no.levehelelivet.core.Municipality;
import no.levehelelivet.process.Command;
import no.levehelelivet.process.Phase;
import no.levehelelivet.process.ProcessDefinition;
import no.levehelelivet.process.ProcessInstance;
import no.levehelelivet.process.Role;
import no.levehelelivet.process.StandardProcess;
import no.levehelelivet.process.Transition;
import no.levehelelivet.process.Trigger;
import no.levehelelivet.store.ProcessStore;
import no.levehelelivet.store.Saved;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class PortfolioPagesTest {

  private static ReformTestSupport web;

  @BeforeAll
  static void start() {
    web = ReformTestSupport.withFiveProcesses();
  }

  @AfterAll
  static void stop() {
    web.close();
  }

  @Test
  void chartCountsTheStoredProcessesOfEachPhase() throws Exception {
    Document page = web.page("/?lang=en");
    Map<String, String> bars = new LinkedHashMap<>();
    for (Element bar : page.select("svg.phase-chart g.bar")) {
      bars.put(bar.attr("data-phase"), bar.attr("data-count"));
    }
    // Counted by hand from the fixture: Vefsn and Alta in start-up, Oslo and Bodø in mapping,
    // Tromsø in plan and decide; the standard phases in their order.
    assertThat(bars)
        .containsExactly(
            Map.entry("start-up", "2"),
            Map.entry("mapping", "2"),
            Map.entry("plan-and-decide", "1"),
            Map.entry("integrate-into-plans", "0"),
            Map.entry("implement-and-evaluate", "0"));
    assertThat(page.select("svg.phase-chart g.bar[data-phase=mapping] text.count").text())
        .isEqualTo("2");
    assertThat(page.expectFirst("svg.phase-chart g.bar[data-phase=start-up] text").text())
        .isEqualTo("Start-up");
    // The text alternative says the same.
    assertThat(page.select("table.chart-table tr[data-phase=plan-and-decide] td").text())
        .isEqualTo("1");
    assertThat(page.select("table.chart-table tr[data-phase=plan-and-decide] th").text())
        .isEqualTo("Plan and decide");
  }

  @Test
  void barsAreAsLongAsTheirCounts() throws Exception {
    Document page = web.page("/");
    double startUp = width(page, "start-up");
    double planning = width(page, "plan-and-decide");
    assertThat(startUp).isEqualTo(2 * planning);
    assertThat(width(page, "integrate-into-plans")).isZero();
  }

  private static double width(Document page, String phase) {
    return Double.parseDouble(
        page.select("svg.phase-chart g.bar[data-phase=" + phase + "] rect.fill").attr("width"));
  }

  @Test
  void listsEveryProcessWithItsPhaseStatusAndDaysInPhase() throws Exception {
    Document page = web.page("/?lang=nb");
    assertThat(ids(page))
        .containsExactly("alta-2020", "bodo-2021", "oslo-2021", "tromso-2020", "vefsn-2021");
    Element bodo = page.expectFirst("tr[data-process=bodo-2021]");
    assertThat(bodo.select("td.phase").text()).isEqualTo("Kartlegging");
    assertThat(bodo.select("td.status").text()).isEqualTo("På pause");
    assertThat(bodo.select("td.days").text()).isEqualTo("37");
    assertThat(bodo.select("a").attr("href")).isEqualTo("/processes/bodo-2021");
    assertThat(bodo.select("a").text()).isEqualTo("Bodø (1804)");
    assertThat(page.select("tr[data-process=vefsn-2021] td.days").text()).isEqualTo("9");
    assertThat(page.select("tr[data-process=alta-2020] td.days").text()).isEqualTo("282");
    assertThat(page.select("tr[data-process=tromso-2020] td.days").text()).isEqualTo("128");
    assertThat(page.select("tr[data-process=tromso-2020] td.phase").text())
        .isEqualTo("Planlegge og beslutte");
    assertThat(page.expectFirst("main > p").text()).isEqualTo("5 prosesser er lagret.");
  }

  @Test
  void showsTheOverdueDeadlinesOfAProcessAndNoneOfTheOthers() throws Exception {
    Document page = web.page("/?lang=en");
    assertThat(page.select("tr[data-process=alta-2020] td.overdue li").eachText())
        .containsExactly("Target date of Start-up: 31 December 2020");
    for (String id : List.of("bodo-2021", "oslo-2021", "tromso-2020", "vefsn-2021")) {
      assertThat(page.select("tr[data-process=" + id + "] td.overdue li")).isEmpty();
      assertThat(page.select("tr[data-process=" + id + "] td.overdue").text()).isEqualTo("none");
    }
  }

  @Test
  void aMilestonePastItsDateIsOverdueForEveryProcessNotYetPastItsPhase() throws Exception {
    // On 1 March 2022 the local plans (due 31 December 2021, a milestone of plan and decide) are
    // overdue for every fixture process, since none has left plan and decide.
    try (ReformTestSupport later = web.at(Instant.parse("2022-03-01T12:00:00Z"))) {
      Document page = later.page("/?lang=en");
      String plans =
          "Politically adopted local plans for the reform are expected: 31 December 2021";
      assertThat(page.select("tr[data-process=alta-2020] td.overdue li").eachText())
          .containsExactlyInAnyOrder("Target date of Start-up: 31 December 2020", plans);
      for (String id : List.of("bodo-2021", "oslo-2021", "tromso-2020", "vefsn-2021")) {
        assertThat(page.select("tr[data-process=" + id + "] td.overdue li").eachText())
            .containsExactly(plans);
      }
      assertThat(ids(later.page("/?overdue=on"))).hasSize(5);
    }
  }

  @Test
  void filtersNarrowTheList() throws Exception {
    assertThat(ids(web.page("/?phase=mapping"))).containsExactly("bodo-2021", "oslo-2021");
    assertThat(ids(web.page("/?status=paused"))).containsExactly("bodo-2021");
    assertThat(ids(web.page("/?phase=mapping&status=active"))).containsExactly("oslo-2021");
    assertThat(ids(web.page("/?overdue=on"))).containsExactly("alta-2020");
    Document none = web.page("/?phase=implement-and-evaluate&lang=en");
    assertThat(ids(none)).isEmpty();
    assertThat(none.select("p.empty").text()).isEqualTo("No process matches the filter.");
  }

  @Test
  void theFormKeepsTheFiltersChosenAndTheChartFollowsTheStatusFilter() throws Exception {
    Document page = web.page("/?phase=mapping&status=active");
    assertThat(page.select("select[name=phase] option[selected]").val()).isEqualTo("mapping");
    assertThat(page.select("select[name=status] option[selected]").val()).isEqualTo("active");
    assertThat(page.select("svg.phase-chart g.bar.selected").attr("data-phase"))
        .isEqualTo("mapping");
    // Four processes are active: Vefsn, Alta, Oslo and Tromsø.
    assertThat(page.select("svg.phase-chart g.bar[data-phase=start-up]").attr("data-count"))
        .isEqualTo("2");
    assertThat(page.select("svg.phase-chart g.bar[data-phase=mapping]").attr("data-count"))
        .isEqualTo("1");
    assertThat(
            page.select("svg.phase-chart g.bar[data-phase=mapping]").parents().get(0).attr("href"))
        .isEqualTo("/?phase=mapping&status=active");
  }

  @Test
  void phasesAndStatusesAreNamedInEachLanguage() throws Exception {
    assertThat(web.page("/?lang=nn").select("select[name=status] option").eachText())
        .contains("Alle statusar", "Aktiv");
    assertThat(web.page("/?lang=nn").select("svg.phase-chart g.bar text").eachText())
        .contains("Oppstart", "Kartlegging");
    assertThat(web.page("/?lang=en").select("select[name=phase] option").eachText())
        .containsExactly(
            "Every phase",
            "Start-up",
            "Mapping",
            "Plan and decide",
            "Integrate into the municipal plans",
            "Implement and evaluate");
  }

  @Test
  void aBadFilterIsRefusedWithItsCode() throws Exception {
    HttpResponse<String> status = web.get("/?status=sleeping");
    assertThat(status.statusCode()).isEqualTo(400);
    assertThat(status.body()).contains("LHL-W-009");
    HttpResponse<String> phase = web.get("/?phase=map%0Aping");
    assertThat(phase.statusCode()).isEqualTo(400);
    assertThat(phase.body()).contains("LHL-W-009");
    HttpResponse<String> after = web.get("/?after=%09");
    assertThat(after.statusCode()).isEqualTo(200);
    HttpResponse<String> overdue = web.get("/?overdue=yes");
    assertThat(overdue.statusCode()).isEqualTo(400);
  }

  @Test
  void aPhaseNoProcessIsInListsNothingAndEchoesTheCodeAsText() throws Exception {
    HttpResponse<String> response = web.get("/?phase=%3Cscript%3Ealert(1)%3C/script%3E");
    assertThat(response.statusCode()).isEqualTo(200);
    assertThat(response.body()).doesNotContain("<script>alert(1)");
    Document page = web.page("/?phase=%3Cscript%3Ealert(1)%3C/script%3E");
    assertThat(ids(page)).isEmpty();
    assertThat(page.select("main script")).isEmpty();
  }

  @Test
  void pagesThroughMoreProcessesThanOnePageHolds() throws Exception {
    ProcessStore store = ProcessStore.inMemory();
    int count = PortfolioPages.PAGE_SIZE + 3;
    for (int i = 0; i < count; i++) {
      ReformTestSupport.create(
          store,
          String.format("p-%03d", i),
          "Vefsn",
          "1824",
          Instant.parse("2021-03-01T09:00:00Z").toString(),
          Map.of());
    }
    try (ReformTestSupport many = ReformTestSupport.on(store)) {
      Document first = many.page("/?status=active");
      assertThat(ids(first)).hasSize(PortfolioPages.PAGE_SIZE);
      String next = first.select("nav.pages a[rel=next]").attr("href");
      assertThat(next).isEqualTo("/?status=active&after=p-049");
      Document second = many.page(next);
      assertThat(ids(second)).containsExactly("p-050", "p-051", "p-052");
      assertThat(second.select("nav.pages a[rel=next]")).isEmpty();
      assertThat(second.select("nav.pages a[rel=first]").attr("href")).isEqualTo("/?status=active");
      assertThat(second.select("svg.phase-chart g.bar[data-phase=start-up]").attr("data-count"))
          .isEqualTo(String.valueOf(count));
    }
  }

  @Test
  void aTailoredDefinitionsPhasesAreNamedByIt() throws Exception {
    ProcessDefinition tailored =
        ProcessDefinition.standard()
            .tailor("vefsn-lhl", 1)
            .renamePhase(
                StandardProcess.START_UP, LocalizedText.of("Forankring", "Forankring", "Anchoring"))
            .addPhase(
                Phase.of("pilot", LocalizedText.of("Utprøving", "Utprøving", "Pilot")),
                StandardProcess.START_UP)
            .redirect(Trigger.BEGIN_MAPPING.code(), "pilot")
            .addTransition(
                Transition.move(
                        Trigger.of("end-pilot", LocalizedText.of("Avslutt", "Avslutt", "End")),
                        "pilot",
                        StandardProcess.MAPPING)
                    .addRoles(Role.PROCESS_LEAD)
                    .build())
            .build();
    ProcessStore store = ProcessStore.inMemory();
    Clock start = Clock.fixed(Instant.parse("2021-03-01T09:00:00Z"), ZoneOffset.UTC);
    store.create(
        ProcessInstance.start(
            tailored,
            "vefsn-pilot",
            Municipality.of("Vefsn", "1824"),
            ReformTestSupport.LEAD,
            start));
    store.create(
        ProcessInstance.start(
            tailored,
            "vefsn-start",
            Municipality.of("Vefsn", "1824"),
            ReformTestSupport.LEAD,
            start));
    for (String criterion :
        List.of(
            StandardProcess.ADMINISTRATIVE_ANCHORING,
            StandardProcess.POLITICAL_ANCHORING,
            StandardProcess.PROCESS_TEAM_APPOINTED)) {
      store.apply(
          "vefsn-pilot", Command.recordCriterion(criterion, ReformTestSupport.DIRECTOR), start);
    }
    assertThat(
            store.apply(
                "vefsn-pilot", Command.of(Trigger.BEGIN_MAPPING, ReformTestSupport.LEAD), start))
        .isInstanceOf(Saved.class);
    try (ReformTestSupport pilots = ReformTestSupport.on(store)) {
      Document page = pilots.page("/?lang=en");
      assertThat(page.select("tr[data-process=vefsn-pilot] td.phase").text()).isEqualTo("Pilot");
      assertThat(page.select("tr[data-process=vefsn-start] td.phase").text())
          .isEqualTo("Anchoring");
      assertThat(page.select("svg.phase-chart g.bar[data-phase=pilot]").attr("data-count"))
          .isEqualTo("1");
      assertThat(page.select("svg.phase-chart g.bar[data-phase=pilot] text").get(0).text())
          .isEqualTo("Pilot");
      assertThat(ids(pilots.page("/?phase=pilot"))).containsExactly("vefsn-pilot");
    }
  }

  @Test
  void anEmptyStoreSaysSo() throws Exception {
    try (ReformTestSupport empty = ReformTestSupport.empty()) {
      Document page = empty.page("/?lang=nn");
      assertThat(page.select("p.empty").text()).isEqualTo("Ingen prosess er lagra enno.");
      assertThat(page.select("svg.phase-chart g.bar").eachAttr("data-count"))
          .containsOnly("0")
          .hasSize(5);
    }
  }

  @Test
  void municipalityNamesAreEscaped() throws Exception {
    ProcessStore store = ProcessStore.inMemory();
    ReformTestSupport.create(
        store, "x-1", "<script>alert(1)</script>", "1824", "2021-03-01T09:00:00Z", Map.of());
    try (ReformTestSupport hostile = ReformTestSupport.on(store)) {
      HttpResponse<String> response = hostile.get("/");
      assertThat(response.body()).doesNotContain("<script>alert(1)</script>");
      Document page = hostile.page("/");
      assertThat(page.select("tr[data-process=x-1] a").text())
          .isEqualTo("<script>alert(1)</script> (1824)");
      assertThat(page.select("main script")).isEmpty();
    }
  }

  private static List<String> ids(Document page) {
    return page.select("table.processes tbody tr").eachAttr("data-process");
  }
}
