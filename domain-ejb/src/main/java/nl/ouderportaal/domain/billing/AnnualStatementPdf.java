package nl.ouderportaal.domain.billing;

import static nl.ouderportaal.domain.billing.PdfLayout.HEADING;
import static nl.ouderportaal.domain.billing.PdfLayout.SMALL;
import static nl.ouderportaal.domain.billing.PdfLayout.TEXT;
import static nl.ouderportaal.domain.billing.PdfLayout.TITLE;
import static nl.ouderportaal.domain.billing.PdfLayout.add;
import static nl.ouderportaal.domain.billing.PdfLayout.cell;
import static nl.ouderportaal.domain.billing.PdfLayout.header;
import static nl.ouderportaal.domain.billing.PdfLayout.paragraph;

import com.lowagie.text.Document;
import com.lowagie.text.Element;
import com.lowagie.text.pdf.PdfPTable;
import java.io.IOException;
import java.io.OutputStream;
import java.time.Month;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import nl.ouderportaal.domain.organisation.Address;

/**
 * A jaaropgave as parents hand it to the allowance office: organisation, locations with LRK
 * numbers, parent, child and date of birth, care type, the hours of every month, and the year's
 * hours, amount and average hourly rate.
 */
public final class AnnualStatementPdf {

  private static final int LEFT = Element.ALIGN_LEFT;
  private static final int RIGHT = Element.ALIGN_RIGHT;

  private final AnnualStatement statement;

  public AnnualStatementPdf(AnnualStatement statement) {
    this.statement = Objects.requireNonNull(statement, "statement");
  }

  /** Writes the PDF; the stream stays open. */
  public void writeTo(OutputStream out) throws IOException {
    PdfLayout.write(
        out,
        DutchText.ANNUAL_STATEMENT + " " + statement.year() + " " + statement.child().name(),
        statement.organisationName(),
        this::content);
  }

  private void content(Document document) {
    add(document, paragraph(statement.organisationName(), HEADING, 0));
    add(document, paragraph(DutchText.ANNUAL_STATEMENT + " " + statement.year(), TITLE, 12));
    add(document, PdfLayout.facts(facts().toArray(String[][]::new)));
    add(document, paragraph(DutchText.HOURS_PER_MONTH, HEADING, 16));
    add(document, months());
    add(document, totals());
    add(document, paragraph(DutchText.ALLOWANCE_NOTE, SMALL, 18));
  }

  private List<String[]> facts() {
    Address address = statement.debtor().address();
    List<String[]> facts = new ArrayList<>();
    facts.add(new String[] {DutchText.ORGANISATION, statement.organisationName()});
    for (BilledLocation location : statement.locations()) {
      facts.add(
          new String[] {
            DutchText.LOCATION,
            location.name() + ", " + DutchText.LRK_NUMBER + " " + location.lrkNumber()
          });
    }
    facts.add(
        new String[] {
          DutchText.PARENT,
          statement.debtor().name()
              + "\n"
              + address.street()
              + "\n"
              + address.postalCode()
              + " "
              + address.city()
        });
    facts.add(new String[] {DutchText.CHILD, statement.child().name()});
    facts.add(
        new String[] {DutchText.BIRTH_DATE, DutchText.shortDate(statement.child().birthDate())});
    facts.add(new String[] {DutchText.CARE_TYPE, DutchText.careType(statement.careType())});
    return facts;
  }

  private PdfPTable months() {
    PdfPTable table = PdfLayout.table(3, 2);
    table.setWidthPercentage(50);
    table.setHorizontalAlignment(LEFT);
    table.setHeaderRows(1);
    table.addCell(header(DutchText.MONTH, LEFT));
    table.addCell(header(DutchText.HOURS, RIGHT));
    for (Month month : Month.values()) {
      table.addCell(cell(DutchText.month(month), TEXT, LEFT));
      table.addCell(cell(DutchText.hours(statement.hoursIn(month)), TEXT, RIGHT));
    }
    return table;
  }

  private PdfPTable totals() {
    PdfPTable table =
        PdfLayout.facts(
            new String[] {DutchText.TOTAL_HOURS, DutchText.hours(statement.totalHours())},
            new String[] {DutchText.TOTAL_AMOUNT, DutchText.euros(statement.totalAmount())},
            new String[] {
              DutchText.AVERAGE_RATE,
              statement.averageHourlyRate().map(DutchText::euros).orElse(DutchText.NO_HOURS)
            });
    table.setSpacingBefore(16);
    return table;
  }
}
