package nl.ouderportaal.portal.family;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.UUID;
import nl.ouderportaal.domain.diary.Diary;
import nl.ouderportaal.domain.diary.PhotoRef;
import nl.ouderportaal.domain.diary.Photos;
import nl.ouderportaal.domain.family.ChildSummary;
import nl.ouderportaal.domain.family.Children;

/**
 * 'Mijn kind': the parent's own children with their age, group and location, the latest photos of
 * them and the latest diary entries.
 */
@Named
@RequestScoped
public class MyChildren {

  /** A diary entry on 'Mijn kind', with the child it is about. */
  public record ChildEntry(UUID childId, String childName, Diary.Entry entry)
      implements Serializable {}

  private static final int PHOTOS = 9;
  private static final int ENTRIES_PER_CHILD = 2;

  @Inject private Children children;
  @Inject private Photos photos;
  @Inject private Diary diary;

  private List<ChildSummary> mine;
  private List<PhotoRef> latestPhotos;
  private final List<ChildEntry> latestEntries = new ArrayList<>();
  private final List<ChildSummary> openDiaries = new ArrayList<>();
  private final java.util.Set<UUID> withDiary = new java.util.HashSet<>();

  @PostConstruct
  void load() {
    mine = children.ofMyFamily();
    latestPhotos = photos.latestOfMyChildren(PHOTOS);
    for (ChildSummary child : mine) {
      Diary.Page page = diary.entries(child.id(), 0, ENTRIES_PER_CHILD);
      page.entries()
          .forEach(
              entry -> latestEntries.add(new ChildEntry(child.id(), child.firstName(), entry)));
      if (page.open()) {
        openDiaries.add(child);
      }
      if (page.open() || page.total() > 0) {
        withDiary.add(child.id());
      }
    }
    latestEntries.sort(Comparator.comparing((ChildEntry e) -> e.entry().writtenAt()).reversed());
  }

  public List<ChildSummary> getChildren() {
    return mine;
  }

  public List<PhotoRef> getPhotos() {
    return latestPhotos;
  }

  public List<ChildEntry> getEntries() {
    return latestEntries;
  }

  /** Whether the child has a diary to read or write (a baby, or a child who was one here). */
  public boolean hasDiary(UUID child) {
    return withDiary.contains(child);
  }

  /** The children whose diary is open for new entries (younger than the diary age). */
  public List<ChildSummary> getOpenDiaries() {
    return openDiaries;
  }
}
