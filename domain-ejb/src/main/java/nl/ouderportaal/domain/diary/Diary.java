package nl.ouderportaal.domain.diary;

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
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import nl.ouderportaal.domain.account.Accounts;
import nl.ouderportaal.domain.audit.AuditLog;
import nl.ouderportaal.domain.family.Child;
import nl.ouderportaal.domain.family.ChildAccess;
import nl.ouderportaal.domain.family.FamilyCare;
import nl.ouderportaal.domain.family.Parent;
import nl.ouderportaal.domain.notification.Category;
import nl.ouderportaal.domain.notification.Notifier;
import nl.ouderportaal.domain.organisation.StaffMember;
import nl.ouderportaal.domain.platform.BusinessException;
import nl.ouderportaal.domain.platform.CurrentUser;
import nl.ouderportaal.domain.platform.NotFoundException;
import nl.ouderportaal.domain.platform.Role;

/**
 * The diary of a baby: read by the parents and the group's staff, written by both, newest first,
 * with photos; and the whole diary as one printable PDF. The diary is kept for children younger
 * than the organisation's diary age (default 12 months); for older children it is closed for new
 * entries, but what was written can still be read and downloaded.
 */
@Stateless
public class Diary {

  /** An entry as the pages show it, with the photos the caller may see. */
  public record Entry(
      UUID id,
      String authorName,
      boolean byStaff,
      Instant writtenAt,
      LocalDate careDay,
      String text,
      String eating,
      String sleeping,
      String nappies,
      Mood mood,
      List<PhotoRef> photos)
      implements Serializable {}

  /** A page of entries. */
  public record Page(String childName, boolean open, long total, List<Entry> entries)
      implements Serializable {

    /** Whether anything was ever written in the diary: only then is there a PDF to download. */
    public boolean hasEntries() {
      return total > 0;
    }
  }

  @PersistenceContext private EntityManager em;
  @Inject private ChildAccess access;
  @Inject private CurrentUser currentUser;
  @Inject private Viewer viewer;
  @Inject private PhotoStore photoStore;
  @Inject private FamilyCare familyCare;
  @Inject private Notifier notifier;
  @Inject private Accounts accounts;
  @Inject private AuditLog audit;
  @Inject private Clock clock;
  @Inject private DiaryContents contents;

  /** Entries {@code first} to {@code first + max} of the child's diary, newest first. */
  public Page entries(UUID childId, int first, int max) {
    Child child = access.readable(childId);
    long total = count(child);
    List<DiaryEntry> entries =
        em.createNamedQuery("DiaryEntry.ofChild", DiaryEntry.class)
            .setParameter("child", child)
            .setFirstResult(Math.max(first, 0))
            .setMaxResults(Math.min(Math.max(max, 1), 50))
            .getResultList();
    return new Page(
        child.firstName(), isOpen(child), total, contents.views(entries, viewer::visible));
  }

  /** 'Mijn kind': the latest entries about the calling parent's children, and their diaries. */
  public record Latest(List<ChildEntry> entries, Set<UUID> open, Set<UUID> withDiary)
      implements Serializable {}

  /** A diary entry with the first name of the child it is about. */
  public record ChildEntry(UUID childId, String childName, Entry entry) implements Serializable {}

  /**
   * The newest entries about the calling parent's children, at most {@code perChild} per child
   * (from the family's newest {@code perChild} times the number of children, so a child with older
   * entries may give way to a sibling's newer ones), which diaries are open for writing, and which
   * children have a diary to read: in three queries whatever the number of children or entries.
   */
  public Latest latestOfMyChildren(int perChild) {
    List<Child> children =
        viewer.ownChildren().stream().filter(child -> !familyCare.accessEnded(child)).toList();
    if (children.isEmpty()) {
      return new Latest(List.of(), Set.of(), Set.of());
    }
    Map<UUID, Long> counts = new HashMap<>();
    em.createQuery(
            "select e.child.id, count(e) from DiaryEntry e where e.child in :children"
                + " group by e.child.id",
            Object[].class)
        .setParameter("children", children)
        .getResultList()
        .forEach(row -> counts.put((UUID) row[0], (Long) row[1]));
    List<UUID> withEntries = children.stream().map(Child::id).filter(counts::containsKey).toList();
    List<DiaryEntry> latest =
        withEntries.isEmpty()
            ? List.of()
            : em.createQuery(
                    "select e from DiaryEntry e where e.child.id in :children"
                        + " order by e.writtenAt desc, e.id",
                    DiaryEntry.class)
                .setParameter("children", withEntries)
                .setMaxResults(perChild * withEntries.size())
                .getResultList();
    Map<UUID, String> names = new HashMap<>();
    children.forEach(child -> names.put(child.id(), child.firstName()));
    Map<UUID, Integer> taken = new HashMap<>();
    List<DiaryEntry> shown =
        latest.stream()
            .filter(e -> taken.merge(e.child().id(), 1, Integer::sum) <= perChild)
            .toList();
    List<Entry> views = contents.views(shown, viewer::visible);
    List<ChildEntry> entries = new ArrayList<>();
    for (int i = 0; i < shown.size(); i++) {
      UUID child = shown.get(i).child().id();
      entries.add(new ChildEntry(child, names.get(child), views.get(i)));
    }
    Set<UUID> open = new HashSet<>();
    Set<UUID> withDiary = new HashSet<>(withEntries);
    for (Child child : children) {
      if (isOpen(child)) {
        open.add(child.id());
        withDiary.add(child.id());
      }
    }
    return new Latest(entries, open, withDiary);
  }

