package nl.ouderportaal.domain.document;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.Serializable;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import nl.ouderportaal.domain.audit.AuditLog;
import nl.ouderportaal.domain.family.ChildAccess;
import nl.ouderportaal.domain.family.Family;
import nl.ouderportaal.domain.platform.BusinessException;
import nl.ouderportaal.domain.platform.CurrentUser;
import nl.ouderportaal.domain.platform.NotFoundException;
import nl.ouderportaal.domain.platform.Role;

/**
 * 'Documenten en jaaropgaven': the documents of a family (contracts, invoices, annual statements,
 * diary exports, others) for its parents and the service desk, each downloadable; and the service
 * desk's upload of another PDF for a family. A document of another family, or one whose time for
 * the parents has passed, does not exist for the caller.
 */
@Stateless
public class Documents {

  /**
   * A document in a list.
   *
   * @param visibleUntil the last day the parents see it, or null for as long as they have access
   */
  public record Line(
      UUID id, DocumentKind kind, String title, Instant createdAt, LocalDate visibleUntil)
      implements Serializable {}

  /** The largest page of a family's documents given at once. */
  public static final int MAX_PAGE = 100;

  @PersistenceContext private EntityManager em;
  @Inject private ChildAccess access;
  @Inject private CurrentUser currentUser;
  @Inject private Blobs blobs;
  @Inject private AuditLog audit;
  @Inject private Clock clock;

  /** The calling parent's family's documents, newest first. */
  public List<Line> mine() {
    return of(access.familyOfCaller().id(), true);
  }

  /** A page of a family's documents, for the service desk of its organisation; newest first. */
  public List<Line> ofFamily(UUID familyId, int first, int max) {
    currentUser.require(Role.SERVICEDESK);
    return em.createNamedQuery("Document.ofFamily", Document.class)
        .setParameter("family", access.readableFamily(familyId).id())
        .setFirstResult(Math.max(first, 0))
        .setMaxResults(Math.min(Math.max(max, 1), MAX_PAGE))
        .getResultStream()
        .map(Documents::line)
        .toList();
  }

  /** How many documents a family has, for the service desk of its organisation. */
  public long countOfFamily(UUID familyId) {
    currentUser.require(Role.SERVICEDESK);
    return em.createNamedQuery("Document.countOfFamily", Long.class)
        .setParameter("family", access.readableFamily(familyId).id())
        .getSingleResult();
  }

  /** How to answer a download of the document, if the caller may have it. */
  public FileDownload download(UUID documentId) {
    Document document = readable(documentId);
    BlobInfo blob = blobs.info(document.blobId()).orElseThrow(NotFoundException::new);
    return new FileDownload(
        document.fileName(), blob.contentType(), blob.sizeBytes(), blob.sha256());
  }

  /** Streams the document's file to {@code out}, if the caller may have it. */
  public void streamTo(UUID documentId, OutputStream out) {
    blobs.streamTo(readable(documentId).blobId(), out);
  }

  /**
   * The service desk gives a family another document, e.g. a signed contract: a PDF (decided by its
   * first bytes) of at most {@link PdfUpload#MAX_BYTES}. A refused file leaves nothing behind.
   *
   * @param declaredSize the size the browser said, -1 when unknown; checked again while storing
   * @throws BusinessException {@code document.titleRequired}, {@code document.kindNotAllowed},
   *     {@code document.empty}, {@code document.notPdf} or {@code document.tooLarge}
   */
  public UUID upload(
      UUID familyId,
      DocumentKind kind,
      String title,
      String fileName,
      long declaredSize,
      InputStream content) {
    UUID actor = currentUser.require(Role.SERVICEDESK);
    Family family = access.readableFamily(familyId);
    if (kind != DocumentKind.CONTRACT && kind != DocumentKind.OTHER) {
      throw new BusinessException("document.kindNotAllowed").on("kind");
    }
    if (title == null || title.isBlank() || title.strip().length() > 200) {
      throw new BusinessException("document.titleRequired").on("title");
    }
    UUID blob = PdfUpload.store(blobs, declaredSize, content);
    Document document =
        new Document(
            family.id(),
            kind,
            title,
            fileName == null || fileName.isBlank() ? title : fileName,
            blob,
            clock.instant(),
            actor,
            null);
    em.persist(document);
    audit.record(
        actor,
        "DOCUMENT_UPLOADED",
        "FAMILY",
        family.id(),
        kind + " " + document.title() + " (" + document.id() + ")");
    return document.id();
  }

  private List<Line> of(UUID familyId, boolean forParents) {
    LocalDate today = LocalDate.now(clock);
    return em.createNamedQuery("Document.ofFamily", Document.class)
        .setParameter("family", familyId)
        .getResultStream()
        .filter(d -> !forParents || d.isVisibleOn(today))
        .map(Documents::line)
        .toList();
  }

  private static Line line(Document d) {
    return new Line(d.id(), d.kind(), d.title(), d.createdAt(), d.visibleUntil());
  }

  /** The document, if the caller may have it: parents only while it is visible to them. */
  private Document readable(UUID documentId) {
    Document document = documentId == null ? null : em.find(Document.class, documentId);
    if (document == null) {
      throw new NotFoundException();
    }
    access.readableFamily(document.familyId());
    if (!currentUser.is(Role.SERVICEDESK) && !document.isVisibleOn(LocalDate.now(clock))) {
      throw new NotFoundException();
    }
    return document;
  }
}
