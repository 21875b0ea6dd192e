package no.levehelelivet.examples.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import no.levehelelivet.store.ProcessStore;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;

/** The frame of every page in a real browser: its scripts run under the policy, its forms work. */
class FrameBrowserTest {

  @TempDir Path downloads;

  private WebServer server;
  private WebDriver browser;

  @BeforeEach
  void start() {
    server =
        WebServer.start(
            WebConfig.loopback(
                ProcessStore.inMemory(),
                Clock.fixed(Instant.parse("2026-03-02T09:00:00Z"), ZoneOffset.UTC)));
    browser = BrowserSupport.browser(downloads);
  }

  @AfterEach
  void stop() {
    if (browser != null) {
      browser.quit();
    }
    server.close();
  }

  @Test
  void theScriptsFromTheJarRunUnderTheContentSecurityPolicy() {
    browser.get(server.address());

    Object htmx = ((JavascriptExecutor) browser).executeScript("return typeof window.htmx");
    assertThat(htmx).isEqualTo("object");
    assertThat(browser.getTitle()).isEqualTo("Prosesser · Leve hele livet");
  }

  @Test
  void anInlineScriptIsRefusedByTheBrowser() {
    browser.get(server.address());

    // A script added to the page the way an injected one would run: the policy must stop it.
    ((JavascriptExecutor) browser)
        .executeScript(
            "var s = document.createElement('script');"
                + "s.textContent = 'window.injected = true';"
                + "document.body.appendChild(s);");

    Object injected = ((JavascriptExecutor) browser).executeScript("return window.injected");
    assertThat(injected).isNull();
  }

  @Test
  void theUserSaysWhoActsAndTheFrameShowsItInTheChosenLanguage() {
    browser.get(server.address() + "who?lang=en");
    browser.findElement(By.name("name")).sendKeys("Kari <b>Nordmann</b>");
    browser.findElement(By.name("role")).sendKeys("Process lead");
    browser.findElement(By.cssSelector("form.stacked button")).click();
    BrowserSupport.waitFor(browser).until(ExpectedConditions.urlToBe(server.address()));

    String who = browser.findElement(By.cssSelector(".who a")).getText();
    assertThat(who).isEqualTo("Kari <b>Nordmann</b> · Process lead");
    assertThat(browser.findElement(By.tagName("html")).getAttribute("lang")).isEqualTo("en");
  }
}
