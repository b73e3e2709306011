package nl.ouderportaal.backoffice.family;

import jakarta.faces.context.ExternalContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import java.util.UUID;
import nl.ouderportaal.backoffice.platform.Messages;
import nl.ouderportaal.domain.family.Families;
import nl.ouderportaal.domain.platform.BusinessException;

/**
 * 'Nieuw gezin': the address and one or two parents; then the family's page, to add its children
 * with their contracts and groups.
 */
@Named
@ViewScoped
public class NewFamilyPage implements Serializable {

  @Inject private Families families;
  @Inject private ExternalContext external;

  private String name;
  private String street;
  private String postalCode;
  private String city;
  private String firstName;
  private String lastName;
  private String email;
  private String phone;
  private String parent2FirstName;
  private String parent2LastName;
  private String parent2Email;
  private String parent2Phone;

  public String create() {
    try {
      UUID id =
          families.create(
              name,
              street,
              postalCode,
              city,
              List.of(
                  new Families.NewParent(firstName, lastName, email, phone),
                  new Families.NewParent(
                      parent2FirstName, parent2LastName, parent2Email, parent2Phone)));
      Messages.info("family.created");
      external.getFlash().setKeepMessages(true);
      return "/family?faces-redirect=true&id=" + id;
    } catch (BusinessException refused) {
      Messages.error("newFamily", refused);
      return null;
    }
  }

  public String getName() {
    return name;
  }

  public void setName(String name) {
    this.name = name;
  }

  public String getStreet() {
    return street;
  }

  public void setStreet(String street) {
    this.street = street;
  }

  public String getPostalCode() {
    return postalCode;
  }

  public void setPostalCode(String postalCode) {
    this.postalCode = postalCode;
  }

  public String getCity() {
    return city;
  }

  public void setCity(String city) {
    this.city = city;
  }

  public String getFirstName() {
    return firstName;
  }

  public void setFirstName(String firstName) {
    this.firstName = firstName;
  }

  public String getLastName() {
    return lastName;
  }

  public void setLastName(String lastName) {
    this.lastName = lastName;
  }

  public String getEmail() {
    return email;
  }

  public void setEmail(String email) {
    this.email = email;
  }

  public String getPhone() {
    return phone;
  }

  public void setPhone(String phone) {
    this.phone = phone;
  }

  public String getParent2FirstName() {
    return parent2FirstName;
  }

  public void setParent2FirstName(String parent2FirstName) {
    this.parent2FirstName = parent2FirstName;
  }

  public String getParent2LastName() {
    return parent2LastName;
  }

  public void setParent2LastName(String parent2LastName) {
    this.parent2LastName = parent2LastName;
  }

  public String getParent2Email() {
    return parent2Email;
  }

  public void setParent2Email(String parent2Email) {
    this.parent2Email = parent2Email;
  }

  public String getParent2Phone() {
    return parent2Phone;
  }

  public void setParent2Phone(String parent2Phone) {
    this.parent2Phone = parent2Phone;
  }
}