  /** Whether new entries can be written for the child: it is younger than the diary age. */
  public boolean open(UUID childId) {
    return isOpen(access.readable(childId));
  }

  /**
   * Writes an entry, with photos: by a group worker of the child's group, or by a parent of the
   * child. A refused photo refuses the whole entry: nothing is half-stored.
   */
  public UUID write(UUID childId, DiaryDraft draft, List<InputStream> photos) {
    Child child = access.readable(childId);
    if (!isOpen(child)) {
      throw new BusinessException("diary.closed", child.family().organisation().diaryAgeMonths());
    }
    UUID author = currentUser.requireAccountId();
    boolean byStaff;
    String name;
    if (currentUser.is(Role.PARENT) && access.isOwnChild(child)) {
      familyCare.requireRunningCare(child.family());
      byStaff = false;
      name = access.parentOfCaller().fullName();
    } else if (currentUser.is(Role.STAFF)) {
      StaffMember staff = access.staffOfCaller();
      byStaff = true;
      name = staff.firstName();
    } else {
      throw new NotFoundException();
    }
    if (photos.size() > 10) {
      throw new BusinessException("diary.tooManyPhotos", 10).on("photos");
    }
    Instant now = clock.instant();
    DiaryEntry entry =
        new DiaryEntry(child, author, name, byStaff, now, LocalDate.now(clock), draft);
    em.persist(entry);
    for (InputStream upload : photos) {
      em.persist(Photo.inDiary(entry, photoStore.store(upload), author, now));
    }
    if (byStaff) {
      tellParents(child, name);
    }
    audit.record(author, "DIARY_WRITTEN", "CHILD", child.id(), photos.size() + " photos");
    return entry.id();
  }

  /**
   * The first name of the child whose diary the caller is about to download, for the file's name.
   *
   * @throws BusinessException {@code diary.empty} when nothing is in the diary: there is no PDF
   */
  public String exportName(UUID childId) {
    return requireEntries(access.readable(childId)).firstName();
  }

  /**
   * The whole diary, oldest first, as one printable PDF with the photos the caller may see: for a
   * parent the same as the export the diary-exports job stores ({@code DiaryExports}).
   *
   * @throws BusinessException {@code diary.empty} when nothing is in the diary, before anything is
   *     written to {@code out}
   */
  public void exportPdf(UUID childId, OutputStream out) {
    Child child = requireEntries(access.readable(childId));
    DiaryContents.Printed printed = contents.print(child, viewer::visible, out);
    audit.record(
        currentUser.requireAccountId(),
        "DIARY_EXPORTED",
        "CHILD",
        child.id(),
        printed.entries() + " entries");
  }

  private long count(Child child) {
    return em.createNamedQuery("DiaryEntry.countOfChild", Long.class)
        .setParameter("child", child)
        .getSingleResult();
  }

  private Child requireEntries(Child child) {
    if (count(child) == 0) {
      throw new BusinessException("diary.empty");
    }
    return child;
  }

  private boolean isOpen(Child child) {
    LocalDate today = LocalDate.now(clock);
    int months = today.isBefore(child.birthDate()) ? 0 : child.ageInMonthsOn(today);
    return months < child.family().organisation().diaryAgeMonths();
  }

  private void tellParents(Child child, String author) {
    for (Parent parent :
        em.createNamedQuery("Parent.findByFamily", Parent.class)
            .setParameter("family", child.family())
            .getResultList()) {
      if (parent.accountId() == null) {
        continue;
      }
      var recipient = accounts.recipient(parent.accountId());
      String title =
          "en".equals(recipient.language())
              ? "New in the diary of " + child.firstName()
              : "Nieuw in het dagboek van " + child.firstName();
      notifier.notify(
          recipient,
          Category.DIARY,
          title,
          "/diary.xhtml?child=" + child.id(),
          "diary-entry",
          Map.of(
              "name", parent.firstName(),
              "child", child.firstName(),
              "author", author,
              "organisation", child.family().organisation().name()));
    }
  }
}
