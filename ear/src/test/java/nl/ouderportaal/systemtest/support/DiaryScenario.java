package nl.ouderportaal.systemtest.support;

import java.io.IOException;
import java.io.Serializable;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.util.Properties;
import java.util.UUID;

/**
 * A {@link Scenario} in which parent A allowed photos of child A1 in the portal, group worker X
 * wrote a diary entry for A1 with one photo ({@link #entryText}, {@link #photoId}), and wrote to
 * all parents of group X ({@link #messageText}); before that, X put a photo of A1 alone in a new
 * album of group X ({@link #albumName}).
 */
public record DiaryScenario(
    Scenario scenario, String entryText, UUID photoId, String messageText, String albumName)
    implements Serializable {

  /** As text, for a test that asks for it over HTTP. */
  public String toText() {
    Properties extra = new Properties();
    extra.setProperty("entryText", entryText);
    extra.setProperty("photoId", photoId.toString());
    extra.setProperty("messageText", messageText);
    extra.setProperty("albumName", albumName);
    java.io.StringWriter out = new java.io.StringWriter();
    try {
      extra.store(out, null);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return scenario.toText() + out;
  }

  public static DiaryScenario fromText(String text) {
    Properties properties = new Properties();
    try {
      properties.load(new StringReader(text));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return new DiaryScenario(
        Scenario.fromText(text),
        properties.getProperty("entryText"),
        UUID.fromString(properties.getProperty("photoId")),
        properties.getProperty("messageText"),
        properties.getProperty("albumName"));
  }
}
