package nl.ouderportaal.domain.diary;

import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import nl.ouderportaal.domain.account.Accounts;
import nl.ouderportaal.domain.audit.AuditLog;
import nl.ouderportaal.domain.document.Blobs;
import nl.ouderportaal.domain.document.Document;
import nl.ouderportaal.domain.document.DocumentKind;
import nl.ouderportaal.domain.family.Child;
import nl.ouderportaal.domain.family.Family;
import nl.ouderportaal.domain.family.Parent;
import nl.ouderportaal.domain.notification.Category;
import nl.ouderportaal.domain.notification.Notifier;
import nl.ouderportaal.domain.notification.Recipient;
import nl.ouderportaal.domain.organisation.Group;
import nl.ouderportaal.domain.organisation.Organisation;
import nl.ouderportaal.domain.platform.DateRange;

/**
 * Exporting children's diaries for the diary-exports job: which children a run is for ({@link
 * DiaryExportSelection}), what decides each export ({@link DiaryExportInput}), and making and
 * storing it: the whole diary as one PDF, rendered as the portal's 'dagboek downloaden' renders it
 * for a parent (with exactly the photos the child's parents see in the portal), kept as a document
 * of the family that the parents can download until their access after the child's care ends. It
 * checks no caller: a job acts for the organisation, and is started through {@code job.Jobs}, which
 * does check. The web modules never call it (ArchitectureTest).
 *
 * <p><b>Idempotent.</b> A child has at most one export (unique in V7). {@link #export} runs in a
 * transaction of its own, holds a lock on the child's export while it works, and leaves an export
 * that is up to date alone unless the child was asked for by name; a new export replaces the
 * document of the one before, with its file. So a run can be repeated or restarted after a failure
 * half-way and leaves one export, and one document, per child.
 */
@Stateless
public class DiaryExports {

  private static final System.Logger LOG = System.getLogger(DiaryExports.class.getName());

  private static final String CARE_ENDED =
      " from Child k where k.family.organisation.id = :organisation"
          + " and exists (select c.id from Contract c where c.child = k"
          + " and c.period.end >= :earliest)"
          + " and not exists (select c.id from Contract c where c.child = k"
          + " and (c.period.end is null or c.period.end > :endingOn))";
  private static final String IN_GROUP =
      " from Placement p where p.group.id = :group"
          + " and p.group.location.organisation.id = :organisation and p.period.start <= :today"
          + " and (p.period.end is null or p.period.end >= :today)";
  private static final String ONE_CHILD =
      " from Child k where k.id = :child and k.family.organisation.id = :organisation";

  @PersistenceContext private EntityManager em;
  @Inject private DiaryContents contents;
  @Inject private Viewer viewer;
  @Inject private Blobs blobs;
  @Inject private Notifier notifier;
  @Inject private Accounts accounts;
  @Inject private AuditLog audit;
  @Inject private Clock clock;

  /**
   * The ids of the selected children of the organisation, after {@code after} in id order, at most
   * {@code max}: a page for the job's reader, which resumes after the last id of its checkpoint.
   *
   * @param after the last id of the previous page, or null for the first page
   */
  public List<UUID> children(
      UUID organisation, DiaryExportSelection selection, UUID after, int max) {
    String id = idOf(selection);
    TypedQuery<UUID> query =
        em.createQuery(
            "select distinct "
                + id
                + from(selection)
                + (after == null ? "" : " and " + id + " > :after")
                + " order by "
                + id,
            UUID.class);
    parameters(query, organisation, selection);
    if (after != null) {
      query.setParameter("after", after);
    }
    return query.setMaxResults(max).getResultList();
  }

  /** How many children {@link #children} gives in all, for a progress bar. */
  public long countChildren(UUID organisation, DiaryExportSelection selection) {
    TypedQuery<Long> query =
        em.createQuery(
            "select count(distinct " + idOf(selection) + ")" + from(selection), Long.class);
    parameters(query, organisation, selection);
    return query.getSingleResult();
  }

