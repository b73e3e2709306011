package nl.ouderportaal.domain.diary;

import jakarta.enterprise.inject.spi.CDI;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.UUID;
import nl.ouderportaal.domain.platform.BusinessException;

/**
 * Serves photos, album ZIPs and diary PDFs, each only after the boundary said the caller may see it
 * (a guessed or foreign id answers 404, the same as one that does not exist). Mapped by each web
 * module's web.xml at {@code /files/*}:
 *
 * <ul>
 *   <li>{@code /files/photo/<id>}, {@code /files/photo/<id>/thumb}; {@code ?download} for a file
 *   <li>{@code /files/album/<id>.zip}
 *   <li>{@code /files/diary/<child id>.pdf}; an empty diary has none: the answer is the diary page,
 *       which says so
 * </ul>
 *
 * Photos carry an ETag and {@code Cache-Control: private, no-cache}: the browser may keep them, but
 * asks again each time, so withdrawn consent or ended access takes effect at once.
 */
public class DiaryFiles extends HttpServlet {

  @Override
  protected void doGet(HttpServletRequest request, HttpServletResponse response)
      throws IOException {
    String[] path =
        request.getPathInfo() == null
            ? new String[0]
            : request.getPathInfo().substring(1).split("/");
    try {
      if (path.length >= 2 && path[0].equals("photo")) {
        photo(request, response, id(path[1]), path.length == 3 && path[2].equals("thumb"));
      } else if (path.length == 2 && path[0].equals("album") && path[1].endsWith(".zip")) {
        UUID album = id(path[1].substring(0, path[1].length() - 4));
        Photos photos = CDI.current().select(Photos.class).get();
        String name = photos.albumName(album);
        response.setContentType("application/zip");
        response.setHeader("Cache-Control", "private, no-store");
        response.setHeader(
            "Content-Disposition", "attachment; filename=\"" + fileName(name) + ".zip\"");
        photos.zipAlbum(album, response.getOutputStream());
      } else if (path.length == 2 && path[0].equals("diary") && path[1].endsWith(".pdf")) {
        UUID child = id(path[1].substring(0, path[1].length() - 4));
        Diary diary = CDI.current().select(Diary.class).get();
        String name;
        try {
          name = diary.exportName(child);
        } catch (BusinessException refused) {
          if (!"diary.empty".equals(refused.messageKey())) {
            throw refused;
          }
          // an old link or page: the diary page says there is nothing in it, and why
          response.sendRedirect(
              request.getContextPath() + "/diary.xhtml?child=" + child + "&nothingToDownload");
          return;
        }
        response.setContentType("application/pdf");
        response.setHeader("Cache-Control", "private, no-store");
        response.setHeader(
            "Content-Disposition", "attachment; filename=\"dagboek-" + fileName(name) + ".pdf\"");
        diary.exportPdf(child, response.getOutputStream());
      } else {
        response.sendError(HttpServletResponse.SC_NOT_FOUND);
      }
    } catch (BusinessException | IllegalArgumentException notTheirs) {
      if (!response.isCommitted()) {
        // not reset(): that would drop the security headers set before this servlet ran
        response.sendError(HttpServletResponse.SC_NOT_FOUND);
      }
    }
  }

  private static void photo(
      HttpServletRequest request, HttpServletResponse response, UUID id, boolean thumbnail)
      throws IOException {
    Photos photos = CDI.current().select(Photos.class).get();
    Photo.Size size = thumbnail ? Photo.Size.THUMBNAIL : Photo.Size.WEB;
    Photos.Served served = photos.serve(id, size);
    String etag = "\"" + served.etag() + "\"";
    response.setHeader("ETag", etag);
    response.setHeader("Cache-Control", "private, no-cache");
    if (etag.equals(request.getHeader("If-None-Match"))) {
      response.setStatus(HttpServletResponse.SC_NOT_MODIFIED);
      return;
    }
    response.setContentType(served.contentType());
    response.setContentLengthLong(served.size());
    boolean download = request.getParameter("download") != null;
    response.setHeader(
        "Content-Disposition",
        (download ? "attachment" : "inline")
            + "; filename=\"foto-"
            + id.toString().substring(0, 8)
            + ".jpg\"");
    photos.stream(id, size, response.getOutputStream());
  }

  private static UUID id(String text) {
    return UUID.fromString(text);
  }

  /** A name safe for a Content-Disposition header: letters, digits and dashes only. */
  static String fileName(String name) {
    String safe =
        java.text.Normalizer.normalize(name, java.text.Normalizer.Form.NFD)
            .replaceAll("\\p{M}", "")
            .replaceAll("[^A-Za-z0-9]+", "-");
    safe = safe.replaceAll("^-+|-+$", "").toLowerCase(java.util.Locale.ROOT);
    return safe.isEmpty() ? "download" : safe;
  }
}
