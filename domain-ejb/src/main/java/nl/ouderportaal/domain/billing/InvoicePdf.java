package nl.ouderportaal.domain.billing;

import static nl.ouderportaal.domain.billing.PdfLayout.BOLD;
import static nl.ouderportaal.domain.billing.PdfLayout.HEADING;
import static nl.ouderportaal.domain.billing.PdfLayout.SMALL;
import static nl.ouderportaal.domain.billing.PdfLayout.TEXT;
import static nl.ouderportaal.domain.billing.PdfLayout.TITLE;
import static nl.ouderportaal.domain.billing.PdfLayout.add;
import static nl.ouderportaal.domain.billing.PdfLayout.cell;
import static nl.ouderportaal.domain.billing.PdfLayout.header;
import static nl.ouderportaal.domain.billing.PdfLayout.paragraph;
import static nl.ouderportaal.domain.billing.PdfLayout.sum;

import com.lowagie.text.Document;
import com.lowagie.text.Element;
import com.lowagie.text.Paragraph;
import com.lowagie.text.Rectangle;
import com.lowagie.text.pdf.PdfPCell;
import com.lowagie.text.pdf.PdfPTable;
import java.io.IOException;
import java.io.OutputStream;
import java.util.Objects;
import nl.ouderportaal.domain.organisation.Address;

/**
 * An invoice as the family receives it: the organisation, the debtor's address, number, date and
 * period, the lines per location under its name and LRK number, the total, and that it is paid by
 * direct debit.
 */
public final class InvoicePdf {

  private static final int LEFT = Element.ALIGN_LEFT;
  private static final int RIGHT = Element.ALIGN_RIGHT;

  private final Invoice invoice;

  public InvoicePdf(Invoice invoice) {
    this.invoice = Objects.requireNonNull(invoice, "invoice");
  }

  /** Writes the PDF; the stream stays open. */
  public void writeTo(OutputStream out) throws IOException {
    PdfLayout.write(
        out, DutchText.INVOICE + " " + invoice.number(), invoice.organisationName(), this::content);
  }

  private void content(Document document) {
    add(document, paragraph(invoice.organisationName(), HEADING, 0));
    add(document, paragraph(DutchText.INVOICE, TITLE, 12));
    add(document, debtorAndFacts());
    for (Invoice.Section section : invoice.sections()) {
      add(document, sectionHeading(section));
      add(document, lines(section));
    }
    add(document, total());
    add(document, paragraph(DutchText.SEPA, BOLD, 18));
    add(document, paragraph(DutchText.SEPA_EXPLAINED, SMALL, 2));
  }

  private PdfPTable debtorAndFacts() {
    Address address = invoice.debtor().address();
    PdfPTable table = PdfLayout.table(1, 1);
    table.setSpacingBefore(12);
    table.addCell(
        cell(
            invoice.debtor().name()
                + "\n"
                + address.street()
                + "\n"
                + address.postalCode()
                + " "
                + address.city(),
            TEXT,
            LEFT));
    PdfPTable facts =
        PdfLayout.facts(
            new String[] {DutchText.INVOICE_NUMBER, invoice.number().toString()},
            new String[] {DutchText.INVOICE_DATE, DutchText.date(invoice.invoiceDate())},
            new String[] {DutchText.PERIOD, DutchText.month(invoice.period())});
    facts.setSpacingBefore(0);
    PdfPCell right = new PdfPCell(facts);
    right.setBorder(Rectangle.NO_BORDER);
    table.addCell(right);
    return table;
  }

  private static Paragraph sectionHeading(Invoice.Section section) {
    BilledLocation location = section.location();
    return paragraph(
        DutchText.LOCATION
            + " "
            + location.name()
            + " ("
            + DutchText.careType(location.careType())
            + "), "
            + DutchText.LRK_NUMBER
            + " "
            + location.lrkNumber(),
        HEADING,
        16);
  }

  private static PdfPTable lines(Invoice.Section section) {
    PdfPTable table = PdfLayout.table(3, 7, 1.6f, 1.8f, 2);
    table.setHeaderRows(1);
    table.addCell(header(DutchText.CHILD, LEFT));
    table.addCell(header(DutchText.DESCRIPTION, LEFT));
    table.addCell(header(DutchText.HOURS, RIGHT));
    table.addCell(header(DutchText.HOURLY_RATE, RIGHT));
    table.addCell(header(DutchText.AMOUNT, RIGHT));
    for (InvoiceLine line : section.lines()) {
      table.addCell(cell(line.child().name(), TEXT, LEFT));
      table.addCell(cell(line.description(), TEXT, LEFT));
      table.addCell(cell(DutchText.hours(line.hours()), TEXT, RIGHT));
      table.addCell(cell(DutchText.euros(line.hourlyRate()), TEXT, RIGHT));
      table.addCell(cell(DutchText.euros(line.amount()), TEXT, RIGHT));
    }
    PdfPCell label = sum(DutchText.SUBTOTAL + " " + section.location().name(), TEXT, RIGHT);
    label.setColspan(4);
    table.addCell(label);
    table.addCell(sum(DutchText.euros(section.subtotal()), TEXT, RIGHT));
    return table;
  }

  private PdfPTable total() {
    PdfPTable table = PdfLayout.table(3, 7, 1.6f, 1.8f, 2);
    table.setSpacingBefore(12);
    PdfPCell label = sum(DutchText.TOTAL, HEADING, RIGHT);
    label.setColspan(4);
    table.addCell(label);
    table.addCell(sum(DutchText.euros(invoice.total()), HEADING, RIGHT));
    return table;
  }
}
