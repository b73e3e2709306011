package nl.ouderportaal.domain.family;

/** What a parent can give consent for, per child. Every purpose is opt-in. */
public enum ConsentPurpose {
  /** photos of the child in the parent's own portal */
  PHOTOS_IN_PORTAL,
  /** the child visible in group photos that other parents see */
  GROUP_PHOTOS,
  /** photos used outside the portal: website, leaflets */
  OUTSIDE_PORTAL
}
