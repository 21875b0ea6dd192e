package no.levehelelivet.examples.web;

import static org.junit.jupiter.api.Assertions.fail;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.Assumptions;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * A real browser for the web tool's tests: Debian's headless Chromium, driven by Selenium through
 * the system's chromedriver, both named explicitly so that nothing is downloaded at test time.
 *
 * <p>Where either is missing, a browser test is skipped with one line saying so; with {@code
 * CI=true} in the environment it fails instead, so that CI never passes without having run them.
 * {@code LHL_CHROMIUM} and {@code LHL_CHROMEDRIVER} name other paths.
 */
final class BrowserSupport {

  static final String CHROMIUM = "/usr/bin/chromium";
  static final String CHROMEDRIVER = "/usr/bin/chromedriver";

  private static final AtomicBoolean TOLD = new AtomicBoolean();

  private BrowserSupport() {}

  /**
   * A new headless browser with its own profile and a download folder, or the test skipped (failed
   * on CI) if there is none.
   *
   * @param downloads the folder downloads land in
   */
  static WebDriver browser(Path downloads) {
    Map<String, String> environment = System.getenv();
    String chromium = environment.getOrDefault("LHL_CHROMIUM", CHROMIUM);
    String chromedriver = environment.getOrDefault("LHL_CHROMEDRIVER", CHROMEDRIVER);
    boolean present =
        Files.isExecutable(Path.of(chromium)) && Files.isExecutable(Path.of(chromedriver));
    if (!present) {
      String line =
          "browser tests skipped: no "
              + (Files.isExecutable(Path.of(chromium)) ? chromedriver : chromium)
              + " (apt-get install chromium chromium-driver)";
      if ("true".equals(environment.get("CI"))) {
        fail(line.replace("skipped", "cannot run on CI"));
      }
      if (TOLD.compareAndSet(false, true)) {
        System.err.println(line);
      }
      Assumptions.abort(line);
    }
    ChromeDriverService service =
        new ChromeDriverService.Builder()
            .usingDriverExecutable(new File(chromedriver))
            .usingAnyFreePort()
            .build();
    ChromeOptions options = new ChromeOptions();
    options.setBinary(chromium);
    options.addArguments(
        "--headless=new",
        "--no-sandbox",
        "--disable-dev-shm-usage",
        "--disable-gpu",
        "--window-size=1280,1000",
        "--lang=nb",
        "--accept-lang=nb-NO,nb");
    options.setExperimentalOption(
        "prefs",
        Map.of(
            "download.default_directory",
            downloads.toAbsolutePath().toString(),
            "download.prompt_for_download",
            false));
    ChromeDriver driver = new ChromeDriver(service, options);
    driver.manage().timeouts().pageLoadTimeout(Duration.ofSeconds(30));
    return driver;
  }

  /** A wait of up to ten seconds, for a page that loads or a script that draws. */
  static WebDriverWait waitFor(WebDriver driver) {
    return new WebDriverWait(driver, Duration.ofSeconds(10));
  }

  /** Saves what the browser shows as a PNG at {@code file}. */
  static void screenshot(WebDriver driver, Path file) throws IOException {
    byte[] png = ((TakesScreenshot) driver).getScreenshotAs(OutputType.BYTES);
    Path parent = file.toAbsolutePath().getParent();
    if (parent != null) {
      Files.createDirectories(parent);
    }
    Files.write(file, png);
  }
}
