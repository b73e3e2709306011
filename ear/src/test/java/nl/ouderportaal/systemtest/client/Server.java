package nl.ouderportaal.systemtest.client;

import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URL;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.UUID;
import nl.ouderportaal.systemtest.support.DiaryScenario;
import nl.ouderportaal.systemtest.support.GroupPhotosScenario;
import nl.ouderportaal.systemtest.support.InvoicedScenario;
import nl.ouderportaal.systemtest.support.NewFamily;
import nl.ouderportaal.systemtest.support.PendingRequest;
import nl.ouderportaal.systemtest.support.Scenario;

/** The running server as seen from outside: the two web modules, and test data over HTTP. */
public final class Server {

  private static final HttpClient HTTP =
      HttpClient.newBuilder()
          .followRedirects(HttpClient.Redirect.NEVER)
          .connectTimeout(Duration.ofSeconds(10))
          .build();

  private final URI root;
  private final URI fixtures;

  /**
   * @param deployment the URL Arquillian gives the test's own deployment
   */
  public Server(URL deployment) {
    this.fixtures = URI.create(deployment.toString());
    this.root = fixtures.resolve("/");
  }

  public String portal(String page) {
    return root.resolve("/portal/" + page).toString();
  }

  public String backoffice(String page) {
    return root.resolve("/backoffice/" + page).toString();
  }

  public URI root() {
    return root;
  }

  /** A new scenario of test data, made inside the server by the test deployment's fixtures. */
  public Scenario newScenario() {
    HttpResponse<String> response = get(fixtures.resolve("fixtures/scenario").toString());
    if (response.statusCode() != 200) {
      throw new IllegalStateException(
          "fixtures answered " + response.statusCode() + ": " + response.body());
    }
    return Scenario.fromText(response.body());
  }

