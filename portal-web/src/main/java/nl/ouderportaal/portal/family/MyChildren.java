package nl.ouderportaal.portal.family;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
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

  private static final int PHOTOS = 9;
  private static final int ENTRIES_PER_CHILD = 2;

  @Inject private Children children;
  @Inject private Photos photos;
  @Inject private Diary diary;

  private List<ChildSummary> mine;
  private List<PhotoRef> latestPhotos;
  private Diary.Latest latest;
  private List<ChildSummary> openDiaries;

  @PostConstruct
  void load() {
    mine = children.ofMyFamily();
    latestPhotos = photos.latestOfMyChildren(PHOTOS);
    latest = diary.latestOfMyChildren(ENTRIES_PER_CHILD);
    openDiaries = mine.stream().filter(child -> latest.open().contains(child.id())).toList();
  }

  public List<ChildSummary> getChildren() {
    return mine;
  }

  public List<PhotoRef> getPhotos() {
    return latestPhotos;
  }

  public List<Diary.ChildEntry> getEntries() {
    return latest.entries();
  }

  /** Whether the child has a diary to read or write (a baby, or a child who was one here). */
  public boolean hasDiary(UUID child) {
    return latest.withDiary().contains(child);
  }

  /** The children whose diary is open for new entries (younger than the diary age). */
  public List<ChildSummary> getOpenDiaries() {
    return openDiaries;
  }
}
