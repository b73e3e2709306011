package nl.ouderportaal.systemtest.client;

import java.io.IOException;
import java.lang.reflect.Method;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.function.Function;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.TestWatcher;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.events.EventFiringDecorator;
import org.openqa.selenium.support.events.WebDriverListener;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * A headless Chromium for one test class, at the size of a phone or of a laptop. Without Chromium
 * the class is skipped with a message, unless {@code browser.required} is true (as in CI): then it
 * fails. On a failed test it keeps a screenshot and the page in {@code target/browser}.
 *
 * <p>Every page the test opens, by a link, a button or an address, is checked with axe-core (WCAG
 * 2.1 AA, see {@link Accessibility}); a serious or critical finding fails the test.
 */
public class Browser
    implements BeforeAllCallback, AfterAllCallback, AfterEachCallback, TestWatcher {

  private static final Path CHROMIUM = Path.of("/usr/bin/chromium");
  private static final Path CHROMEDRIVER = Path.of("/usr/bin/chromedriver");

  private final Dimension size;
  private final Accessibility accessibility = new Accessibility();
  private WebDriver driver;

  private Browser(Dimension size) {
    this.size = size;
  }

  public static Browser phone() {
    return new Browser(new Dimension(390, 844));
  }

  public static Browser laptop() {
    return new Browser(new Dimension(1366, 900));
  }

  @Override
  public void beforeAll(ExtensionContext context) {
    boolean installed = Files.isExecutable(CHROMIUM) && Files.isExecutable(CHROMEDRIVER);
    if (!installed) {
      String message =
          "Browser tests need Chromium and chromedriver (/usr/bin/chromium, /usr/bin/chromedriver):"
              + " apt-get install chromium chromium-driver";
      if (Boolean.getBoolean("browser.required")) {
        throw new IllegalStateException(message + " (browser.required is true)");
      }
      Assumptions.abort(message + ". Skipped.");
    }
    System.setProperty("webdriver.chrome.driver", CHROMEDRIVER.toString());
    ChromeOptions options = new ChromeOptions();
    options.setBinary(CHROMIUM.toFile());
    options.setExperimentalOption("prefs", java.util.Map.of("intl.accept_languages", "nl"));
    options.addArguments(
        "--headless",
        "--no-sandbox",
        "--disable-gpu",
        "--disable-dev-shm-usage",
        "--disable-background-networking",
        "--disable-component-update",
        "--disable-sync",
        "--no-first-run",
        "--lang=nl",
        "--accept-lang=nl",
        "--window-size=" + size.width + "," + size.height);
    ChromeDriver chrome = new ChromeDriver(ChromeDriverService.createDefaultService(), options);
    driver = new EventFiringDecorator<WebDriver>(new PageChecks(chrome)).decorate(chrome);
    driver.manage().window().setSize(size);
    driver.manage().timeouts().pageLoadTimeout(Duration.ofSeconds(30));
  }

  @Override
  public void afterAll(ExtensionContext context) {
    if (driver != null) {
      driver.quit();
    }
  }

  @Override
  public void afterEach(ExtensionContext context) {
    if (driver == null) {
      return;
    }
    accessibility.check(driver);
    List<String> findings = accessibility.takeFindings();
    if (!findings.isEmpty()) {
      throw new AssertionError(
          "axe-core (WCAG 2.1 AA) found serious or critical issues:\n  "
              + String.join("\n  ", findings));
    }
  }

  /**
   * Checks the page after everything that may have led to another one: an address, a click, a
   * submit, and before looking for an element (a click's page may still have been loading, an Ajax
   * update may have shown a notice). The checks run on the undecorated driver.
   */
  // public: the decorator calls the listener's methods by reflection, from another package
  public final class PageChecks implements WebDriverListener {
    private final WebDriver chrome;

    PageChecks(WebDriver chrome) {
      this.chrome = chrome;
    }

    @Override
    public void afterGet(WebDriver driver, String url) {
      accessibility.check(chrome);
    }

    @Override
    public void afterTo(WebDriver.Navigation navigation, String url) {
      accessibility.check(chrome);
    }

    @Override
    public void afterBack(WebDriver.Navigation navigation) {
      accessibility.check(chrome);
    }

    @Override
    public void afterRefresh(WebDriver.Navigation navigation) {
      accessibility.check(chrome);
    }

    @Override
    public void afterClick(WebElement element) {
      accessibility.check(chrome);
    }

    @Override
    public void afterSubmit(WebElement element) {
      accessibility.check(chrome);
    }

    /** Any other call: the page a click led to may only now be there (the test waits for it). */
    @Override
    public void beforeAnyWebDriverCall(WebDriver driver, Method method, Object[] args) {
      if (!method.getName().equals("quit") && !method.getName().equals("close")) {
        accessibility.check(chrome);
      }
    }
  }

  @Override
  public void testFailed(ExtensionContext context, Throwable cause) {
    if (driver == null) {
      return;
    }
    try {
      Path dir = Path.of("target", "browser");
      Files.createDirectories(dir);
      String name =
          context.getRequiredTestClass().getSimpleName()
              + "-"
              + context.getDisplayName().replaceAll("\\W+", "_");
      byte[] png = ((org.openqa.selenium.TakesScreenshot) driver).getScreenshotAs(OutputType.BYTES);
      Files.write(dir.resolve(name + ".png"), png);
      Files.writeString(dir.resolve(name + ".html"), driver.getPageSource());
    } catch (IOException | RuntimeException e) {
      System.getLogger(Browser.class.getName())
          .log(System.Logger.Level.WARNING, "no screenshot", e);
    }
  }

  /** Continues at laptop size (for a back-office part of a test), or back at the original size. */
  public void asLaptop() {
    driver.manage().window().setSize(new Dimension(1366, 900));
  }

  /** Continues at phone size (for a parent's part of a back-office test). */
  public void asPhone() {
    driver.manage().window().setSize(new Dimension(390, 844));
  }

  public void asOriginalSize() {
    driver.manage().window().setSize(size);
  }

  public WebDriver driver() {
    return driver;
  }

  public void open(String url) {
    driver.get(url);
  }

  public WebElement find(By by) {
    return waitFor(d -> d.findElement(by));
  }

  public <T> T waitFor(Function<WebDriver, T> condition) {
    return new WebDriverWait(driver, Duration.ofSeconds(15))
        .ignoring(StaleElementReferenceException.class)
        .until(condition::apply);
  }

  /**
   * Clicks an element after scrolling it to the middle of the screen, as a person would: at the
   * edge it may sit under the portal's fixed bars.
   */
  public void click(By by) {
    WebElement element = find(by);
    ((org.openqa.selenium.JavascriptExecutor) driver)
        .executeScript("arguments[0].scrollIntoView({block: 'center'});", element);
    element.click();
  }

  /** Sets the value of a field directly, e.g. a date field, whose typing depends on the locale. */
  public void setValue(By field, String value) {
    waitFor(
        d -> {
          ((org.openqa.selenium.JavascriptExecutor) d)
              .executeScript("arguments[0].value = arguments[1];", d.findElement(field), value);
          return true;
        });
  }

  /** Fills a field: clears it and types the text. */
  public void type(By field, String text) {
    WebElement element = find(field);
    element.clear();
    element.sendKeys(text);
  }

  /** The text of an element once it has some (the page may still be loading or changing). */
  public String textOf(By by) {
    return waitFor(
        d -> {
          String text = d.findElement(by).getText();
          return text.isBlank() ? null : text;
        });
  }

  public String pageText() {
    return driver.findElement(By.tagName("body")).getText();
  }

  /** Whether the page fits the window's width: nothing to scroll sideways (on a phone). */
  public boolean fitsTheScreen() {
    return (Boolean)
        ((org.openqa.selenium.JavascriptExecutor) driver)
            .executeScript("return document.documentElement.scrollWidth <= window.innerWidth;");
  }

  /** Waits until the image has loaded and has pixels (a refused photo never gets any). */
  public void waitForImage(By image) {
    waitFor(
        d ->
            (Boolean)
                ((org.openqa.selenium.JavascriptExecutor) d)
                    .executeScript(
                        "var i = arguments[0]; return i.complete && i.naturalWidth > 0;",
                        d.findElement(image)));
  }

  /** The browser's session cookie, as a {@code Cookie} header value for a direct HTTP request. */
  public String sessionCookie() {
    return "JSESSIONID=" + driver.manage().getCookieNamed("JSESSIONID").getValue();
  }

  /** Logs in on a login page already open (portal or back-office) and waits for the title. */
  public void logIn(String email, String titleAfter) {
    type(By.id("email"), email);
    type(By.id("password"), nl.ouderportaal.systemtest.support.Scenario.PASSWORD);
    find(By.id("submit")).click();
    waitFor(d -> d.getTitle().startsWith(titleAfter));
  }

  public void deleteCookies() {
    driver.manage().deleteAllCookies();
  }
}
