package nl.ouderportaal.backoffice.diary;

import nl.ouderportaal.backoffice.platform.Messages;
import nl.ouderportaal.domain.diary.PhotoRef;

/** Texts about a photo that the diary and the photo pages share. */
final class PhotoTexts {

  private PhotoTexts() {}

  /** What a photo shows, for its alt text: the caption, and who is in it. */
  static String alt(PhotoRef photo) {
    String names = String.join(", ", photo.children());
    String who =
        names.isEmpty() ? Messages.text("photo.alt.nobody") : Messages.text("photo.alt", names);
    return photo.caption() == null ? who : photo.caption() + " (" + who + ")";
  }
}
