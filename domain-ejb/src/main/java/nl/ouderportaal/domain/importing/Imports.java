package nl.ouderportaal.domain.importing;

import jakarta.annotation.Resource;
import jakarta.ejb.EJB;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.Serializable;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import nl.ouderportaal.domain.account.UserAccount;
import nl.ouderportaal.domain.audit.AuditLog;
import nl.ouderportaal.domain.document.Blobs;
import nl.ouderportaal.domain.job.JobKind;
import nl.ouderportaal.domain.job.JobRunner;
import nl.ouderportaal.domain.job.Jobs;
import nl.ouderportaal.domain.platform.BusinessException;
import nl.ouderportaal.domain.platform.CurrentUser;
import nl.ouderportaal.domain.platform.NotFoundException;
import nl.ouderportaal.domain.platform.Role;

/**
 * 'Organisatie importeren' on the Taken page: the service desk uploads the old system's files (CSV
 * files, or one ZIP with them), which are checked at once by the import job (every problem listed
 * with file, line and column, nothing stored); then imports everything, or only the families
 * without problems. Importing again is safe: the old system's ids make it idempotent. Only the
 * service desk, for their own organisation.
 */
@Stateless
public class Imports {

  /** How the import job runs: check only, import everything, or only the clean families. */
  public enum Mode {
    CHECK,
    IMPORT_ALL,
    IMPORT_CLEAN
  }

  /** Job parameter: the upload. */
  public static final String UPLOAD = "upload";

  /** Job parameter: the {@link Mode}. */
  public static final String MODE = "mode";

  /** The largest page of problems given at once. */
  public static final int MAX_PAGE = 200;

  /** A file as the service desk uploads it: its name, declared size, and content. */
  public record Upload(String name, long size, InputStream content) {}

  /** An upload as the Taken page shows it. */
  public record UploadView(
      UUID id,
      String fileNames,
      long totalBytes,
      Instant uploadedAt,
      ImportUpload.Status status,
      Integer families,
      Integer cleanFamilies,
      Integer problemCount,
      Instant checkedAt,
      Integer imported,
      Instant importedAt)
      implements Serializable {

    public boolean isChecked() {
      return checkedAt != null;
    }

    public boolean isClean() {
      return isChecked() && problemCount != null && problemCount == 0;
    }
  }

  @PersistenceContext private EntityManager em;

  @EJB(lookup = JobRunner.JNDI_NAME)
  private JobRunner runner;

  @Resource private SessionContext context;
  @Inject private CurrentUser currentUser;
  @Inject private Blobs blobs;
  @Inject private AuditLog audit;
  @Inject private Clock clock;

  /**
   * Keeps the files and starts their check. Refused at once, with nothing kept, when there are no
   * files, a file is not a CSV or ZIP file, or a file or all together are too large.
   *
   * @return the upload's id
   */
  @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
  public UUID upload(List<Upload> files) {
    UUID actor = currentUser.require(Role.SERVICEDESK);
    // kept in a transaction of its own: the job's thread must find the upload committed
    ImportUpload upload = context.getBusinessObject(Imports.class).keep(files);
    start(upload, Mode.CHECK, actor);
    return upload.id();
  }

  /**
   * Checks the files' names and sizes, keeps them and records the upload; see {@link
   * #upload(List)}.
   */
  @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
  public ImportUpload keep(List<Upload> files) {
    UUID actor = currentUser.require(Role.SERVICEDESK);
    UUID organisation = organisation(actor);
    if (files == null || files.isEmpty()) {
      throw new BusinessException("import.noFiles").on("files");
    }
    long total = 0;
    for (Upload file : files) {
      String name = file.name() == null ? "" : file.name().toLowerCase(Locale.ROOT);
      if (!name.endsWith(".csv") && !name.endsWith(".zip")) {
        throw new BusinessException("import.fileType", file.name()).on("files");
      }
      if (file.size() > ImportLimits.MAX_UPLOAD_BYTES) {
        throw new BusinessException(
                "import.tooLarge",
                file.name(),
                ImportLimits.megabytes(file.size()),
                ImportLimits.megabytes(ImportLimits.MAX_UPLOAD_BYTES))
            .on("files");
      }
      total += file.size();
    }
    if (total > ImportLimits.MAX_UPLOAD_BYTES) {
      throw new BusinessException(
              "import.totalTooLarge",
              ImportLimits.megabytes(total),
              ImportLimits.megabytes(ImportLimits.MAX_UPLOAD_BYTES))
          .on("files");
    }
    requireNoRunning(organisation);
    List<ImportUpload.File> stored = new ArrayList<>();
    long bytes = 0;
    for (Upload file : files) {
      byte[] content = read(file);
      bytes += content.length;
      String type =
          file.name().toLowerCase(Locale.ROOT).endsWith(".zip") ? "application/zip" : "text/csv";
      stored.add(
          new ImportUpload.File(file.name(), blobs.store(type, new ByteArrayInputStream(content))));
    }
    ImportUpload upload = new ImportUpload(organisation, actor, clock.instant(), stored, bytes);
    em.persist(upload);
    audit.record(actor, "IMPORT_UPLOADED", "ORGANISATION", organisation, upload.fileNames());
    return upload;
  }

