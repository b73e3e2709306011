package nl.ouderportaal.portal.family;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import nl.ouderportaal.domain.family.FamilyCare;
import nl.ouderportaal.domain.family.Parents;
import nl.ouderportaal.portal.platform.Messages;

/**
 * Whether the family is still in care, for the pages that offer what is only possible then
 * (requesting a day, reporting an absence, writing to the group): after the end of care they are
 * not offered, and Mijn kind says once why and until when the rest can be read and downloaded.
 * Asked at most once per request.
 */
@Named
@RequestScoped
public class OurCare {

  @Inject private Parents parents;

  private FamilyCare.State state;

  public boolean isEnded() {
    return state().ended();
  }

  public boolean isRunning() {
    return !state().ended();
  }

  /** "dinsdag 2 februari 2027", the last day the parents can log in. */
  public String getLastDayOfAccess() {
    return state().lastDayOfAccess() == null ? "" : Messages.date(state().lastDayOfAccess());
  }

  private FamilyCare.State state() {
    if (state == null) {
      state = parents.myCare();
    }
    return state;
  }
}
