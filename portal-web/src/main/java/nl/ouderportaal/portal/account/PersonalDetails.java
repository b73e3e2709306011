package nl.ouderportaal.portal.account;

import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import nl.ouderportaal.domain.account.Credentials;
import nl.ouderportaal.domain.family.Parents;
import nl.ouderportaal.domain.platform.BusinessException;
import nl.ouderportaal.portal.platform.Messages;

/**
 * 'Persoonlijke gegevens': name, phone and address; and, each asking for the current password, a
 * new password and a new e-mail address.
 */
@Named
@ViewScoped
public class PersonalDetails implements Serializable {

  @Inject private Parents parents;
  @Inject private Credentials credentials;

  private Parents.Profile me;
  private String firstName;
  private String lastName;
  private String phone;
  private String street;
  private String postalCode;
  private String city;

  private String currentPassword;
  private String newPassword;
  private String repeatPassword;

  private String emailPassword;
  private String newEmail;

  @PostConstruct
  void load() {
    me = parents.me();
    firstName = me.firstName();
    lastName = me.lastName();
    phone = me.phone();
    street = me.street();
    postalCode = me.postalCode();
    city = me.city();
  }

  public void saveDetails() {
    try {
      parents.changeMyDetails(firstName, lastName, phone, street, postalCode, city);
      me = parents.me();
      Messages.info("details.saved");
    } catch (BusinessException refused) {
      Messages.error("details", refused);
    }
  }

  public void changePassword() {
    if (newPassword == null || !newPassword.equals(repeatPassword)) {
      Messages.error("password:repeatPassword", "password.notTheSame");
      return;
    }
    try {
      Credentials.Outcome outcome = credentials.changePassword(currentPassword, newPassword);
      if (outcome == Credentials.Outcome.WRONG_PASSWORD) {
        Messages.error("password:currentPassword", "password.currentWrong");
      } else if (outcome == Credentials.Outcome.LOCKED) {
        Messages.error("password:currentPassword", "login.locked");
      } else {
        Messages.info("password.changed");
      }
    } catch (BusinessException refused) {
      Messages.error("password", refused.field() == null ? refused.on("newPassword") : refused);
    } finally {
      currentPassword = null;
      newPassword = null;
      repeatPassword = null;
    }
  }

  public void changeEmail() {
    try {
      Credentials.Outcome outcome = credentials.requestEmailChange(emailPassword, newEmail);
      if (outcome == Credentials.Outcome.WRONG_PASSWORD) {
        Messages.error("email:emailPassword", "password.currentWrong");
      } else if (outcome == Credentials.Outcome.LOCKED) {
        Messages.error("email:emailPassword", "login.locked");
      } else {
        Messages.info("email.confirmationSent", newEmail);
        newEmail = null;
      }
    } catch (BusinessException refused) {
      Messages.error("email", refused.field() == null ? refused.on("newEmail") : refused);
    } finally {
      emailPassword = null;
    }
  }

  public Parents.Profile getMe() {
    return me;
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

  public String getPhone() {
    return phone;
  }

  public void setPhone(String phone) {
    this.phone = phone;
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

  public String getCurrentPassword() {
    return currentPassword;
  }

  public void setCurrentPassword(String currentPassword) {
    this.currentPassword = currentPassword;
  }

  public String getNewPassword() {
    return newPassword;
  }

  public void setNewPassword(String newPassword) {
    this.newPassword = newPassword;
  }

  public String getRepeatPassword() {
    return repeatPassword;
  }

  public void setRepeatPassword(String repeatPassword) {
    this.repeatPassword = repeatPassword;
  }

  public String getEmailPassword() {
    return emailPassword;
  }

  public void setEmailPassword(String emailPassword) {
    this.emailPassword = emailPassword;
  }

  public String getNewEmail() {
    return newEmail;
  }

  public void setNewEmail(String newEmail) {
    this.newEmail = newEmail;
  }
}
