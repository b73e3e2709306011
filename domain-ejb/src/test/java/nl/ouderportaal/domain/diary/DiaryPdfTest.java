package nl.ouderportaal.domain.diary;

import static org.assertj.core.api.Assertions.assertThat;

import com.lowagie.text.pdf.PdfName;
import com.lowagie.text.pdf.PdfObject;
import com.lowagie.text.pdf.PdfReader;
import com.lowagie.text.pdf.PdfStream;
import com.lowagie.text.pdf.parser.PdfTextExtractor;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * The renderer of 'dagboek downloaden' and of the stored export: every entry in the order given,
 * and exactly the photos it is given, each fetched once.
 */
class DiaryPdfTest {

  private static final byte[] PHOTO = TestImages.jpeg(TestImages.plain(320, 240));

  private final List<UUID> fetched = new ArrayList<>();

  @Test
  void everyEntryInTheGivenOrderWithItsFields() throws IOException {
    byte[] pdf =
        pdf(
            List.of(
                entry("Eerste hapjes fruit", LocalDate.of(2026, 3, 2), List.of()),
                entry("Thuis de eerste tand", LocalDate.of(2026, 3, 3), List.of()),
                entry("Veel gekropen vandaag", LocalDate.of(2026, 3, 4), List.of())));

    String text = text(pdf);
    assertThat(text).contains("Dagboek van Abel Aalbers", "Opvang De Zon", "Appel", "vrolijk");
    assertThat(text.indexOf("Eerste hapjes fruit"))
        .isLessThan(text.indexOf("Thuis de eerste tand"));
    assertThat(text.indexOf("Thuis de eerste tand"))
        .isLessThan(text.indexOf("Veel gekropen vandaag"));
    assertThat(images(pdf)).isZero();
  }

  @Test
  void exactlyThePhotosOfTheEntriesEachFetchedOnce() throws IOException {
    UUID first = UUID.randomUUID();
    UUID second = UUID.randomUUID();

    byte[] pdf =
        pdf(
            List.of(
                entry("Met twee foto's", LocalDate.of(2026, 3, 2), List.of(first, second)),
                entry("Zonder foto", LocalDate.of(2026, 3, 3), List.of())));

    assertThat(images(pdf)).isEqualTo(2);
    assertThat(fetched).containsExactly(first, second);
  }

  @Test
  void anEmptyDiarySaysSo() throws IOException {
    assertThat(text(pdf(List.of()))).contains("Er staat nog niets in het dagboek.");
  }

  private byte[] pdf(List<Diary.Entry> entries) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    new DiaryPdf(
            "Abel Aalbers",
            LocalDate.of(2025, 9, 1),
            "Opvang De Zon",
            entries,
            id -> {
              fetched.add(id);
              return PHOTO;
            })
        .writeTo(out);
    return out.toByteArray();
  }

  private static Diary.Entry entry(String text, LocalDate day, List<UUID> photos) {
    return new Diary.Entry(
        UUID.randomUUID(),
        "Lisa",
        true,
        day.atTime(15, 0).atZone(java.time.ZoneId.of("Europe/Amsterdam")).toInstant(),
        day,
        text,
        "Appel",
        "Twee uur",
        null,
        Mood.HAPPY,
        photos.stream()
            .map(id -> new PhotoRef(id, 320, 240, null, Instant.EPOCH, List.of("Abel")))
            .toList());
  }

  private static String text(byte[] pdf) throws IOException {
    PdfReader reader = new PdfReader(pdf);
    try {
      PdfTextExtractor extractor = new PdfTextExtractor(reader);
      StringBuilder text = new StringBuilder();
      for (int page = 1; page <= reader.getNumberOfPages(); page++) {
        text.append(extractor.getTextFromPage(page)).append('\n');
      }
      return text.toString();
    } finally {
      reader.close();
    }
  }

  /** The image objects in a PDF: one per photo placed in it. */
  static int images(byte[] pdf) throws IOException {
    PdfReader reader = new PdfReader(pdf);
    try {
      int images = 0;
      for (int i = 1; i < reader.getXrefSize(); i++) {
        PdfObject object = reader.getPdfObject(i);
        if (object instanceof PdfStream stream
            && PdfName.IMAGE.equals(stream.get(PdfName.SUBTYPE))) {
          images++;
        }
      }
      return images;
    } finally {
      reader.close();
    }
  }
}
