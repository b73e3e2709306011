package nl.ouderportaal.systemtest.support;

import java.io.IOException;
import java.io.Serializable;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.util.Properties;
import java.util.UUID;

/** A {@link Scenario} in which parent A sent a request that waits for the service desk. */
public record PendingRequest(Scenario scenario, UUID requestId) implements Serializable {

  private static final String REQUEST_ID = "requestId";

  /** As text, for a browser test that asks for it over HTTP: the scenario and the request id. */
  public String toText() {
    return scenario.toText() + REQUEST_ID + "=" + requestId + "\n";
  }

  public static PendingRequest fromText(String text) {
    Properties properties = new Properties();
    try {
      properties.load(new StringReader(text));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return new PendingRequest(
        Scenario.fromText(text), UUID.fromString(properties.getProperty(REQUEST_ID)));
  }
}
