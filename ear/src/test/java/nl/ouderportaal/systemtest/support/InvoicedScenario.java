package nl.ouderportaal.systemtest.support;

import java.io.IOException;
import java.io.Serializable;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.util.Properties;
import java.util.UUID;

/** A {@link Scenario} whose two families have their invoice of this month, with its id. */
public record InvoicedScenario(Scenario scenario, UUID invoiceOfA, UUID invoiceOfB)
    implements Serializable {

  private static final String INVOICE_OF_A = "invoiceOfA";
  private static final String INVOICE_OF_B = "invoiceOfB";

  /** As text, for a test that asks for it over HTTP: the scenario and the two invoice ids. */
  public String toText() {
    return scenario.toText()
        + INVOICE_OF_A
        + "="
        + invoiceOfA
        + "\n"
        + INVOICE_OF_B
        + "="
        + invoiceOfB
        + "\n";
  }

  public static InvoicedScenario fromText(String text) {
    Properties properties = new Properties();
    try {
      properties.load(new StringReader(text));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return new InvoicedScenario(
        Scenario.fromText(text),
        UUID.fromString(properties.getProperty(INVOICE_OF_A)),
        UUID.fromString(properties.getProperty(INVOICE_OF_B)));
  }
}
