package nl.ouderportaal.backoffice.diary;

import jakarta.annotation.PostConstruct;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.Part;
import java.io.Serializable;
import java.util.List;
import java.util.UUID;
import nl.ouderportaal.backoffice.platform.Messages;
import nl.ouderportaal.backoffice.platform.Uploads;
import nl.ouderportaal.domain.diary.Diary;
import nl.ouderportaal.domain.diary.DiaryDraft;
import nl.ouderportaal.domain.diary.Mood;
import nl.ouderportaal.domain.diary.PhotoRef;
import nl.ouderportaal.domain.family.ChildSummary;
import nl.ouderportaal.domain.family.Children;
import nl.ouderportaal.domain.platform.BusinessException;
import nl.ouderportaal.domain.platform.NotFoundException;

/**
 * 'Dagboek': a group worker picks a child of their groups ({@code ?child=<id>}) and writes in the
 * baby's diary, with photos; below the form, the child's latest entries. Only babies under the
 * organisation's diary age get new entries; older children are listed but closed.
 */
@Named
@ViewScoped
public class DiaryPage implements Serializable {

  /** A child to pick, and whether its diary takes new entries. */
  public record Pick(ChildSummary child, boolean open) implements Serializable {}

  private static final String FORM = "entry";
  private static final int LATEST = 10;

  @Inject private Diary diary;
  @Inject private Children children;
  @Inject private ExternalContext external;

  private List<Pick> picks;
  private List<String> groups;
  private Pick chosen;
  private Diary.Page page;

  private String text;
  private String eating;
  private String sleeping;
  private String nappies;
  private Mood mood;

  /** The chosen files; a Part lives only during its request, so never kept with the view. */
  private transient List<Part> photos;

  @PostConstruct
  void load() {
    picks = children.inMyGroups().stream().map(c -> new Pick(c, diary.open(c.id()))).toList();
    groups = picks.stream().map(p -> p.child().groupName()).distinct().toList();
    String child = external.getRequestParameterMap().get("child");
    if (child != null) {
      chosen =
          picks.stream().filter(p -> p.child().id().equals(id(child))).findFirst().orElse(null);
      if (chosen == null) {
        throw new NotFoundException();
      }
      page = diary.entries(chosen.child().id(), 0, LATEST);
    }
  }

  /**
   * Writes the entry with its photos, and shows the page again (after a redirect, so that reloading
   * does not write it twice). A refused photo refuses the whole entry: the text stays in the form.
   */
  public String save() {
    UUID child = chosen.child().id();
    try (Uploads uploads = Uploads.of(photos)) {
      diary.write(child, new DiaryDraft(text, eating, sleeping, nappies, mood), uploads.streams());
    } catch (BusinessException refused) {
      if (refused.field() == null && refused.messageKey().startsWith("photo.")) {
        Messages.error(FORM + ":photos", refused.messageKey(), refused.arguments().toArray());
        Messages.error(null, "diary.nothingSaved");
      } else {
        Messages.error(FORM, refused);
      }
      return null;
    } finally {
      photos = null;
    }
    Messages.info("diary.saved", chosen.child().firstName());
    external.getFlash().setKeepMessages(true);
    return "/diary?faces-redirect=true&child=" + child;
  }

  public boolean isChosen(Pick pick) {
    return chosen != null && chosen.child().id().equals(pick.child().id());
  }

  public String when(Diary.Entry entry) {
    return Messages.dateTime(entry.writtenAt());
  }

  /** What a photo shows, for its alt text: the caption, and who is in it. */
  public String alt(PhotoRef photo) {
    return PhotoTexts.alt(photo);
  }

  private static UUID id(String text) {
    try {
      return UUID.fromString(text);
    } catch (IllegalArgumentException notAnId) {
      throw new NotFoundException();
    }
  }

  public List<Pick> getPicks() {
    return picks;
  }

  /** The groups of the children to pick from, in the order of the list. */
  public List<String> getGroups() {
    return groups;
  }

  public List<Pick> picksIn(String group) {
    return picks.stream().filter(p -> group.equals(p.child().groupName())).toList();
  }

  public Pick getChosen() {
    return chosen;
  }

  public Diary.Page getPage() {
    return page;
  }

  public Mood[] getMoods() {
    return Mood.values();
  }

  public String getText() {
    return text;
  }

  public void setText(String text) {
    this.text = text;
  }

  public String getEating() {
    return eating;
  }

  public void setEating(String eating) {
    this.eating = eating;
  }

  public String getSleeping() {
    return sleeping;
  }

  public void setSleeping(String sleeping) {
    this.sleeping = sleeping;
  }

  public String getNappies() {
    return nappies;
  }

  public void setNappies(String nappies) {
    this.nappies = nappies;
  }

  public Mood getMood() {
    return mood;
  }

  public void setMood(Mood mood) {
    this.mood = mood;
  }

  public List<Part> getPhotos() {
    return photos;
  }

  public void setPhotos(List<Part> photos) {
    this.photos = photos;
  }
}
