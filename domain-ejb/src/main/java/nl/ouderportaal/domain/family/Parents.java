package nl.ouderportaal.domain.family;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.io.Serializable;

/** Parents' own details. */
@Stateless
public class Parents {

  /** A parent as the Account page shows them. */
  public record Profile(
      String firstName, String lastName, String email, String phone, String familyName)
      implements Serializable {

    public String fullName() {
      return firstName + " " + lastName;
    }
  }

  @Inject private ChildAccess access;

  /** The calling parent. */
  public Profile me() {
    Parent parent = access.parentOfCaller();
    return new Profile(
        parent.firstName(),
        parent.lastName(),
        parent.email(),
        parent.phone(),
        parent.family().name());
  }
}
