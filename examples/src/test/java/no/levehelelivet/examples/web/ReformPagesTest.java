package no.levehelelivet.examples.web;

import static org.assertj.core.api.Assertions.assertThat;

import biweekly.Biweekly;
import biweekly.ICalendar;
import biweekly.component.VEvent;
import java.net.http.HttpResponse;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import no.levehelelivet.core.Catalogue;
import no.levehelelivet.core.EntryStatus;
import no.levehelelivet.core.FocusArea;
import no.levehelelivet.core.Language;
import no.levehelelivet.core.Solution;
import no.levehelelivet.core.actor.ActorMapView;
import no.levehelelivet.core.actor.CollaboratingActor;
import no.levehelelivet.core.plan.ActivityPlan;
import no.levehelelivet.core.plan.Session;
import no.levehelelivet.core.timeline.Milestone;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class ReformPagesTest {

  private static final Catalogue CATALOGUE = Catalogue.leveHeleLivet();
  private static ReformTestSupport web;

  @BeforeAll
  static void start() {
    web = ReformTestSupport.empty();
  }

  @AfterAll
  static void stop() {
    web.close();
  }

  @ParameterizedTest
  @EnumSource(Language.class)
  void listsEveryFocusAreaAndItsSolutionsInEachLanguage(Language language) throws Exception {
    Document page = web.page("/reform?lang=" + language.code());
    List<Element> areas = page.select("section.focus-area");
    assertThat(areas)
        .extracting(a -> a.attr("data-focus-area"))
        .containsExactly(
            "age-friendly-norway",
            "activity-and-community",
            "food-and-meals",
            "health-care",
            "continuity-of-services");
    int solutions = 0;
    for (Element area : areas) {
      FocusArea focusArea = FocusArea.fromCode(area.attr("data-focus-area"));
      assertThat(area.expectFirst("h2").ownText()).isEqualTo(focusArea.label(language));
      assertThat(area.select("p .source a").attr("href")).isEqualTo(focusArea.source().url().get());
      List<Element> items = area.select("li[data-solution]");
      assertThat(items)
          .extracting(li -> li.attr("data-solution"))
          .containsExactlyElementsOf(
              focusArea.solutions().stream().map(Solution::code).collect(Collectors.toList()));
      for (Element item : items) {
        Solution solution = Solution.fromCode(item.attr("data-solution"));
        assertThat(item.select("strong.label").text()).isEqualTo(solution.label(language));
        assertThat(item.expectFirst("p").text()).isEqualTo(solution.description(language));
        assertThat(item.select(".provisional").isEmpty())
            .isEqualTo(solution.status() == EntryStatus.CONFIRMED);
        solution
            .source()
            .url()
            .ifPresent(url -> assertThat(item.select(".source a").attr("href")).isEqualTo(url));
        assertThat(item.select(".source").text()).contains(solution.source().citation());
        solutions++;
      }
    }
    assertThat(solutions).isEqualTo(25);
  }

  @Test
  void marksTheProvisionalSolutionsAsTheCatalogueDoes() throws Exception {
    Document page = web.page("/reform?lang=en");
    List<String> marked = new ArrayList<>();
    for (Element item : page.select("li[data-solution]:has(.provisional)")) {
      marked.add(item.attr("data-solution"));
      assertThat(item.select(".provisional").text()).isEqualTo("provisional");
    }
    // The three activity solutions whose headings no source gives word for word.
    assertThat(marked)
        .contains("intergenerational-meetings", "community-contact", "shared-use-and-co-location")
        .containsExactlyInAnyOrderElementsOf(
            CATALOGUE.solutions().stream()
                .filter(s -> s.status() == EntryStatus.PROVISIONAL)
                .map(Solution::code)
                .collect(Collectors.toList()));
    assertThat(
            web.page("/reform?lang=nb")
                .select("li[data-solution=community-contact] .provisional")
                .text())
        .isEqualTo(EntryStatus.PROVISIONAL.label(Language.BOKMAL));
  }

  @ParameterizedTest
  @EnumSource(ActorMapView.class)
  void theActorMapHighlightsExactlyTheViewsActors(ActorMapView view) throws Exception {
    Document page = web.page("/reform/actors?lang=en&view=" + view.code());
    Element svg = page.expectFirst("figure.actor-map svg");
    assertThat(svg.attr("data-view")).isEqualTo(view.code());
    Set<String> drawn = Set.copyOf(svg.select("g.actor").eachAttr("data-actor"));
    Set<String> highlighted = Set.copyOf(svg.select("g.actor.highlighted").eachAttr("data-actor"));
    assertThat(svg.select("g.actor")).hasSize(CollaboratingActor.values().length);
    assertThat(drawn).isEqualTo(codes(CATALOGUE.actorMap().actors()));
    assertThat(highlighted).isEqualTo(codes(CATALOGUE.actors(view)));
    assertThat(page.select("ul.highlighted-actors li").eachText())
        .containsExactlyElementsOf(
            CATALOGUE.actors(view).stream()
                .map(a -> a.label(Language.ENGLISH))
                .collect(Collectors.toList()));
    assertThat(page.select("nav.views a[aria-current=page]").attr("data-view"))
        .isEqualTo(view.code());
  }

  @Test
  void theIndividualNeedsViewHighlightsTheActorsOutsideTheMunicipality() throws Exception {
    Document page = web.page("/reform/actors?view=collaborators-by-individual-needs");
    assertThat(page.select("g.actor.highlighted").eachAttr("data-actor"))
        .containsExactlyInAnyOrder(
            "specialist-health-service",
            "county-authority",
            "research-and-education",
            "business",
            "other-actors");
  }

  @Test
  void theMunicipalitysBoxHoldsItsSectorsAndTheirServices() throws Exception {
    Document page = web.page("/reform/actors");
    Element municipality = page.expectFirst("g.actor[data-actor=municipality] rect");
    Element homeCare = page.expectFirst("g.actor[data-actor=home-care] rect");
    Element health = page.expectFirst("g.actor[data-actor=health-and-care] rect");
    assertThat(inside(homeCare, health)).isTrue();
    assertThat(inside(health, municipality)).isTrue();
    assertThat(inside(page.expectFirst("g.actor[data-actor=ks] rect"), municipality)).isFalse();
  }

  private static boolean inside(Element inner, Element outer) {
    int x = Integer.parseInt(inner.attr("x"));
    int y = Integer.parseInt(inner.attr("y"));
    int ox = Integer.parseInt(outer.attr("x"));
    int oy = Integer.parseInt(outer.attr("y"));
    return x > ox
        && y > oy
        && x + Integer.parseInt(inner.attr("width")) < ox + Integer.parseInt(outer.attr("width"))
        && y + Integer.parseInt(inner.attr("height")) < oy + Integer.parseInt(outer.attr("height"));
  }

  @Test
  void theViewSwitcherLinksEveryViewInTheCataloguesWords() throws Exception {
    Document page = web.page("/reform/actors?lang=nn");
    assertThat(page.select("nav.views a").eachText())
        .containsExactly(
            "Heile aktørkartet",
            "Tverrsnitt av tenestene i kommunen som blir råka",
            "Omsorgstenestene med omgivnader som vi ikkje klarer oss utan",
            "Andre aktørar som har ei rolle som samarbeidsaktørar ut frå behovet til den einskilde");
    assertThat(page.select("nav.views a").eachAttr("href"))
        .containsExactly(
            "/reform/actors?view=whole-map",
            "/reform/actors?view=municipal-cross-section",
            "/reform/actors?view=care-services-and-surroundings",
            "/reform/actors?view=collaborators-by-individual-needs");
    assertThat(page.select("nav.views a[aria-current=page]").attr("data-view"))
        .isEqualTo("whole-map");
  }

  @Test
  void anUnknownViewIsRefusedWithItsCode() throws Exception {
    HttpResponse<String> response = web.get("/reform/actors?view=bird-eye");
    assertThat(response.statusCode()).isEqualTo(400);
    assertThat(response.body()).contains("LHL-W-009").contains("bird-eye");
  }

  @ParameterizedTest
  @EnumSource(Language.class)
  void theTimelineShowsEveryMilestoneInDateOrder(Language language) throws Exception {
    Document page = web.page("/reform/timeline?lang=" + language.code());
    List<Element> items = page.select("ol.timeline li");
    assertThat(items)
        .extracting(li -> li.attr("data-milestone"))
        .containsExactlyElementsOf(
            CATALOGUE.milestones().stream().map(Milestone::code).collect(Collectors.toList()));
    LocalDate previous = LocalDate.MIN;
    for (Element item : items) {
      LocalDate date = LocalDate.parse(item.select("time").attr("datetime").split("/", -1)[0]);
      assertThat(date).isAfterOrEqualTo(previous);
      previous = date;
      Milestone milestone = CATALOGUE.milestone(item.attr("data-milestone"));
      assertThat(item.select("strong").text()).isEqualTo(milestone.title(language));
      assertThat(item.select(".source").text()).contains(milestone.source().citation());
    }
    assertThat(items).hasSizeGreaterThan(10);
  }

  @Test
  void theTimelineWritesDatesAsEachLanguageDoes() throws Exception {
    assertThat(
            web.page("/reform/timeline?lang=nb")
                .select("li[data-milestone=white-paper-presented] time")
                .text())
        .isEqualTo("4. mai 2018");
    Document en = web.page("/reform/timeline?lang=en");
    Element paper = en.expectFirst("li[data-milestone=white-paper-presented]");
    assertThat(paper.select("time").text()).isEqualTo("4 May 2018");
    assertThat(paper.select("time").attr("datetime")).isEqualTo("2018-05-04");
    assertThat(paper.select(".source a").attr("href"))
        .startsWith("https://")
        .isEqualTo(CATALOGUE.milestone("white-paper-presented").source().url().orElseThrow());
    Element preparation = en.expectFirst("li[data-milestone=reform-phase-preparation] time");
    assertThat(preparation.text()).isEqualTo("2019");
    assertThat(preparation.attr("datetime")).isEqualTo("2019-01-01/2019-12-31");
    assertThat(en.select("li[data-milestone=reform-phase-mapping-and-planning] time").text())
        .isEqualTo("2019 – 2020");
    assertThat(
            web.page("/reform/timeline?lang=nn")
                .select("li[data-milestone=reform-phase-mapping-and-planning] time")
                .text())
        .isEqualTo("2019–2020");
    assertThat(en.select("li[data-milestone=ks-government-agreement] p.remark").text())
        .startsWith("KS reported at the time");
  }

  @Test
  void theActivityPlanListsItsSessionsAndLinksItsCalendar() throws Exception {
    ActivityPlan plan = CATALOGUE.activityPlan("usht-viken-2020");
    Document page = web.page("/reform/activity-plan?lang=en");
    List<Element> rows = page.select("table.plan tbody tr");
    assertThat(rows).hasSize(plan.sessions().size());
    assertThat(rows.get(0).select("td").get(1).text()).isEqualTo("10:00–12:00");
    assertThat(rows.get(0).select("td strong").text()).isEqualTo("Samling 1 – Oppstartseminar");
    assertThat(rows.get(0).select("time").text()).isEqualTo("Tuesday 18 August 2020");
    assertThat(page.select("a.download").attr("href"))
        .isEqualTo("/reform/activity-plan.ics?plan=usht-viken-2020");
  }

  @Test
  void theCalendarIsAnAttachmentThatBiweeklyReadsWithThePlansEvents() throws Exception {
    ActivityPlan plan = CATALOGUE.activityPlan("usht-viken-2020");
    HttpResponse<String> response = web.get("/reform/activity-plan.ics");
    assertThat(response.statusCode()).isEqualTo(200);
    assertThat(response.headers().firstValue("Content-Type").orElseThrow())
        .startsWith("text/calendar");
    assertThat(response.headers().firstValue("Content-Disposition").orElseThrow())
        .isEqualTo("attachment; filename=\"usht-viken-2020.ics\"");
    ICalendar calendar = Biweekly.parse(response.body()).first();
    assertThat(calendar).isNotNull();
    List<VEvent> events = calendar.getEvents();
    assertThat(events)
        .extracting(e -> e.getSummary().getValue())
        .containsExactlyElementsOf(
            plan.sessions().stream().map(Session::title).collect(Collectors.toList()));
    // Samling 1 on 18 August 2020 from 10:00 in Oslo, which is 08:00 UTC in summer.
    assertThat(events.get(0).getDateStart().getValue().toInstant())
        .isEqualTo(Instant.parse("2020-08-18T08:00:00Z"));
    assertThat(events.get(0).getDateTimeStamp().getValue().toInstant())
        .isEqualTo(ReformTestSupport.NOW);
    assertThat(web.get("/reform/activity-plan.ics?plan=usht-viken-2020").body())
        .isEqualTo(response.body());
  }

  @Test
  void anUnknownPlanIsNotFound() throws Exception {
    HttpResponse<String> response = web.get("/reform/activity-plan.ics?plan=nowhere");
    assertThat(response.statusCode()).isEqualTo(404);
    assertThat(response.body()).contains("LHL-W-006");
  }

  @Test
  void everyReformPageLinksTheOthers() throws Exception {
    for (String path :
        List.of("/reform", "/reform/actors", "/reform/timeline", "/reform/activity-plan")) {
      Document page = web.page(path + "?lang=en");
      assertThat(page.select("nav.subnav a").eachAttr("href"))
          .containsExactly(
              "/reform", "/reform/actors", "/reform/timeline", "/reform/activity-plan");
      assertThat(page.select("nav.subnav a[aria-current=page]").attr("href")).isEqualTo(path);
      assertThat(page.select("header nav a.current").attr("href")).isEqualTo("/reform");
    }
  }

  private static Set<String> codes(Set<CollaboratingActor> actors) {
    return actors.stream().map(CollaboratingActor::code).collect(Collectors.toSet());
  }
}
