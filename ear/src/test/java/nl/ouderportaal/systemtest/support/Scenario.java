package nl.ouderportaal.systemtest.support;

import java.io.IOException;
import java.io.Serializable;
import java.io.StringReader;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.util.Properties;
import java.util.UUID;

/**
 * Test data of one test: an organisation of its own with two groups X and Y at a KDV location, two
 * families A and B with two children each (one child of each family in each group), a group worker
 * for each group and a service desk employee. Every name carries a token of this scenario, so that
 * tests never see each other's data. Every account has the password {@link #PASSWORD}.
 */
public record Scenario(
    String token,
    UUID organisation,
    UUID groupX,
    String groupXName,
    UUID groupY,
    String groupYName,
    UUID familyA,
    String familyAName,
    UUID parentAAccount,
    String parentAEmail,
    String parentAName,
    UUID childA1,
    String childA1Name,
    UUID childA2,
    String childA2Name,
    UUID familyB,
    String familyBName,
    UUID parentBAccount,
    String parentBEmail,
    UUID childB1,
    String childB1Name,
    UUID childB2,
    String childB2Name,
    UUID staffXAccount,
    String staffXEmail,
    UUID staffYAccount,
    String staffYEmail,
    UUID serviceDeskAccount,
    String serviceDeskEmail)
    implements Serializable {

  public static final String PASSWORD = "Proef-wachtwoord-2026";

  /** As text, for a browser test that asks for a scenario over HTTP. */
  public String toText() {
    Properties properties = new Properties();
    for (var component : Scenario.class.getRecordComponents()) {
      try {
        properties.setProperty(
            component.getName(), String.valueOf(component.getAccessor().invoke(this)));
      } catch (ReflectiveOperationException e) {
        throw new IllegalStateException(e);
      }
    }
    StringWriter out = new StringWriter();
    try {
      properties.store(out, null);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out.toString();
  }

  public static Scenario fromText(String text) {
    Properties properties = new Properties();
    try {
      properties.load(new StringReader(text));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    var components = Scenario.class.getRecordComponents();
    Object[] values = new Object[components.length];
    Class<?>[] types = new Class<?>[components.length];
    for (int i = 0; i < components.length; i++) {
      String value = properties.getProperty(components[i].getName());
      types[i] = components[i].getType();
      values[i] = types[i] == UUID.class ? UUID.fromString(value) : value;
    }
    try {
      return Scenario.class.getDeclaredConstructor(types).newInstance(values);
    } catch (ReflectiveOperationException e) {
      throw new IllegalStateException(e);
    }
  }
}
