package uk.oic.actionplan.support;

import static org.junit.jupiter.api.Assertions.fail;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.Comparator;
import java.util.function.Function;
import java.util.stream.Stream;
import org.openqa.selenium.By;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * A headless Chromium against the running application, for browser tests ({@code *BrowserIT}).
 *
 * <p>Always the Debian {@code chromium} and {@code chromedriver} from /usr/bin: the driver path is
 * given explicitly, so Selenium Manager never runs and nothing downloads a browser or a driver.
 * Without Chromium the tests are skipped, unless {@code CI=true}, where they fail.
 *
 * <pre>{@code
 * @BeforeAll static void chromium() { Browser.assumeAvailable(); }
 * try (var browser = Browser.open(port)) {
 *   browser.login("area1.owner", "demo");
 *   browser.go("/camunda/app/tasklist/default/");
 *   browser.screenshot("tasklist");
 * }
 * }</pre>
 */
public final class Browser implements AutoCloseable {

  public static final Path CHROMIUM = Path.of("/usr/bin/chromium");
  public static final Path CHROMEDRIVER = Path.of("/usr/bin/chromedriver");
  /** Where screenshots go; kept as test output. */
  public static final Path SCREENSHOTS = Path.of("target", "screenshots");
  /** Long enough for a webapp's first load on a busy two-core machine. */
  public static final Duration PATIENCE = Duration.ofSeconds(30);

  /**
   * Quiet: without a DevTools module for this Chromium's version Selenium warns on every start; the
   * tests use WebDriver only. Held here because the logging keeps only weak references.
   */
  private static final java.util.logging.Logger CDP_VERSION_WARNINGS = quiet("org.openqa.selenium.devtools.CdpVersionFinder");

  private final String baseUrl;
  private final ChromeDriver driver;
  private final Path profile;
  private final WebDriverWait wait;

  private Browser(String baseUrl, ChromeDriver driver, Path profile) {
    this.baseUrl = baseUrl;
    this.driver = driver;
    this.profile = profile;
    this.wait = new WebDriverWait(driver, PATIENCE);
    // a list Tasklist re-renders while a condition reads it: read it again rather than fail
    this.wait.ignoring(org.openqa.selenium.StaleElementReferenceException.class);
  }

  /**
   * Skips the calling test when Chromium is not installed, except under CI ({@code CI=true}), where
   * a missing browser is a failure: CI installs it.
   */
  public static void assumeAvailable() {
    boolean installed = Files.isExecutable(CHROMIUM);
    if (!installed && "true".equals(System.getenv("CI"))) {
      fail("CI=true but " + CHROMIUM + " is missing: install chromium and chromium-driver (.ci/run does)");
    }
    assumeTrue(installed, "Browser tests skipped: " + CHROMIUM
        + " is not installed (apt-get install -y chromium chromium-driver); with CI=true they fail instead");
  }

  /** A fresh browser (own profile, no cookies) against the application on {@code port}. */
  public static Browser open(int port) {
    try {
      var profile = Files.createTempDirectory("oic-chromium-");
      var options = new ChromeOptions();
      options.setBinary(CHROMIUM.toFile());
      options.addArguments(
          "--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
          "--disable-background-networking", "--disable-component-update", "--disable-sync",
          "--no-first-run", "--window-size=1400,1000", "--lang=en-GB",
          "--user-data-dir=" + profile.toAbsolutePath());
      var service = new ChromeDriverService.Builder()
          .usingDriverExecutable(CHROMEDRIVER.toFile())
          .usingAnyFreePort()
          .build();
      return new Browser("http://localhost:" + port, new ChromeDriver(service, options), profile);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  public WebDriver driver() {
    return driver;
  }

  /** Runs JavaScript in the page and returns its result (lists, strings, numbers, elements). */
  public Object script(String javascript, Object... arguments) {
    return driver.executeScript(javascript, arguments);
  }

  public String url(String path) {
    return baseUrl + path;
  }

  /** Opens a page of the application. */
  public Browser go(String path) {
    driver.get(url(path));
    return this;
  }

  /** Signs in through the application's own login page, as a person would; ends on the home page. */
  public Browser login(String user, String password) {
    go("/login");
    var name = waitFor(ExpectedConditions.visibilityOfElementLocated(By.id("username")));
    name.clear();
    name.sendKeys(user);
    driver.findElement(By.id("password")).sendKeys(password);
    driver.findElement(By.id("sign-in")).click();
    waitFor(d -> !d.getCurrentUrl().contains("/login") || d.getCurrentUrl().contains("error"));
    if (driver.getCurrentUrl().contains("/login")) {
      fail("Login as " + user + " refused: " + driver.getCurrentUrl());
    }
    return this;
  }

  /** Forgets the session, so the next {@link #login} is a different person. */
  public Browser forgetSession() {
    driver.manage().deleteAllCookies();
    return this;
  }

  /** Waits up to {@link #PATIENCE} for a condition, failing with the page's URL and title. */
  public <T> T waitFor(Function<? super WebDriver, T> condition) {
    return wait.withMessage(() -> "on " + driver.getCurrentUrl() + " (" + driver.getTitle() + ")").until(condition);
  }

  /** Waits for an element to be visible. */
  public WebElement visible(By locator) {
    return waitFor(ExpectedConditions.visibilityOfElementLocated(locator));
  }

  /**
   * Saves a PNG of the page to {@code target/screenshots/<name>.png}, and its HTML beside it
   * ({@code <name>.html}) to see what a failing locator met.
   */
  public Path screenshot(String name) {
    try {
      Files.createDirectories(SCREENSHOTS);
      var target = SCREENSHOTS.resolve(name + ".png");
      File png = driver.getScreenshotAs(OutputType.FILE);
      Files.copy(png.toPath(), target, StandardCopyOption.REPLACE_EXISTING);
      Files.writeString(SCREENSHOTS.resolve(name + ".html"), driver.getPageSource());
      return target;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static java.util.logging.Logger quiet(String name) {
    var logger = java.util.logging.Logger.getLogger(name);
    logger.setLevel(java.util.logging.Level.SEVERE);
    return logger;
  }

  @Override
  public void close() {
    try {
      driver.quit();
    } finally {
      deleteProfile();
    }
  }

  private void deleteProfile() {
    try (Stream<Path> files = Files.walk(profile)) {
      files.sorted(Comparator.reverseOrder()).forEach(path -> path.toFile().delete());
    } catch (IOException ignored) {
      // a temporary directory; the operating system clears it in the end
    }
  }
}
