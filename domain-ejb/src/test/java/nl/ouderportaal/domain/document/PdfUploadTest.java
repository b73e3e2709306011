package nl.ouderportaal.domain.document;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import nl.ouderportaal.domain.platform.BusinessException;
import org.junit.jupiter.api.Test;

/** An upload is let through only as a PDF (by its first bytes) of allowed size. */
class PdfUploadTest {

  private static InputStream bytes(String text) {
    return new ByteArrayInputStream(text.getBytes(StandardCharsets.ISO_8859_1));
  }

  @Test
  void aPdfPassesByteForByte() throws Exception {
    String pdf = "%PDF-1.7\n1 0 obj << >> endobj\n%%EOF\n";

    try (PdfUpload upload = PdfUpload.checked(bytes(pdf))) {
      assertThat(new String(upload.readAllBytes(), StandardCharsets.ISO_8859_1)).isEqualTo(pdf);
      assertThat(upload.size()).isEqualTo(pdf.length());
      assertThat(upload.refusal()).isEmpty();
    }
  }

  @Test
  void aFileThatOnlyCallsItselfPdfIsRefused() {
    assertThatThrownBy(() -> PdfUpload.checked(bytes("<html><script>alert(1)</script>")))
        .isInstanceOf(BusinessException.class)
        .extracting(e -> ((BusinessException) e).messageKey(), e -> ((BusinessException) e).field())
        .containsExactly("document.notPdf", "file");
  }

  @Test
  void aFileShorterThanThePdfHeaderIsRefused() {
    assertThatThrownBy(() -> PdfUpload.checked(bytes("%PD")))
        .extracting(e -> ((BusinessException) e).messageKey())
        .isEqualTo("document.notPdf");
  }

  @Test
  void anEmptyFileIsRefused() {
    assertThatThrownBy(() -> PdfUpload.checked(bytes("")))
        .extracting(e -> ((BusinessException) e).messageKey())
        .isEqualTo("document.empty");
  }

  @Test
  void aFileLargerThanTheLimitIsStoppedWhileItIsReadAndTheRefusalIsKept() throws Exception {
    PdfUpload upload = PdfUpload.checked(bytes("%PDF-" + "x".repeat(100)), 50);

    assertThatThrownBy(upload::readAllBytes)
        .extracting(e -> ((BusinessException) e).messageKey())
        .isEqualTo("document.tooLarge");
    assertThat(upload.refusal()).map(BusinessException::messageKey).contains("document.tooLarge");
  }

  @Test
  void aDeclaredSizeOverTenMegabytesIsRefusedBeforeReading() {
    assertThatThrownBy(() -> PdfUpload.checkDeclaredSize(PdfUpload.MAX_BYTES + 1))
        .extracting(
            e -> ((BusinessException) e).messageKey(), e -> ((BusinessException) e).arguments())
        .containsExactly("document.tooLarge", java.util.List.of(10L));
    PdfUpload.checkDeclaredSize(PdfUpload.MAX_BYTES);
  }

  @Test
  void fileNamesAreSafeForAHeaderAndADisk() {
    assertThat(FileNames.safe("Contract Noë \"de\" Vries.PDF"))
        .isEqualTo("contract-noe-de-vries.pdf");
    assertThat(FileNames.safe("../../etc/passwd")).isEqualTo("etc-passwd.pdf");
    assertThat(FileNames.safe("factuur-2026-000001")).isEqualTo("factuur-2026-000001.pdf");
    assertThat(FileNames.safe("  ")).isEqualTo("document.pdf");
  }
}
