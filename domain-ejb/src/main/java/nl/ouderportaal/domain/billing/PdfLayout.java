package nl.ouderportaal.domain.billing;

import com.lowagie.text.Document;
import com.lowagie.text.DocumentException;
import com.lowagie.text.Element;
import com.lowagie.text.ExceptionConverter;
import com.lowagie.text.Font;
import com.lowagie.text.PageSize;
import com.lowagie.text.Paragraph;
import com.lowagie.text.Phrase;
import com.lowagie.text.Rectangle;
import com.lowagie.text.pdf.PdfPCell;
import com.lowagie.text.pdf.PdfPTable;
import com.lowagie.text.pdf.PdfWriter;
import java.awt.Color;
import java.io.IOException;
import java.io.OutputStream;
import java.lang.System.Logger;
import java.lang.System.Logger.Level;
import java.util.function.Consumer;

/**
 * The common look of the billing documents: A4, Helvetica, plain tables with thin rules. The
 * standard Helvetica is not embedded; its WinAnsi encoding has the euro sign and Dutch accents, and
 * every PDF reader has the font.
 */
final class PdfLayout {

  private static final Logger LOG = System.getLogger(PdfLayout.class.getName());

  private static final Color GREY = new Color(0x55, 0x55, 0x55);
  private static final Color RULE = new Color(0xBB, 0xBB, 0xBB);
  private static final float MARGIN = 50;

  static final Font TITLE = new Font(Font.HELVETICA, 18, Font.BOLD);
  static final Font HEADING = new Font(Font.HELVETICA, 11, Font.BOLD);
  static final Font TEXT = new Font(Font.HELVETICA, 10, Font.NORMAL);
  static final Font BOLD = new Font(Font.HELVETICA, 10, Font.BOLD);
  static final Font SMALL = new Font(Font.HELVETICA, 8, Font.NORMAL, GREY);

  private PdfLayout() {}

  /**
   * Writes one A4 document to {@code out} and leaves the stream open: the caller owns it, and may
   * be writing into a blob or an HTTP response.
   */
  static void write(OutputStream out, String title, String author, Consumer<Document> content)
      throws IOException {
    Document document = new Document(PageSize.A4, MARGIN, MARGIN, MARGIN, MARGIN);
    try {
      PdfWriter writer = PdfWriter.getInstance(document, out);
      writer.setCloseStream(false);
      document.addTitle(title);
      document.addAuthor(author);
      document.addCreator("Ouderportaal");
      document.open();
      content.accept(document);
      document.close();
    } catch (ExceptionConverter e) {
      // OpenPDF wraps the stream's IOException; give the caller the real one
      if (e.getException() instanceof IOException io) {
        throw io;
      }
      throw e;
    }
    LOG.log(Level.DEBUG, "PDF written: {0}", title);
  }

  static void add(Document document, Element element) {
    try {
      document.add(element);
    } catch (DocumentException e) {
      throw new IllegalStateException("cannot add to the PDF", e);
    }
  }

  static Paragraph paragraph(String text, Font font, float spaceBefore) {
    Paragraph paragraph = new Paragraph(text, font);
    paragraph.setSpacingBefore(spaceBefore);
    return paragraph;
  }

  static PdfPTable table(float... relativeWidths) {
    PdfPTable table = new PdfPTable(relativeWidths);
    table.setWidthPercentage(100);
    table.setSpacingBefore(6);
    return table;
  }

  /** A cell without borders. */
  static PdfPCell cell(String text, Font font, int alignment) {
    PdfPCell cell = new PdfPCell(new Phrase(text, font));
    cell.setBorder(Rectangle.NO_BORDER);
    cell.setHorizontalAlignment(alignment);
    cell.setPadding(3);
    return cell;
  }

  /** A cell with a thin rule under it, for table headers. */
  static PdfPCell header(String text, int alignment) {
    PdfPCell cell = cell(text, BOLD, alignment);
    cell.setBorder(Rectangle.BOTTOM);
    cell.setBorderColor(RULE);
    return cell;
  }

  /** A cell with a thin rule above it, for subtotals and totals. */
  static PdfPCell sum(String text, Font font, int alignment) {
    PdfPCell cell = cell(text, font, alignment);
    cell.setBorder(Rectangle.TOP);
    cell.setBorderColor(RULE);
    return cell;
  }

  /** A two-column table of labels and values, such as invoice number and date. */
  static PdfPTable facts(String[]... labelsAndValues) {
    PdfPTable table = table(2, 3);
    for (String[] fact : labelsAndValues) {
      table.addCell(cell(fact[0], BOLD, Element.ALIGN_LEFT));
      table.addCell(cell(fact[1], TEXT, Element.ALIGN_LEFT));
    }
    return table;
  }
}