  /** A child or group of the organisation by its id, as what a run can be asked to export. */
  public Optional<DiaryExportSelection> childOrGroup(UUID organisation, UUID id) {
    Child child = em.find(Child.class, id);
    if (child != null && child.family().organisation().id().equals(organisation)) {
      return Optional.of(DiaryExportSelection.ofChild(id));
    }
    Group group = em.find(Group.class, id);
    if (group != null && group.location().organisation().id().equals(organisation)) {
      return Optional.of(DiaryExportSelection.ofGroup(id));
    }
    return Optional.empty();
  }

  /** What decides the child's export, as of now. */
  public DiaryExportInput inputFor(UUID childId, DiaryExportSelection selection) {
    Child child =
        em.createQuery(
                "select k from Child k join fetch k.family f join fetch f.organisation"
                    + " where k.id = :id",
                Child.class)
            .setParameter("id", childId)
            .getSingleResult();
    long entries =
        em.createNamedQuery("DiaryEntry.countOfChild", Long.class)
            .setParameter("child", child)
            .getSingleResult();
    return new DiaryExportInput(
        child.id(),
        child.firstName(),
        child.fullName(),
        child.family().id(),
        entries,
        latestChange(child),
        em.createQuery("select c.period from Contract c where c.child = :child", DateRange.class)
            .setParameter("child", child)
            .getResultList(),
        child.family().organisation().accessAfterCareWeeks(),
        exportOf(child.id(), LockModeType.NONE).map(DiaryExport::made).orElse(null),
        selection.isOneChild(),
        LocalDate.now(clock));
  }

  /**
   * Makes and stores the child's export as planned, in a transaction of its own: the whole diary as
   * a PDF with the photos the parents see, a document of the family titled 'Dagboek van [first
   * name]' that they see until the planned day, the child's export (replacing the document of the
   * one before), a notification to the parents and an audit line. Does nothing when the diary is
   * empty, or when the child's export is up to date and the child was not asked for by name
   * (another run made it in the meantime).
   *
   * @return the new document's id, or empty when nothing was made
   */
  @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
  public Optional<UUID> export(DiaryExportPlan plan) {
    Child child = em.find(Child.class, plan.childId());
    if (child == null) {
      throw new IllegalArgumentException("no child " + plan.childId());
    }
    Family family = child.family();
    // a concurrent run for the same child waits here, and then finds this one's export current
    Optional<DiaryExport> previous = exportOf(child.id(), LockModeType.PESSIMISTIC_WRITE);
    if (!plan.asked()
        && previous.isPresent()
        && previous.get().made().isCurrentFor(plan.careEnd(), latestChange(child))) {
      return Optional.empty();
    }
    long written =
        em.createNamedQuery("DiaryEntry.countOfChild", Long.class)
            .setParameter("child", child)
            .getSingleResult();
    if (written == 0) {
      return Optional.empty();
    }
    Instant now = clock.instant();
    Stored stored = printAndStore(child);
    Document document =
        new Document(
            family.id(),
            DocumentKind.DIARY_EXPORT,
            "Dagboek van " + child.firstName(),
            "dagboek-" + child.firstName(),
            stored.blob(),
            now,
            null,
            plan.visibleUntil());
    em.persist(document);
    int entries = stored.printed().entries();
    int photos = stored.printed().photos();
    if (previous.isEmpty()) {
      em.persist(new DiaryExport(child.id(), document.id(), plan.careEnd(), entries, photos, now));
      // the unique child constraint speaks now, when another run raced this one to the first export
      em.flush();
    } else {
      Document old =
          em.find(
              Document.class,
              previous.get().replace(document.id(), plan.careEnd(), entries, photos, now));
      if (old != null) {
        em.remove(old);
        em.flush();
        blobs.delete(old.blobId());
      }
    }
    tellParents(family, child, document);
    audit.record(
        null,
        "DIARY_EXPORTED",
        "CHILD",
        child.id(),
        entries
            + " entries, "
            + photos
            + " photos, document "
            + document.id()
            + ", visible until "
            + (plan.visibleUntil() == null ? "access ends" : plan.visibleUntil()));
    LOG.log(
        System.Logger.Level.DEBUG,
        "Exported the diary of child {0} as document {1}",
        child.id(),
        document.id());
    return Optional.of(document.id());
  }

  /** The blob of a printed diary, and what it holds. */
  private record Stored(UUID blob, DiaryContents.Printed printed) {}

