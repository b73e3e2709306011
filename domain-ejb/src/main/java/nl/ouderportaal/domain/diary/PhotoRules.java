package nl.ouderportaal.domain.diary;

import java.util.Map;
import java.util.Set;
import java.util.UUID;
import nl.ouderportaal.domain.family.ConsentPurpose;

/**
 * Who sees a photo, by the consents of the children in it (AVG: opt-in per purpose, withdrawn at
 * once). A parent sees a photo of their own child only with consent for 'photos in the portal', and
 * a photo with other children in it only if each of them has consent for 'group photos'. A group
 * photo with nobody tagged in it (the craft of the day) is seen by the group's parents.
 */
public final class PhotoRules {

  private PhotoRules() {}

  /**
   * @param tagged the children in the photo
   * @param ownChildren the parent's own children
   * @param consents per child the purposes with consent now
   */
  public static boolean parentSees(
      Set<UUID> tagged, Set<UUID> ownChildren, Map<UUID, Set<ConsentPurpose>> consents) {
    for (UUID child : tagged) {
      ConsentPurpose needed =
          ownChildren.contains(child)
              ? ConsentPurpose.PHOTOS_IN_PORTAL
              : ConsentPurpose.GROUP_PHOTOS;
      if (!consents.getOrDefault(child, Set.of()).contains(needed)) {
        return false;
      }
    }
    return true;
  }
}
