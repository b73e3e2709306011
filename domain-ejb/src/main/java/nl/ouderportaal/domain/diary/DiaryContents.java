package nl.ouderportaal.domain.diary;

import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.io.ByteArrayOutputStream;
import java.io.OutputStream;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.UUID;
import java.util.function.UnaryOperator;
import nl.ouderportaal.domain.document.Blobs;
import nl.ouderportaal.domain.family.Child;

/**
 * A child's diary as the pages and the PDF show it: the entries with the photos that a given reader
 * may see. It checks no access: the boundary that uses it has decided whose diary it is and says
 * which photos the reader sees ({@link Viewer#visible} for the caller, {@link
 * Viewer#visibleToParents} for the export the parents download). So the portal's 'dagboek
 * downloaden' and the stored export are one rendering, with one photo rule.
 */
@Dependent
public class DiaryContents {

  /** What a printed diary holds. */
  record Printed(int entries, int photos) {}

  @PersistenceContext private EntityManager em;
  @Inject private Blobs blobs;

  /** The child's entries, oldest first. */
  List<DiaryEntry> oldestFirst(Child child) {
    List<DiaryEntry> entries =
        new ArrayList<>(
            em.createNamedQuery("DiaryEntry.ofChild", DiaryEntry.class)
                .setParameter("child", child)
                .getResultList());
    Collections.reverse(entries);
    return entries;
  }

  /** The entries as pages show them, each with the photos that {@code visible} lets through. */
  List<Diary.Entry> views(List<DiaryEntry> entries, UnaryOperator<List<Photo>> visible) {
    if (entries.isEmpty()) {
      return List.of();
    }
    List<Photo> photos =
        em.createQuery(
                "select p from Photo p where p.diaryEntry in :entries order by p.uploadedAt, p.id",
                Photo.class)
            .setParameter("entries", entries)
            .getResultList();
    List<Photo> seen = visible.apply(photos);
    List<Diary.Entry> views = new ArrayList<>();
    for (DiaryEntry e : entries) {
      List<PhotoRef> refs =
          seen.stream()
              .filter(p -> p.diaryEntry().id().equals(e.id()))
              .map(
                  p ->
                      new PhotoRef(
                          p.id(),
                          p.webWidth(),
                          p.webHeight(),
                          p.caption(),
                          p.uploadedAt(),
                          List.of(e.child().firstName())))
              .toList();
      views.add(
          new Diary.Entry(
              e.id(),
              e.authorName(),
              e.byStaff(),
              e.writtenAt(),
              e.careDay(),
              e.text(),
              e.eating(),
              e.sleeping(),
              e.nappies(),
              e.mood(),
              refs));
    }
    return views;
  }

  /**
   * The whole diary, oldest entry first, as one printable PDF with the photos {@code visible} lets
   * through; {@code out} is left open.
   */
  Printed print(Child child, UnaryOperator<List<Photo>> visible, OutputStream out) {
    List<Diary.Entry> views = views(oldestFirst(child), visible);
    new DiaryPdf(
            child.fullName(),
            child.birthDate(),
            child.family().organisation().name(),
            views,
            this::photoBytes)
        .writeTo(out);
    return new Printed(views.size(), views.stream().mapToInt(e -> e.photos().size()).sum());
  }

  /**
   * One photo's web rendition, for the PDF: read one at a time, so the whole diary is never in
   * memory.
   */
  private byte[] photoBytes(UUID photoId) {
    Photo photo = em.find(Photo.class, photoId);
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    blobs.streamTo(photo.blob(Photo.Size.WEB), bytes);
    return bytes.toByteArray();
  }
}