  /**
   * A new family in an organisation of its own: its contract runs from {@code startDays} from today
   * to {@code endDays} from today (null: no end); the parent has a password or not.
   */
  public NewFamily newFamily(int startDays, Integer endDays, boolean activeParent) {
    String url =
        fixtures
            .resolve(
                "fixtures/new-family?start="
                    + startDays
                    + "&end="
                    + (endDays == null ? "" : endDays)
                    + "&active="
                    + activeParent)
            .toString();
    Properties properties = new Properties();
    try {
      properties.load(new StringReader(fixture(url)));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    Map<String, String> map = new HashMap<>();
    properties.stringPropertyNames().forEach(k -> map.put(k, properties.getProperty(k)));
    return NewFamily.fromMap(map);
  }

  /**
   * A new scenario in which parent A sent a request on the invoice that waits for the service desk.
   */
  public PendingRequest pendingRequest() {
    return PendingRequest.fromText(
        fixture(fixtures.resolve("fixtures/pending-request").toString()));
  }

  /** A new scenario whose two families have their invoice of this month. */
  public InvoicedScenario invoicedScenario() {
    return InvoicedScenario.fromText(fixture(fixtures.resolve("fixtures/invoiced").toString()));
  }

  /** A new scenario with family C only in group X, and an album with a photo in each group. */
  public GroupPhotosScenario groupPhotosScenario() {
    return GroupPhotosScenario.fromText(
        fixture(fixtures.resolve("fixtures/group-photos").toString()));
  }

  /**
   * As {@link #groupPhotosScenario}, but family C's care ended ten days ago, after fifty days in
   * group X, and group X's photo is of a day in between.
   */
  public GroupPhotosScenario formerGroupPhotosScenario() {
    return GroupPhotosScenario.fromText(
        fixture(fixtures.resolve("fixtures/former-group-photos").toString()));
  }

  /** A new scenario with a diary entry, a photo and a group message by group worker X. */
  public DiaryScenario diaryScenario() {
    return DiaryScenario.fromText(fixture(fixtures.resolve("fixtures/diary").toString()));
  }

  /** The outbox for an address: how many mails, how many sent, attempts of the latest. */
  /**
   * A new scenario in which parent A asked to change child A1's contract, and the question's id.
   */
  public Map.Entry<Scenario, UUID> contractQuestion() {
    String text = fixture(fixtures.resolve("fixtures/contract-question").toString());
    Properties properties = new Properties();
    try {
      properties.load(new StringReader(text));
    } catch (java.io.IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
    return Map.entry(Scenario.fromText(text), UUID.fromString(properties.getProperty("question")));
  }

  public int[] outbox(String recipient) {
    String[] counts =
        fixture(
                fixtures
                    .resolve(
                        "fixtures/outbox?recipient="
                            + URLEncoder.encode(recipient, StandardCharsets.UTF_8))
                    .toString())
            .trim()
            .split(" ");
    return new int[] {
      Integer.parseInt(counts[0]), Integer.parseInt(counts[1]), Integer.parseInt(counts[2])
    };
  }

  /** The scenario's service desk grants a child credit, valid to the end of next year. */
  public void grant(Scenario scenario, UUID child, String type, String hours) {
    fixture(
        fixtures
            .resolve(
                "fixtures/grant?desk="
                    + scenario.serviceDeskAccount()
                    + "&child="
                    + child
                    + "&type="
                    + type
                    + "&hours="
                    + hours)
            .toString());
  }

  /**
   * The SQL statements of a form's post (an AJAX event of the page, such as a table's search); the
   * answer must show the search found something.
   */
  public int sqlStatementsOfSearch(String url, String cookie, Map<String, String> fields) {
    HttpResponse<String> answer = post(url, fields, cookie);
    if (answer.statusCode() != 200 || !answer.body().contains("partial-response")) {
      throw new IllegalStateException(
          url + " answered " + answer.statusCode() + ": " + answer.body());
    }
    return lastCounted("POST", URI.create(url).getRawPath());
  }

  /** {@code count} more families in the organisation, each with a parent and a child in care. */
  public void moreFamilies(UUID organisation, int count) {
    fixture(
        fixtures
            .resolve("fixtures/more-families?organisation=" + organisation + "&count=" + count)
            .toString());
  }

  /**
   * The SQL statements a page sent when it was opened with the session cookie: the server counts
   * them per request (platform.SqlStatements, on with {@code -Douderportaal.sql-count=true}).
   */
  public int sqlStatementsOf(String url, String cookie) {
    HttpResponse<String> page = get(url, "Cookie", cookie, "Accept-Language", "nl");
    if (page.statusCode() != 200) {
      throw new IllegalStateException(url + " answered " + page.statusCode());
    }
    return lastCounted("GET", URI.create(url).getRawPath());
  }

  private int lastCounted(String method, String path) {
    return lastRequest(method, path).statements();
  }

  /** A request the server counted the SQL statements of, with the statements. */
  public record Counted(int statements, String request, List<String> sql) {

    @Override
    public String toString() {
      return statements + " statements for " + request + ":\n  " + String.join("\n  ", sql);
    }
  }

  /** The last request of the method and path the server counted. */
  public Counted lastRequest(String method, String path) {
    String[] lines = fixture(fixtures.resolve("fixtures/sql").toString()).split("\n");
    Counted found = null;
    Counted last = null;
    for (String line : lines) {
      if (line.startsWith("\t")) {
        if (found != null) {
          found.sql().add(line.substring(1));
        }
        continue;
      }
      String[] parts = line.split(" ", 3);
      found =
          parts.length == 3 && method.equals(parts[1]) && parts[2].startsWith(path)
              ? new Counted(
                  Integer.parseInt(parts[0]), parts[1] + " " + parts[2], new ArrayList<>())
              : null;
      if (found != null) {
        last = found;
      }
    }
    if (last == null) {
      throw new IllegalStateException("the server counted no " + method + " of " + path);
    }
    return last;
  }

  /** Runs the daily invitations now; answers how many parents were invited. */
  public int inviteDue() {
    return Integer.parseInt(fixture(fixtures.resolve("fixtures/invite-due").toString()).trim());
  }

  private static String fixture(String url) {
    HttpResponse<String> response = get(url);
    if (response.statusCode() != 200) {
      throw new IllegalStateException(
          url + " answered " + response.statusCode() + ": " + response.body());
    }
    return response.body();
  }

  /** Logs in to the portal as a browser would (login page, then its form); the last answer. */
  public HttpResponse<String> logIntoPortal(String email, String password, String cookie) {
    HttpResponse<String> page = get(portal("login.xhtml"), "Accept-Language", "nl");
    Map<String, String> fields =
        org.jsoup.Jsoup.parse(page.body()).getElementById("login").select("input[name]").stream()
            .collect(
                java.util.stream.Collectors.toMap(
                    e -> e.attr("name"), e -> e.attr("value"), (a, b) -> a));
    fields.put("email", email);
    fields.put("password", password);
    return post(portal("login.xhtml"), fields, cookie);
  }

  /** The session cookie ({@code JSESSIONID=...}) of a parent logged in to the portal. */
  public String portalSession(String email) {
    return sessionCookie(logIntoPortal(email, Scenario.PASSWORD, null));
  }

  /** The session cookie of a staff member logged in to the back-office (its login form). */
  public String backofficeSession(String email) {
    HttpResponse<String> page = get(backoffice("login.xhtml"), "Accept-Language", "nl");
    Map<String, String> fields =
        org.jsoup.Jsoup.parse(page.body()).getElementById("login").select("input[name]").stream()
            .collect(
                java.util.stream.Collectors.toMap(
                    e -> e.attr("name"), e -> e.attr("value"), (a, b) -> a));
    fields.put("email", email);
    fields.put("password", Scenario.PASSWORD);
    return sessionCookie(post(backoffice("login.xhtml"), fields, null));
  }

  /** Posts a form, in Dutch, with the cookie if there is one. */
  public static HttpResponse<String> post(String url, Map<String, String> fields, String cookie) {
    String body =
        fields.entrySet().stream()
            .map(
                e ->
                    URLEncoder.encode(e.getKey(), StandardCharsets.UTF_8)
                        + "="
                        + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
            .collect(java.util.stream.Collectors.joining("&"));
    HttpRequest.Builder request =
        HttpRequest.newBuilder(URI.create(url))
            .header("Content-Type", "application/x-www-form-urlencoded")
            .header("Accept-Language", "nl")
            .POST(HttpRequest.BodyPublishers.ofString(body));
    if (cookie != null) {
      request.header("Cookie", cookie);
    }
    return send(request.build());
  }

  /** The last session cookie the answer set, as a {@code Cookie} header value. */
  public static String sessionCookie(HttpResponse<?> response) {
    return response.headers().allValues("Set-Cookie").stream()
        .filter(c -> c.startsWith("JSESSIONID="))
        .map(c -> c.substring(0, c.indexOf(';')))
        .reduce((first, second) -> second)
        .orElseThrow(() -> new AssertionError("no session cookie in " + response.headers()));
  }

  /** A GET whose body is bytes (a photo, a PDF, a ZIP). */
  public static HttpResponse<byte[]> getBytes(String url, String... headers) {
    HttpRequest.Builder request =
        HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofSeconds(60));
    if (headers.length > 0) {
      request.headers(headers);
    }
    try {
      return HTTP.send(request.GET().build(), HttpResponse.BodyHandlers.ofByteArray());
    } catch (IOException e) {
      throw new IllegalStateException("no answer from " + url, e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  public static HttpResponse<String> get(String url, String... headers) {
    HttpRequest.Builder request =
        HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofSeconds(30));
    if (headers.length > 0) {
      request.headers(headers);
    }
    return send(request.GET().build());
  }

  public static HttpResponse<String> send(HttpRequest request) {
    try {
      return HTTP.send(request, HttpResponse.BodyHandlers.ofString());
    } catch (IOException e) {
      throw new IllegalStateException("no answer from " + request.uri(), e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }
}
