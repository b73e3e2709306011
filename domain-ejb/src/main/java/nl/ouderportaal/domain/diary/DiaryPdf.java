package nl.ouderportaal.domain.diary;

import com.lowagie.text.Document;
import com.lowagie.text.DocumentException;
import com.lowagie.text.Element;
import com.lowagie.text.ExceptionConverter;
import com.lowagie.text.Font;
import com.lowagie.text.Image;
import com.lowagie.text.PageSize;
import com.lowagie.text.Paragraph;
import com.lowagie.text.pdf.PdfWriter;
import java.awt.Color;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.UUID;
import java.util.function.Function;

/**
 * 'Dagboek downloaden': the whole diary of a child, oldest entry first, as one printable A4 PDF
 * with its photos. Photos are fetched one at a time while the document is written.
 */
final class DiaryPdf {

  private static final Locale DUTCH = Locale.forLanguageTag("nl");
  private static final DateTimeFormatter DAY =
      DateTimeFormatter.ofPattern("EEEE d MMMM yyyy", DUTCH);
  private static final DateTimeFormatter TIME =
      DateTimeFormatter.ofPattern("HH:mm").withZone(ZoneId.of("Europe/Amsterdam"));
  private static final Font TITLE = new Font(Font.HELVETICA, 20, Font.BOLD);
  private static final Font HEADING =
      new Font(Font.HELVETICA, 12, Font.BOLD, new Color(0xC2, 0x5E, 0x00));
  private static final Font TEXT = new Font(Font.HELVETICA, 10, Font.NORMAL);
  private static final Font LABEL = new Font(Font.HELVETICA, 10, Font.BOLD);
  private static final Font SMALL =
      new Font(Font.HELVETICA, 8, Font.NORMAL, new Color(0x55, 0x55, 0x55));
  private static final float MARGIN = 50;

  private final String childName;
  private final LocalDate birthDate;
  private final String organisation;
  private final List<Diary.Entry> entries;
  private final Function<UUID, byte[]> photos;

  DiaryPdf(
      String childName,
      LocalDate birthDate,
      String organisation,
      List<Diary.Entry> entries,
      Function<UUID, byte[]> photos) {
    this.childName = Objects.requireNonNull(childName);
    this.birthDate = Objects.requireNonNull(birthDate);
    this.organisation = Objects.requireNonNull(organisation);
    this.entries = List.copyOf(entries);
    this.photos = Objects.requireNonNull(photos);
  }

  /** Writes the PDF and leaves {@code out} open (it may be an HTTP response). */
  void writeTo(OutputStream out) {
    Document document = new Document(PageSize.A4, MARGIN, MARGIN, MARGIN, MARGIN);
    try {
      PdfWriter writer = PdfWriter.getInstance(document, out);
      writer.setCloseStream(false);
      document.addTitle("Dagboek van " + childName);
      document.addAuthor(organisation);
      document.addCreator("Ouderportaal");
      document.open();
      add(document, new Paragraph("Dagboek van " + childName, TITLE));
      add(
          document,
          paragraph(
              "Geboren op "
                  + birthDate.format(DateTimeFormatter.ofPattern("d MMMM yyyy", DUTCH))
                  + " · "
                  + organisation,
              SMALL,
              4));
      if (entries.isEmpty()) {
        add(document, paragraph("Er staat nog niets in het dagboek.", TEXT, 24));
      }
      for (Diary.Entry entry : entries) {
        entry(document, entry);
      }
      document.close();
    } catch (ExceptionConverter e) {
      if (e.getException() instanceof IOException io) {
        throw new UncheckedIOException(io);
      }
      throw e;
    }
  }

  private void entry(Document document, Diary.Entry entry) {
    add(document, paragraph(capitalised(entry.careDay().format(DAY)), HEADING, 20));
    add(
        document,
        paragraph(
            (entry.byStaff() ? "Van de groep: " : "Van thuis: ")
                + entry.authorName()
                + " om "
                + TIME.format(entry.writtenAt()),
            SMALL,
            2));
    add(document, paragraph(entry.text(), TEXT, 6));
    field(document, "Eten en drinken", entry.eating());
    field(document, "Slapen", entry.sleeping());
    field(document, "Luiers", entry.nappies());
    if (entry.mood() != null) {
      field(document, "Stemming", mood(entry.mood()));
    }
    for (PhotoRef photo : entry.photos()) {
      try {
        Image image = Image.getInstance(photos.apply(photo.id()));
        image.scaleToFit(PageSize.A4.getWidth() - 2 * MARGIN, 360);
        image.setSpacingBefore(8);
        image.setAlignment(Element.ALIGN_CENTER);
        add(document, image);
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
  }

  private static void field(Document document, String label, String value) {
    if (value == null || value.isBlank()) {
      return;
    }
    Paragraph paragraph = new Paragraph();
    paragraph.add(new com.lowagie.text.Chunk(label + ": ", LABEL));
    paragraph.add(new com.lowagie.text.Chunk(value, TEXT));
    paragraph.setSpacingBefore(2);
    add(document, paragraph);
  }

  static String mood(Mood mood) {
    return switch (mood) {
      case HAPPY -> "vrolijk";
      case CONTENT -> "tevreden";
      case TIRED -> "moe";
      case GRUMPY -> "hangerig";
      case UNWELL -> "niet lekker";
    };
  }

  private static Paragraph paragraph(String text, Font font, float spaceBefore) {
    Paragraph paragraph = new Paragraph(text, font);
    paragraph.setSpacingBefore(spaceBefore);
    return paragraph;
  }

  private static String capitalised(String text) {
    return text.isEmpty() ? text : Character.toUpperCase(text.charAt(0)) + text.substring(1);
  }

  private static void add(Document document, Element element) {
    try {
      document.add(element);
    } catch (DocumentException e) {
      throw new IllegalStateException("cannot add to the diary PDF", e);
    }
  }
}
