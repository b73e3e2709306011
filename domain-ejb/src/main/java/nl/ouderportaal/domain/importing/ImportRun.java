package nl.ouderportaal.domain.importing;

import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.io.ByteArrayOutputStream;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import nl.ouderportaal.domain.document.Blobs;

/**
 * The import job's side of an import, for the organisation and on behalf of the service desk
 * employee who started it (both job parameters; the service desk's boundary {@link Imports} checked
 * them when it started the run). Checking reads the uploaded files and the database as they are
 * now, and keeps what it found with the upload; importing stores what the check let through.
 */
@Stateless
public class ImportRun {

  /**
   * An upload read, parsed and checked, as the job's steps use it, with what the database held then
   * that the writer needs: our records of the old system's ids, the e-mail addresses that have an
   * account, and the family of each stored child.
   */
  public record Prepared(
      UUID uploadId,
      UUID organisationId,
      UUID actor,
      ImportRows.Parsed parsed,
      ImportCheck.Checked checked,
      ExternalIds externalIds,
      Set<String> accountEmails,
      Map<String, String> familyOfStoredChild) {}

  @PersistenceContext private EntityManager em;
  @Inject private Blobs blobs;
  @Inject private ExistingLoader existing;
  @Inject private ImportWriter writer;
  @Inject private Clock clock;

  /**
   * Reads the upload's files and checks them against the database as it is now, and keeps the
   * problems and counts with the upload (those of an earlier check are replaced).
   */
  @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
  public Prepared check(UUID uploadId, UUID organisationId) {
    ImportUpload upload = upload(uploadId, organisationId);
    List<UploadedFile> files = new ArrayList<>();
    for (ImportUpload.File file : upload.files()) {
      ByteArrayOutputStream content = new ByteArrayOutputStream();
      blobs.streamTo(file.blobId(), content);
      files.add(new UploadedFile(file.fileName(), content.toByteArray()));
    }
    LocalDate today = LocalDate.now(clock);
    ImportFiles.Read read = ImportFiles.read(files);
    ImportRows.Parsed parsed = ImportRows.parse(read, today);
    ExternalIds externalIds = existing.externalIds(organisationId);
    Existing stored = existing.load(organisationId, externalIds);
    ImportCheck.Checked checked = ImportCheck.check(read, parsed, stored, today);
    Map<String, String> familyOfStoredChild = new HashMap<>();
    stored.children().forEach(c -> familyOfStoredChild.put(c.externalId(), c.familyId()));
    em.createNamedQuery("StoredProblem.deleteOfUpload")
        .setParameter("upload", uploadId)
        .executeUpdate();
    int position = 0;
    for (ImportProblem problem : checked.problems()) {
      em.persist(new StoredProblem(uploadId, position++, problem));
    }
    upload.checked(
        checked.families(),
        checked.cleanFamilies().size(),
        checked.problems().size(),
        clock.instant());
    return new Prepared(
        uploadId,
        organisationId,
        upload.uploadedBy(),
        parsed,
        checked,
        externalIds,
        stored.accounts().stream().map(Existing.Account::email).collect(Collectors.toSet()),
        familyOfStoredChild);
  }

  /**
   * A run that was to import everything found problems in its check (the database changed since the
   * files were checked): the upload is checked, not being imported.
   */
  @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
  public void refused(Prepared prepared) {
    upload(prepared.uploadId(), prepared.organisationId()).checkedAgain();
  }

  /** The families to store, whole, in the order of the files: the clean ones. */
  public static List<FamilyImport> families(Prepared prepared) {
    ImportRows.Parsed parsed = prepared.parsed();
    Map<String, FamilyRow> rows = new HashMap<>();
    parsed.families().forEach(f -> rows.put(f.externalId(), f));
    Map<String, String> familyOfChild = new HashMap<>(prepared.familyOfStoredChild());
    parsed.children().forEach(c -> familyOfChild.put(c.externalId(), c.familyId()));
    Map<String, List<ChildRow>> children = new HashMap<>();
    parsed.children().forEach(c -> add(children, c.familyId(), c));
    Map<String, List<ContractRow>> contracts = new HashMap<>();
    parsed.contracts().forEach(c -> add(contracts, familyOfChild.get(c.childId()), c));
    Map<String, List<PlacementRow>> placements = new HashMap<>();
    parsed.placements().forEach(p -> add(placements, familyOfChild.get(p.childId()), p));
    List<FamilyImport> families = new ArrayList<>();
    for (String family : prepared.checked().cleanFamilies()) {
      families.add(
          new FamilyImport(
              family,
              rows.get(family),
              children.getOrDefault(family, List.of()),
              contracts.getOrDefault(family, List.of()),
              placements.getOrDefault(family, List.of())));
    }
    return families;
  }

  private static <T> void add(Map<String, List<T>> byFamily, String family, T row) {
    if (family != null) {
      byFamily.computeIfAbsent(family, f -> new ArrayList<>()).add(row);
    }
  }

  /** Stores the locations and groups the check let through; the upload is being imported. */
  @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
  public int storeOrganisation(Prepared prepared) {
    upload(prepared.uploadId(), prepared.organisationId()).importing();
    return writer.storeOrganisation(
        prepared.organisationId(), prepared.actor(), prepared.parsed(), prepared.checked());
  }

  /**
   * Stores these families (each whole) in one transaction of their own; the job stores a chunk of
   * families at a time, and when one of them cannot be stored, it tries each of them alone.
   *
   * @return how many were new or changed
   */
  @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
  public int storeFamilies(Prepared prepared, List<FamilyImport> families) {
    return writer.storeFamilies(
        prepared.organisationId(),
        prepared.actor(),
        prepared.externalIds(),
        prepared.accountEmails(),
        families);
  }

  /** The upload is imported: how many of its families are stored now. */
  @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
  public int finish(Prepared prepared) {
    Set<String> stored =
        new HashSet<>(
            em.createNamedQuery("ExternalRef.externalIdsOfKind", String.class)
                .setParameter("organisation", prepared.organisationId())
                .setParameter("kind", ExternalRef.Kind.FAMILY)
                .getResultList());
    int imported =
        (int) prepared.checked().cleanFamilies().stream().filter(stored::contains).count();
    upload(prepared.uploadId(), prepared.organisationId()).imported(imported, clock.instant());
    return imported;
  }

  /** How many families the run of an upload is to store, for its progress bar. */
  public long total(UUID uploadId) {
    ImportUpload upload = em.find(ImportUpload.class, uploadId);
    return upload == null || upload.cleanFamilies() == null ? 0 : upload.cleanFamilies();
  }

  private ImportUpload upload(UUID uploadId, UUID organisationId) {
    ImportUpload upload = em.find(ImportUpload.class, uploadId);
    if (upload == null || !upload.organisationId().equals(organisationId)) {
      throw new IllegalArgumentException("no upload " + uploadId + " of " + organisationId);
    }
    return Objects.requireNonNull(upload);
  }
}
