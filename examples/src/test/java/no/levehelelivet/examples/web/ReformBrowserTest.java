package no.levehelelivet.examples.web;

import static org.assertj.core.api.Assertions.assertThat;

import biweekly.Biweekly;
import biweekly.ICalendar;
import biweekly.component.VEvent;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import no.levehelelivet.core.Catalogue;
import no.levehelelivet.core.actor.ActorMapView;
import no.levehelelivet.core.actor.CollaboratingActor;
import no.levehelelivet.core.plan.ActivityPlan;
import no.levehelelivet.core.plan.Session;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;

/** The reform's pages in a real browser: the actor map's views, and the calendar downloaded. */
class ReformBrowserTest {

  private static final Catalogue CATALOGUE = Catalogue.leveHeleLivet();

  @TempDir Path downloads;

  private ReformTestSupport web;
  private WebDriver browser;

  @BeforeEach
  void start() {
    web = ReformTestSupport.empty();
    browser = BrowserSupport.browser(downloads);
  }

  @AfterEach
  void stop() {
    if (browser != null) {
      browser.quit();
    }
    web.close();
  }

  @Test
  void switchingViewsHighlightsEachViewsActors() {
    browser.get(web.server.address() + "reform?lang=en");
    browser.findElement(By.linkText("Actor map")).click();
    BrowserSupport.waitFor(browser).until(ExpectedConditions.urlContains("/reform/actors"));
    assertThat(highlighted()).isEqualTo(codes(CATALOGUE.actors(ActorMapView.WHOLE_MAP)));

    for (ActorMapView view : ActorMapView.values()) {
      WebElement link =
          browser.findElement(By.cssSelector("nav.views a[data-view='" + view.code() + "']"));
      link.click();
      BrowserSupport.waitFor(browser)
          .until(
              ExpectedConditions.attributeToBe(
                  By.cssSelector("figure.actor-map svg"), "data-view", view.code()));
      assertThat(highlighted()).isEqualTo(codes(CATALOGUE.actors(view)));
      assertThat(browser.findElement(By.cssSelector("nav.views a[aria-current='page']")).getText())
          .isEqualTo(view.label(no.levehelelivet.core.Language.ENGLISH));
      // The browser draws the highlighted boxes differently from the others.
      String highlightedStroke =
          browser
              .findElement(By.cssSelector("g.actor.highlighted > rect"))
              .getCssValue("stroke-width");
      assertThat(highlightedStroke).isEqualTo("2.5px");
    }
  }

  @Test
  void theCalendarDownloadsAsAnIcsFileWithThePlansSessions() throws Exception {
    ActivityPlan plan = CATALOGUE.activityPlan("usht-viken-2020");
    browser.get(web.server.address() + "reform/activity-plan?lang=nn");
    browser.findElement(By.cssSelector("a.download")).click();
    Path file = downloads.resolve("usht-viken-2020.ics");
    BrowserSupport.waitFor(browser).until(driver -> Files.exists(file) && size(file) > 0);

    ICalendar calendar = Biweekly.parse(Files.readString(file, StandardCharsets.UTF_8)).first();
    assertThat(calendar).isNotNull();
    List<String> summaries =
        calendar.getEvents().stream()
            .map(VEvent::getSummary)
            .map(summary -> summary.getValue())
            .collect(Collectors.toList());
    assertThat(summaries)
        .containsExactlyElementsOf(
            plan.sessions().stream().map(Session::title).collect(Collectors.toList()));
  }

  private static long size(Path file) {
    try {
      return Files.size(file);
    } catch (java.io.IOException e) {
      return 0;
    }
  }

  private Set<String> highlighted() {
    return browser.findElements(By.cssSelector("figure.actor-map g.actor.highlighted")).stream()
        .map(g -> g.getAttribute("data-actor"))
        .collect(Collectors.toSet());
  }

  private static Set<String> codes(Set<CollaboratingActor> actors) {
    return actors.stream().map(CollaboratingActor::code).collect(Collectors.toSet());
  }
}
