package nl.ouderportaal.portal.diary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Named;
import java.util.List;
import nl.ouderportaal.domain.diary.PhotoRef;
import nl.ouderportaal.portal.platform.Messages;

/** What a photo shows, for the pages that show photos: {@code #{photoText.alt(photo)}}. */
@Named("photoText")
@ApplicationScoped
public class PhotoTexts {

  /** The alt text of a photo: who is in it ("Foto van Noor en Abel"), after its caption. */
  public String alt(PhotoRef photo) {
    List<String> names = photo.children().stream().filter(n -> !n.isBlank()).toList();
    String who =
        names.isEmpty()
            ? Messages.text("photo.alt.nobody")
            : Messages.text("photo.alt", and(names));
    return photo.caption() == null || photo.caption().isBlank()
        ? who
        : photo.caption() + " (" + who + ")";
  }

  private static String and(List<String> names) {
    if (names.size() == 1) {
      return names.get(0);
    }
    return String.join(", ", names.subList(0, names.size() - 1))
        + " "
        + Messages.text("photo.alt.and")
        + " "
        + names.get(names.size() - 1);
  }
}
