package nl.ouderportaal.domain.diary;

import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import nl.ouderportaal.domain.audit.AuditLog;
import nl.ouderportaal.domain.document.Blobs;
import nl.ouderportaal.domain.document.Document;
import nl.ouderportaal.domain.family.Child;
import nl.ouderportaal.domain.family.FamilyCare;

/**
 * The end of a child's photos and diary: when the access after its care has ended (the
 * organisation's weeks after its own last contract; a brother or sister in care does not keep it),
 * the child's diary, the diary's photos, every group photo the child is tagged in and the stored
 * diary export are removed, with their files. A group photo goes as a whole: taking the child's tag
 * off would show the child to parents without anyone's consent.
 */
@Stateless
public class DiaryRetention {

  @PersistenceContext private EntityManager em;
  @Inject private FamilyCare familyCare;
  @Inject private Blobs blobs;
  @Inject private AuditLog audit;
  @Inject private Clock clock;

  /** The children who still have a diary or photos while their family's access has ended. */
  public List<UUID> due() {
    Set<UUID> withData = new LinkedHashSet<>();
    withData.addAll(
        em.createQuery("select distinct e.child.id from DiaryEntry e", UUID.class).getResultList());
    withData.addAll(
        em.createQuery("select distinct t from Photo p join p.tagged t", UUID.class)
            .getResultList());
    withData.addAll(
        em.createQuery("select x.childId from DiaryExport x", UUID.class).getResultList());
    LocalDate today = LocalDate.now(clock);
    List<UUID> due = new ArrayList<>();
    for (UUID id : withData) {
      Child child = em.find(Child.class, id);
      if (child == null) {
        continue;
      }
      Optional<LocalDate> lastDay = familyCare.lastDayOfAccess(child);
      if (lastDay.isPresent() && lastDay.get().isBefore(today)) {
        due.add(id);
      }
    }
    return due;
  }

  /** Removes one child's diary and photos, in a transaction of its own; answers how many photos. */
  @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
  public int remove(UUID childId) {
    Child child = em.find(Child.class, childId);
    if (child == null) {
      return 0;
    }
    Set<Photo> photos = new LinkedHashSet<>();
    photos.addAll(
        em.createQuery("select p from Photo p where p.diaryEntry.child = :child", Photo.class)
            .setParameter("child", child)
            .getResultList());
    photos.addAll(
        em.createQuery("select p from Photo p join p.tagged t where t = :child", Photo.class)
            .setParameter("child", childId)
            .getResultList());
    List<UUID> files = new ArrayList<>();
    for (Photo photo : photos) {
      files.add(photo.blob(Photo.Size.WEB));
      files.add(photo.blob(Photo.Size.THUMBNAIL));
      em.remove(photo);
    }
    em.flush();
    int entries =
        em.createQuery("delete from DiaryEntry e where e.child = :child")
            .setParameter("child", child)
            .executeUpdate();
    em.flush();
    for (DiaryExport export :
        em.createNamedQuery("DiaryExport.ofChild", DiaryExport.class)
            .setParameter("child", childId)
            .getResultList()) {
      Document document = em.find(Document.class, export.documentId());
      em.remove(export);
      if (document != null) {
        em.flush();
        em.remove(document);
        files.add(document.blobId());
      }
    }
    em.flush();
    files.forEach(blobs::delete);
    audit.record(
        null,
        "DIARY_REMOVED_AFTER_CARE",
        "CHILD",
        childId,
        entries + " entries, " + photos.size() + " photos");
    return photos.size();
  }
}