  /**
   * Imports a checked upload: everything (only when the check found no problem), or only the
   * families without problems. The job checks again first, against the database as it is then.
   */
  @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
  public long importUpload(UUID uploadId, boolean onlyClean) {
    UUID actor = currentUser.require(Role.SERVICEDESK);
    // marked in a transaction of its own, so that the page follows the run from its start
    ImportUpload upload = context.getBusinessObject(Imports.class).startImport(uploadId, onlyClean);
    return start(upload, onlyClean ? Mode.IMPORT_CLEAN : Mode.IMPORT_ALL, actor);
  }

  /**
   * Checks that the upload can be imported and marks it being imported; see {@link #importUpload}.
   */
  @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
  public ImportUpload startImport(UUID uploadId, boolean onlyClean) {
    UUID actor = currentUser.require(Role.SERVICEDESK);
    ImportUpload upload = upload(uploadId, organisation(actor));
    if (upload.checkedAt() == null) {
      throw new BusinessException("import.notChecked");
    }
    if (!onlyClean && upload.problemCount() != null && upload.problemCount() > 0) {
      throw new BusinessException("import.notClean", upload.problemCount());
    }
    requireNoRunning(upload.organisationId());
    audit.record(
        actor,
        "IMPORT_STARTED",
        "ORGANISATION",
        upload.organisationId(),
        upload.fileNames() + (onlyClean ? " (only families without problems)" : ""));
    upload.importing();
    return upload;
  }

  /** The organisation's latest upload. */
  public Optional<UploadView> latest() {
    UUID organisation = organisation(currentUser.require(Role.SERVICEDESK));
    return em.createNamedQuery("ImportUpload.latestOfOrganisation", ImportUpload.class)
        .setParameter("organisation", organisation)
        .setMaxResults(1)
        .getResultStream()
        .findFirst()
        .map(Imports::view);
  }

  public UploadView upload(UUID uploadId) {
    return view(upload(uploadId, organisation(currentUser.require(Role.SERVICEDESK))));
  }

  /** A page of what the check of an upload found, in file and line order. */
  public List<ImportProblem> problems(UUID uploadId, int first, int max) {
    ImportUpload upload = upload(uploadId, organisation(currentUser.require(Role.SERVICEDESK)));
    return em.createNamedQuery("StoredProblem.ofUpload", StoredProblem.class)
        .setParameter("upload", upload.id())
        .setFirstResult(Math.max(0, first))
        .setMaxResults(Math.min(Math.max(1, max), MAX_PAGE))
        .getResultStream()
        .map(StoredProblem::problem)
        .toList();
  }

  private long start(ImportUpload upload, Mode mode, UUID actor) {
    return runner.start(
        JobKind.ORGANISATION_IMPORT.jobName(),
        Map.of(
            UPLOAD,
            upload.id().toString(),
            MODE,
            mode.name(),
            Jobs.ORGANISATION,
            upload.organisationId().toString(),
            Jobs.STARTED_BY,
            actor.toString()));
  }

  /** One import at a time per organisation: a second would check against half of the first. */
  private void requireNoRunning(UUID organisation) {
    boolean running =
        em.createNamedQuery("JobRun.ofOrganisationAndJob", Long.class)
            .setParameter("organisation", organisation)
            .setParameter("job", JobKind.ORGANISATION_IMPORT.jobName())
            .setMaxResults(3)
            .getResultStream()
            .map(runner::execution)
            .flatMap(Optional::stream)
            .anyMatch(e -> Jobs.isUnfinished(e.status()));
    if (running) {
      throw new BusinessException("import.running");
    }
  }

  private static byte[] read(Upload file) {
    try (InputStream in = file.content()) {
      byte[] content = in.readNBytes((int) ImportLimits.MAX_UPLOAD_BYTES + 1);
      if (content.length > ImportLimits.MAX_UPLOAD_BYTES) {
        throw new BusinessException(
                "import.tooLarge",
                file.name(),
                ImportLimits.megabytes(content.length),
                ImportLimits.megabytes(ImportLimits.MAX_UPLOAD_BYTES))
            .on("files");
      }
      return content;
    } catch (IOException unreadable) {
      throw new UncheckedIOException(unreadable);
    }
  }

  private ImportUpload upload(UUID uploadId, UUID organisation) {
    ImportUpload upload = uploadId == null ? null : em.find(ImportUpload.class, uploadId);
    if (upload == null || !upload.organisationId().equals(organisation)) {
      throw new NotFoundException();
    }
    return upload;
  }

  private UUID organisation(UUID account) {
    return em.find(UserAccount.class, account).organisation().id();
  }

  private static UploadView view(ImportUpload u) {
    return new UploadView(
        u.id(),
        u.fileNames(),
        u.totalBytes(),
        u.uploadedAt(),
        u.status(),
        u.families(),
        u.cleanFamilies(),
        u.problemCount(),
        u.checkedAt(),
        u.imported(),
        u.importedAt());
  }
}
