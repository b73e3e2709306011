package nl.ouderportaal.domain.family;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.io.Serializable;
import java.time.LocalDate;
import nl.ouderportaal.domain.audit.AuditLog;
import nl.ouderportaal.domain.organisation.Address;
import nl.ouderportaal.domain.organisation.Organisation;
import nl.ouderportaal.domain.platform.BusinessException;

/** Parents' own details. */
@Stateless
public class Parents {

  /**
   * A parent as the Account page shows them.
   *
   * @param lastDayOfAccess when care has ended: the last day they can log in; otherwise null
   */
  public record Profile(
      String firstName,
      String lastName,
      String email,
      String phone,
      String familyName,
      String street,
      String postalCode,
      String city,
      boolean careEnded,
      LocalDate lastDayOfAccess,
      String organisationName,
      String serviceDeskEmail,
      String serviceDeskPhone)
      implements Serializable {

    public String fullName() {
      return firstName + " " + lastName;
    }
  }

  @Inject private ChildAccess access;
  @Inject private FamilyCare care;
  @Inject private AuditLog audit;

  /**
   * Whether the calling parent's family is still in care, for the pages that offer what is only
   * possible then (requests, absences, messages to the group).
   */
  public FamilyCare.State myCare() {
    return care.state(access.familyOfCaller());
  }

  /** The calling parent. */
  public Profile me() {
    Parent parent = access.parentOfCaller();
    Family family = parent.family();
    Address address = family.address();
    Organisation organisation = family.organisation();
    return new Profile(
        parent.firstName(),
        parent.lastName(),
        parent.email(),
        parent.phone(),
        family.name(),
        address.street(),
        address.postalCode(),
        address.city(),
        care.careEnded(family),
        care.lastDayOfAccess(family).orElse(null),
        organisation.name(),
        organisation.serviceDeskEmail(),
        organisation.serviceDeskPhone());
  }

  /**
   * Changes the caller's name and phone number, and the family's address (shared with the other
   * parent). The login address changes elsewhere, with the password.
   */
  public void changeMyDetails(
      String firstName,
      String lastName,
      String phone,
      String street,
      String postalCode,
      String city) {
    Parent parent = access.parentOfCaller();
    Address address;
    try {
      address =
          new Address(
              required(street, "street"),
              required(postalCode, "postalCode"),
              required(city, "city"));
    } catch (IllegalArgumentException badPostalCode) {
      throw new BusinessException("details.postalCode.invalid").on("postalCode");
    }
    parent.rename(required(firstName, "firstName"), required(lastName, "lastName"));
    parent.changePhone(phone);
    parent.family().move(address);
    audit.record(parent.accountId(), "DETAILS_CHANGED", "PARENT", parent.id(), null);
  }

  private static String required(String value, String field) {
    if (value == null || value.isBlank()) {
      throw new BusinessException("details." + field + ".required").on(field);
    }
    if (value.strip().length() > 100) {
      throw new BusinessException("details.tooLong").on(field);
    }
    return value.strip();
  }
}
