package nl.ouderportaal.portal.diary;

import jakarta.annotation.PostConstruct;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.Part;
import java.io.IOException;
import java.io.InputStream;
import java.io.Serializable;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import nl.ouderportaal.domain.diary.Diary;
import nl.ouderportaal.domain.diary.DiaryDraft;
import nl.ouderportaal.domain.diary.Mood;
import nl.ouderportaal.domain.platform.BusinessException;
import nl.ouderportaal.domain.platform.NotFoundException;
import nl.ouderportaal.portal.platform.Messages;

/**
 * The diary of one child ({@code ?child=}), newest first, ten entries a page ({@code &page=}), with
 * the form to write an entry with photos while the diary is open.
 */
@Named
@ViewScoped
public class DiaryPage implements Serializable {

  static final int PAGE_SIZE = 10;

  @Inject private Diary diary;
  @Inject private ExternalContext external;

  private UUID child;
  private int page;
  private Diary.Page entries;

  private String text;
  private String eating;
  private String sleeping;
  private String nappies;
  private Mood mood;
  private transient List<Part> photos = new ArrayList<>();

  @PostConstruct
  void load() {
    try {
      child = UUID.fromString(external.getRequestParameterMap().getOrDefault("child", ""));
      page =
          Math.max(
              0, Integer.parseInt(external.getRequestParameterMap().getOrDefault("page", "0")));
    } catch (IllegalArgumentException notAnId) {
      throw new NotFoundException();
    }
    entries = diary.entries(child, page * PAGE_SIZE, PAGE_SIZE);
    if (external.getRequestParameterMap().containsKey("nothingToDownload")
        && !entries.hasEntries()) {
      // sent here by the diary's download (DiaryFiles) from an old link: there is no PDF
      Messages.error(null, "diary.empty");
    }
  }

  /** Writes the entry with its photos; on success the page opens again, the new entry on top. */
  public String write() {
    List<InputStream> uploads = new ArrayList<>();
    try {
      for (Part part : chosenPhotos()) {
        uploads.add(part.getInputStream());
      }
      diary.write(child, new DiaryDraft(text, eating, sleeping, nappies, mood), uploads);
      Messages.info("diary.written");
      external.getFlash().setKeepMessages(true);
      return "/diary?faces-redirect=true&child=" + child;
    } catch (BusinessException refused) {
      Messages.error("write", refused);
      return null;
    } catch (IOException unreadable) {
      throw new UncheckedIOException(unreadable);
    } finally {
      for (InputStream upload : uploads) {
        try {
          upload.close();
        } catch (IOException ignored) {
          // the container deletes the temporary file at the end of the request anyway
        }
      }
    }
  }

  private List<Part> chosenPhotos() {
    if (photos == null) {
      return List.of();
    }
    // a browser sends a nameless empty part when no file was chosen; an empty file that was chosen
    // goes to the boundary, which refuses it with a message rather than leaving it out unsaid
    return photos.stream()
        .filter(p -> p != null && p.getSubmittedFileName() != null)
        .filter(p -> !p.getSubmittedFileName().isBlank())
        .toList();
  }

  public boolean isHasNewer() {
    return page > 0;
  }

  public boolean isHasOlder() {
    return (long) (page + 1) * PAGE_SIZE < entries.total();
  }

  public UUID getChild() {
    return child;
  }

  public int getPage() {
    return page;
  }

  public Diary.Page getEntries() {
    return entries;
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
