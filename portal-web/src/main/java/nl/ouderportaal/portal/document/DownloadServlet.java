package nl.ouderportaal.portal.document;

import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.util.UUID;
import java.util.function.BiConsumer;
import java.util.function.Function;
import nl.ouderportaal.domain.billing.ContractConfirmations;
import nl.ouderportaal.domain.billing.Invoices;
import nl.ouderportaal.domain.document.Documents;
import nl.ouderportaal.domain.document.FileDownload;
import nl.ouderportaal.domain.news.News;
import nl.ouderportaal.domain.platform.NotFoundException;

/**
 * Every PDF of the family: {@code /download/invoice/<id>}, {@code /download/document/<id>}, a
 * contract's confirmation, made on request, {@code /download/contract/<contract id>}, and a news
 * item's newsletter, {@code /download/newsletter/<news item id>}. The boundary decides whether the
 * caller may have it; anything else, a malformed id included, is 404. Always an attachment, never
 * cached by anyone but the parent's own browser for this response, with a strong ETag from the
 * content's SHA-256. The web.xml constraint lets only parents in.
 */
@WebServlet("/download/*")
public class DownloadServlet extends HttpServlet {

  private static final System.Logger LOG = System.getLogger(DownloadServlet.class.getName());

  @Inject private Invoices invoices;
  @Inject private Documents documents;
  @Inject private ContractConfirmations contracts;
  @Inject private News news;

  @Override
  protected void doGet(HttpServletRequest request, HttpServletResponse response)
      throws IOException {
    String[] path =
        request.getPathInfo() == null ? new String[0] : request.getPathInfo().split("/");
    if (path.length != 3) {
      response.sendError(HttpServletResponse.SC_NOT_FOUND);
      return;
    }
    UUID id;
    try {
      id = UUID.fromString(path[2]);
    } catch (IllegalArgumentException notAnId) {
      response.sendError(HttpServletResponse.SC_NOT_FOUND);
      return;
    }
    switch (path[1]) {
      case "invoice" -> send(id, invoices::download, invoices::streamPdf, request, response);
      case "document" -> send(id, documents::download, documents::streamTo, request, response);
      case "newsletter" -> send(id, news::newsletter, news::streamNewsletter, request, response);
      case "contract" -> sendContract(id, request, response);
      default -> response.sendError(HttpServletResponse.SC_NOT_FOUND);
    }
  }

  /** A confirmation is made once per request: its description and its bytes come together. */
  private void sendContract(UUID id, HttpServletRequest request, HttpServletResponse response)
      throws IOException {
    ContractConfirmations.Pdf pdf;
    try {
      pdf = contracts.pdf(id);
    } catch (NotFoundException notTheirs) {
      response.sendError(HttpServletResponse.SC_NOT_FOUND);
      return;
    }
    send(
        id,
        sameId -> pdf.file(),
        (sameId, out) -> {
          try {
            out.write(pdf.content());
          } catch (IOException goneAway) {
            throw new UncheckedIOException(goneAway);
          }
        },
        request,
        response);
  }

  private static void send(
      UUID id,
      Function<UUID, FileDownload> describe,
      BiConsumer<UUID, OutputStream> stream,
      HttpServletRequest request,
      HttpServletResponse response)
      throws IOException {
    FileDownload file;
    try {
      file = describe.apply(id);
    } catch (NotFoundException notTheirs) {
      response.sendError(HttpServletResponse.SC_NOT_FOUND);
      return;
    }
    String etag = "\"" + file.sha256() + "\"";
    response.setHeader("Cache-Control", "private, no-store");
    response.setHeader("X-Content-Type-Options", "nosniff");
    response.setHeader("ETag", etag);
    if (etag.equals(request.getHeader("If-None-Match"))) {
      response.setStatus(HttpServletResponse.SC_NOT_MODIFIED);
      return;
    }
    response.setContentType("application/pdf");
    response.setContentLengthLong(file.sizeBytes());
    response.setHeader("Content-Disposition", "attachment; filename=\"" + file.fileName() + "\"");
    try {
      stream.accept(id, response.getOutputStream());
    } catch (UncheckedIOException goneAway) {
      LOG.log(System.Logger.Level.DEBUG, "Download of {0} broke off: {1}", id, goneAway);
    }
  }
}
