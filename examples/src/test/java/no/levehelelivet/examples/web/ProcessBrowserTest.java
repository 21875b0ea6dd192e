package no.levehelelivet.examples.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Path;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Optional;
import no.levehelelivet.core.Catalogue;
import no.levehelelivet.core.Language;
import no.levehelelivet.serialization.WireCodec;
import no.levehelelivet.store.ProcessStore;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;

/**
 * A process page in a real browser: a process started, a disabled button's reasons read, the
 * criteria recorded, {@code begin-mapping} fired, the diagram drawn by Mermaid under the tool's
 * Content-Security-Policy, the page in nynorsk, and a script in a note shown as text.
 */
class ProcessBrowserTest {

  /**
   * Where the picture of the process page goes: into the build's folder, or, with {@code
   * LHL_UPDATE_SCREENSHOT=true}, over the README's picture in {@code docs/}, so that a test run
   * leaves the working tree as it was unless asked to renew the picture.
   */
  private static final Path SCREENSHOT =
      "true".equals(System.getenv("LHL_UPDATE_SCREENSHOT"))
          ? Path.of("..", "docs", "process-page.png")
          : Path.of("target", "process-page.png");

  @TempDir Path downloads;

  private WebServer server;
  private WebDriver browser;

  @BeforeEach
  void start() throws NoSuchAlgorithmException {
    // A seeded generator, so that the process id, and so the picture, is the same every run.
    SecureRandom random = SecureRandom.getInstance("SHA1PRNG");
    random.setSeed(1824L);
    server =
        WebServer.start(
            new WebConfig(
                "127.0.0.1",
                0,
                Language.BOKMAL,
                Optional.empty(),
                ProcessStore.inMemory(),
                WireCodec.standard(),
                Catalogue.leveHeleLivet(),
                Clock.fixed(Instant.parse("2026-03-02T09:00:00Z"), ZoneOffset.UTC),
                random));
    browser = BrowserSupport.browser(downloads);
  }

  @AfterEach
  void stop() {
    if (browser != null) {
      browser.quit();
    }
    server.close();
  }

  private void open(String path) {
    browser.get(server.address() + path.substring(1));
  }

  private void submit(WebElement form) {
    form.findElement(By.cssSelector("button[type=submit]")).click();
    // Every form redirects back to a page; wait until it has loaded afresh.
    BrowserSupport.waitFor(browser).until(ExpectedConditions.stalenessOf(form));
  }

  private void record(String criterion, String evidence, String note) {
    WebElement form = browser.findElement(By.id("record-form"));
    new Select(form.findElement(By.name("criterion"))).selectByValue(criterion);
    form.findElement(By.name("evidence")).sendKeys(evidence);
    if (!note.isEmpty()) {
      form.findElement(By.name("note")).sendKeys(note);
    }
    submit(form);
  }

  private WebElement trigger(String code) {
    return browser.findElement(By.cssSelector("li.trigger[data-trigger=" + code + "]"));
  }

  @Test
  void aProcessFromItsStartToTheMappingWithItsDiagramDrawn() throws IOException {
    open("/who?next=/processes/new");
    browser.findElement(By.name("name")).sendKeys("Kari Nordmann");
    new Select(browser.findElement(By.name("role"))).selectByValue("process-lead");
    submit(browser.findElement(By.cssSelector("form.stacked")));

    WebElement start = browser.findElement(By.id("start-form"));
    start.findElement(By.name("name")).sendKeys("Vefsn");
    start.findElement(By.name("number")).sendKeys("1824");
    submit(start);
    assertThat(browser.findElement(By.tagName("h1")).getText()).isEqualTo("Vefsn (1824)");

    WebElement beginMapping = trigger("begin-mapping");
    assertThat(beginMapping.findElement(By.tagName("button")).isEnabled()).isFalse();
    assertThat(beginMapping.findElement(By.cssSelector(".why")).getText())
        .contains("LHL-P-003", "Administrativ forankring", "Prosessleder");

    record("administrative-anchoring", "2026/17", "");
    record("political-anchoring", "PS 12/2026", "");
    record("process-team-appointed", "2026/20", "Prosessteamet er oppnevnt av kommunedirektøren.");
    assertThat(browser.findElements(By.cssSelector("#checklist li.met"))).hasSize(3);

    WebElement fire = trigger("begin-mapping").findElement(By.tagName("form"));
    fire.findElement(By.name("note")).sendKeys("Kartleggingen starter i mars.");
    submit(fire);
    assertThat(browser.findElement(By.id("current-phase")).getText()).isEqualTo("Kartlegging");

    WebElement drawn =
        BrowserSupport.waitFor(browser)
            .until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("#diagram svg")));
    assertThat(drawn.findElements(By.cssSelector("g.node, g.stateGroup, .node"))).isNotEmpty();
    assertThat(browser.findElement(By.id("diagram")).getText()).contains("Kartlegging", "Oppstart");
    ((JavascriptExecutor) browser).executeScript("window.scrollTo(0, 0)");
    BrowserSupport.screenshot(browser, SCREENSHOT);

    browser.findElement(By.cssSelector("header.top a[hreflang=nn]")).click();
    BrowserSupport.waitFor(browser)
        .until(ExpectedConditions.attributeToBe(By.tagName("html"), "lang", "nn"));
    assertThat(trigger("begin-planning").findElement(By.tagName("button")).getText())
        .isEqualTo("Start planlegginga");
    assertThat(browser.findElement(By.id("checklist-title")).getText())
        .isEqualTo("Kriterium i fasen Kartlegging");
    BrowserSupport.waitFor(browser)
        .until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("#diagram svg")));

    String attack = "<script>alert(1)</script><img src=x onerror=alert(2)>";
    record("challenge-picture-described", "2026/31", attack);
    assertThat(browser.findElement(By.cssSelector("#journal li .note")).getText())
        .isEqualTo(attack);
    assertThat(browser.findElements(By.cssSelector("#journal img"))).isEmpty();
    Object alerted =
        ((JavascriptExecutor) browser)
            .executeScript("return document.querySelectorAll('main script:not([src])').length");
    assertThat(alerted).isEqualTo(0L);
  }
}
