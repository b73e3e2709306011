package nl.ouderportaal.systemtest.support;

import java.io.IOException;
import java.io.Serializable;
import java.io.StringReader;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.util.Properties;
import java.util.UUID;

/**
 * A {@link Scenario} with family C, whose only child is in group X, and in each group a new album
 * with one photo in which no child is tagged, so that every parent of the group sees it: {@link
 * #photoX} in {@link #albumX} by group worker X, {@link #photoY} in {@link #albumY} by group worker
 * Y. Parent A (A1 in X, A2 in Y) sees both; parent C only the photo of group X.
 */
public record GroupPhotosScenario(
    Scenario scenario, FamilyInGroup familyC, UUID albumX, UUID photoX, UUID albumY, UUID photoY)
    implements Serializable {

  /** As text, for a test that asks for it over HTTP. */
  public String toText() {
    Properties extra = new Properties();
    extra.setProperty("familyC", familyC.familyId().toString());
    extra.setProperty("parentCAccount", familyC.parentAccount().toString());
    extra.setProperty("parentCEmail", familyC.parentEmail());
    extra.setProperty("childC1", familyC.childId().toString());
    extra.setProperty("childC1Name", familyC.childName());
    extra.setProperty("albumX", albumX.toString());
    extra.setProperty("photoX", photoX.toString());
    extra.setProperty("albumY", albumY.toString());
    extra.setProperty("photoY", photoY.toString());
    StringWriter out = new StringWriter();
    try {
      extra.store(out, null);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return scenario.toText() + out;
  }

  public static GroupPhotosScenario fromText(String text) {
    Properties p = new Properties();
    try {
      p.load(new StringReader(text));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return new GroupPhotosScenario(
        Scenario.fromText(text),
        new FamilyInGroup(
            UUID.fromString(p.getProperty("familyC")),
            UUID.fromString(p.getProperty("parentCAccount")),
            p.getProperty("parentCEmail"),
            UUID.fromString(p.getProperty("childC1")),
            p.getProperty("childC1Name")),
        UUID.fromString(p.getProperty("albumX")),
        UUID.fromString(p.getProperty("photoX")),
        UUID.fromString(p.getProperty("albumY")),
        UUID.fromString(p.getProperty("photoY")));
  }
}