  /**
   * Prints the diary to a temporary file and stores that in the blob store. Not in memory, as the
   * invoices are: a year of a baby's diary holds hundreds of photos. The file lives only while this
   * transaction works, so a second server node needs nothing of it.
   */
  private Stored printAndStore(Child child) {
    Path file = null;
    try {
      file = Files.createTempFile("diary-export-", ".pdf");
      DiaryContents.Printed printed;
      try (OutputStream out = Files.newOutputStream(file)) {
        printed =
            contents.print(child, photos -> viewer.visibleToParents(child.family(), photos), out);
      }
      try (InputStream in = Files.newInputStream(file)) {
        return new Stored(blobs.store("application/pdf", in), printed);
      }
    } catch (IOException e) {
      throw new UncheckedIOException("Writing the diary export failed", e);
    } finally {
      if (file != null) {
        try {
          Files.deleteIfExists(file);
        } catch (IOException e) {
          LOG.log(System.Logger.Level.WARNING, "Could not delete {0}", file);
        }
      }
    }
  }

  private Optional<DiaryExport> exportOf(UUID childId, LockModeType lock) {
    return em.createNamedQuery("DiaryExport.ofChild", DiaryExport.class)
        .setParameter("child", childId)
        .setLockMode(lock)
        .getResultStream()
        .findFirst();
  }

  /** The latest moment an entry was written or a consent of the child changed, or null. */
  private Instant latestChange(Child child) {
    Instant entry =
        em.createQuery(
                "select max(e.writtenAt) from DiaryEntry e where e.child = :child", Instant.class)
            .setParameter("child", child)
            .getSingleResult();
    Instant consent =
        em.createQuery(
                "select max(c.changedAt) from ConsentChange c where c.child = :child",
                Instant.class)
            .setParameter("child", child)
            .getSingleResult();
    if (entry == null || consent == null) {
      return entry == null ? consent : entry;
    }
    return entry.isAfter(consent) ? entry : consent;
  }

  private void tellParents(Family family, Child child, Document document) {
    int weeks = family.organisation().accessAfterCareWeeks();
    for (Parent parent :
        em.createNamedQuery("Parent.findByFamily", Parent.class)
            .setParameter("family", family)
            .getResultList()) {
      if (parent.accountId() == null) {
        continue;
      }
      Recipient recipient = accounts.recipient(parent.accountId());
      notifier.notify(
          recipient,
          Category.INVOICES_DOCUMENTS,
          "en".equals(recipient.language())
              ? "The diary of " + child.firstName() + " is ready to download"
              : "Het dagboek van " + child.firstName() + " staat klaar om te downloaden",
          "/documents.xhtml",
          "diary-export",
          Map.of(
              "name", parent.firstName(),
              "child", child.firstName(),
              "weeks", String.valueOf(weeks),
              "organisation", family.organisation().name()));
    }
  }

  private static String from(DiaryExportSelection selection) {
    return selection.endingOn() != null
        ? CARE_ENDED
        : selection.group() != null ? IN_GROUP : ONE_CHILD;
  }

  private static String idOf(DiaryExportSelection selection) {
    return selection.group() != null ? "p.child.id" : "k.id";
  }

  /**
   * The parameters of the selection's query. A care that has not ended yet is never one that ended:
   * the last day counted is yesterday at the latest, even when a later one is asked for.
   */
  private void parameters(TypedQuery<?> query, UUID organisation, DiaryExportSelection selection) {
    LocalDate today = LocalDate.now(clock);
    query.setParameter("organisation", organisation);
    if (selection.endingOn() != null) {
      Organisation ours = em.find(Organisation.class, organisation);
      int weeks = ours == null ? 0 : ours.accessAfterCareWeeks();
      LocalDate yesterday = today.minusDays(1);
      query
          .setParameter(
              "endingOn",
              selection.endingOn().isBefore(yesterday) ? selection.endingOn() : yesterday)
          .setParameter("earliest", today.minusWeeks(weeks));
    } else if (selection.group() != null) {
      query.setParameter("group", selection.group()).setParameter("today", today);
    } else {
      query.setParameter("child", selection.child());
    }
  }
}
