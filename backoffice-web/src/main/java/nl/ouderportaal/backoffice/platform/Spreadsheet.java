package nl.ouderportaal.backoffice.platform;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Named;
import org.primefaces.component.export.CSVOptions;

/**
 * Cells of an exported spreadsheet: a text that starts like a formula (= + - @, or a tab or return)
 * gets a quote first, so that a name typed as "=HYPERLINK(...)" is never run by the spreadsheet
 * program that opens the export (CSV injection).
 */
@Named
@ApplicationScoped
public class Spreadsheet {

  /** What Dutch Excel opens as it is: semicolons between the fields. */
  public CSVOptions getOptions() {
    return CSVOptions.EXCEL_NORTHERN_EUROPE;
  }

  public String cell(Object value) {
    if (value == null) {
      return "";
    }
    String text = value.toString();
    if (!text.isEmpty() && "=+-@\t\r".indexOf(text.charAt(0)) >= 0) {
      return "'" + text;
    }
    return text;
  }
}
