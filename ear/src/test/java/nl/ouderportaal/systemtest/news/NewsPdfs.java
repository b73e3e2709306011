package nl.ouderportaal.systemtest.news;

import com.lowagie.text.Document;
import com.lowagie.text.Paragraph;
import com.lowagie.text.pdf.PdfWriter;
import java.io.ByteArrayOutputStream;

/** Newsletters made on the spot for tests: a one-page PDF with the given lines. */
public final class NewsPdfs {

  private NewsPdfs() {}

  public static byte[] newsletter(String... lines) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    Document document = new Document();
    PdfWriter.getInstance(document, out);
    document.open();
    for (String line : lines) {
      document.add(new Paragraph(line));
    }
    document.close();
    return out.toByteArray();
  }
}
