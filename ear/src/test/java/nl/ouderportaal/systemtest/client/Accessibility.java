package nl.ouderportaal.systemtest.client;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebDriverException;

/**
 * axe-core's WCAG 2.1 A and AA rules, run in the browser on every page state the browser tests
 * reach: a page is its path, its title and the kinds of notices and dialogs it shows, so a page
 * with a success notice or an error is checked apart from the same page without. Each state is
 * checked once per test run (axe takes a few hundred milliseconds); what is serious or critical
 * fails the test that reached it. The states checked are listed in {@code target/axe/pages.txt},
 * every finding in {@code target/axe/violations.txt}.
 */
final class Accessibility {

  private static final List<String> TAGS = List.of("wcag2a", "wcag2aa", "wcag21a", "wcag21aa");

  /**
   * Findings in PrimeFaces' own markup that no style or attribute of ours can change, each with its
   * reason: a rule id and the PrimeFaces widget (its {@code ui-} classes) the element is in. Keep
   * them narrow: a rule that our CSS can satisfy (contrast) is never excluded.
   */
  private static final List<Exclusion> EXCLUSIONS =
      List.of(
          new Exclusion(
              "list",
              "ui-messages-",
              "p:messages (PrimeFaces 15) writes each message as <li role=\"alert\"> in a <ul>;"
                  + " the role makes the item no list item for axe. Screen readers still read"
                  + " each message at once, which is what the role is for."));

  private static final Set<String> CHECKED = ConcurrentHashMap.newKeySet();
  private static final Path REPORT = Path.of("target", "axe", "violations.txt");
  private static final Path PAGES = Path.of("target", "axe", "pages.txt");

  /**
   * Path, title and the notices, messages and open dialogs on the page; null while it loads, and
   * for what is not one of the server's pages (the browser's empty start page, a PDF).
   */
  private static final String STATE =
      "if (document.readyState !== 'complete' || location.protocol.indexOf('http') !== 0"
          + " || document.contentType !== 'text/html') return null;"
          + " var parts = [];"
          + " document.querySelectorAll('.messages li, .notice, .field-error, .error-text,"
          + " .ui-messages > div, .ui-message, .ui-growl-item, .ui-dialog[aria-hidden=false],"
          + " .lightbox:target, [role=alert]').forEach(function (e) {"
          + "   var part = e.tagName + '.' + String(e.className).trim().split(/\\s+/).join('.');"
          + "   if (parts.indexOf(part) < 0) parts.push(part); });"
          + " parts.sort();"
          + " return location.pathname + ' | ' + document.title + ' | ' + parts.join(' ');";

  private static final String RUN =
      "var done = arguments[arguments.length - 1];"
          + " var serious = function (impact) { return impact === 'serious' || impact ==="
          + " 'critical'; };"
          + " var widget = function (selector) {"
          + "   var e = document.querySelector(selector);"
          + "   var w = e && e.closest('[class*=\"ui-\"]');"
          + "   return w ? Array.from(w.classList).filter(function (c) {"
          + "     return c.indexOf('ui-') === 0; }).join(' ') : ''; };"
          + " axe.run(document, {runOnly: {type: 'tag', values: arguments[0]}, resultTypes:"
          + " ['violations']}).then(function (result) {"
          + "   done(result.violations.filter(function (v) { return serious(v.impact); })"
          + "     .map(function (v) { return {id: v.id, impact: v.impact, help: v.help,"
          + "       nodes: v.nodes.filter(function (n) { return serious(n.impact); })"
          + "         .map(function (n) { return {target: n.target.join(' '),"
          + "           widget: widget(n.target[0]),"
          + "           summary: (n.failureSummary || '').replace(/\\s+/g, ' ')}; })}; }));"
          + " }).catch(function (e) { done('axe failed: ' + e); });";

  private static String script;

  private final List<String> findings = new ArrayList<>();

  /** Checks the page the browser shows now, unless this state was checked before. */
  void check(WebDriver driver) {
    JavascriptExecutor js = (JavascriptExecutor) driver;
    String state = stateOf(js);
    if (state == null || !CHECKED.add(state)) {
      return;
    }
    driver.manage().timeouts().scriptTimeout(Duration.ofSeconds(30));
    Object result;
    try {
      if (Boolean.FALSE.equals(js.executeScript("return typeof axe !== 'undefined';"))) {
        js.executeScript(axeScript());
      }
      result = js.executeAsyncScript(RUN, TAGS);
    } catch (WebDriverException e) {
      CHECKED.remove(state);
      if (state.equals(stateOf(js))) {
        throw new IllegalStateException("axe could not check " + state, e);
      }
      return; // the page changed under axe: it is checked when a test shows it again
    }
    if (result instanceof String failure) {
      throw new IllegalStateException(failure + " on " + state);
    }
    List<String> found = new ArrayList<>();
    for (Object item : (List<?>) result) {
      Map<?, ?> violation = (Map<?, ?>) item;
      for (Object n : (List<?>) violation.get("nodes")) {
        Map<?, ?> node = (Map<?, ?>) n;
        String rule = (String) violation.get("id");
        String target = (String) node.get("target");
        String widget = (String) node.get("widget");
        if (EXCLUSIONS.stream().noneMatch(x -> x.covers(rule, widget))) {
          found.add(
              "%s (%s) at %s on %s: %s. %s"
                  .formatted(
                      rule,
                      violation.get("impact"),
                      target,
                      state,
                      violation.get("help"),
                      node.get("summary")));
        }
      }
    }
    append(PAGES, List.of(state));
    append(REPORT, found);
    findings.addAll(found);
  }

  /** The page's state, or null while it loads or is being replaced. */
  private static String stateOf(JavascriptExecutor js) {
    try {
      return (String) js.executeScript(STATE);
    } catch (WebDriverException e) {
      return null;
    }
  }

  /** What was found since the last call, and forgets it. */
  List<String> takeFindings() {
    List<String> taken = List.copyOf(findings);
    findings.clear();
    return taken;
  }

  private static synchronized String axeScript() {
    if (script == null) {
      // the script the com.deque.html.axe-core:selenium jar carries
      try (InputStream in = Accessibility.class.getResourceAsStream("/axe.min.js")) {
        if (in == null) {
          throw new IllegalStateException("axe.min.js is not on the test class path");
        }
        script = new String(in.readAllBytes(), StandardCharsets.UTF_8);
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
    return script;
  }

  private static synchronized void append(Path file, List<String> lines) {
    if (lines.isEmpty()) {
      return;
    }
    try {
      Files.createDirectories(file.getParent());
      Files.write(file, lines, StandardOpenOption.CREATE, StandardOpenOption.APPEND);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private record Exclusion(String rule, String widgetClass, String reason) {
    boolean covers(String rule, String widget) {
      return this.rule.equals(rule) && widget.contains(widgetClass);
    }
  }
}
