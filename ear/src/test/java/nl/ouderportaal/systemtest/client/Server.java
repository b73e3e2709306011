package nl.ouderportaal.systemtest.client;

import java.io.IOException;
import java.net.URI;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
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
