package nl.ouderportaal.backoffice.document;

import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.UUID;
import nl.ouderportaal.domain.billing.ContractConfirmations;
import nl.ouderportaal.domain.document.FileDownload;
import nl.ouderportaal.domain.platform.NotFoundException;

/**
 * The confirmation of a contract as the parents get it, for the service desk on the family page:
 * {@code /download/contract/<contract id>}. The boundary decides whether the caller may have it (a
 * group worker, or the service desk of another organisation, may not); anything else, a malformed
 * id included, is 404. Always an attachment, never kept by a cache, the same headers as the
 * portal's downloads.
 */
@WebServlet("/download/contract/*")
public class ContractDownloadServlet extends HttpServlet {

  @Inject private ContractConfirmations contracts;

  @Override
  protected void doGet(HttpServletRequest request, HttpServletResponse response)
      throws IOException {
    ContractConfirmations.Pdf pdf;
    try {
      String id = request.getPathInfo() == null ? "" : request.getPathInfo().substring(1);
      pdf = contracts.pdf(UUID.fromString(id));
    } catch (IllegalArgumentException | NotFoundException notTheirs) {
      response.sendError(HttpServletResponse.SC_NOT_FOUND);
      return;
    }
    FileDownload file = pdf.file();
    response.setHeader("Cache-Control", "private, no-store");
    response.setHeader("X-Content-Type-Options", "nosniff");
    response.setHeader("ETag", "\"" + file.sha256() + "\"");
    response.setContentType(file.contentType());
    response.setContentLengthLong(file.sizeBytes());
    response.setHeader("Content-Disposition", "attachment; filename=\"" + file.fileName() + "\"");
    response.getOutputStream().write(pdf.content());
  }
}
