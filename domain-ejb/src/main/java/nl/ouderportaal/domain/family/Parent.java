package nl.ouderportaal.domain.family;

import jakarta.persistence.Cacheable;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.QueryHint;
import jakarta.persistence.Table;
import java.util.Objects;
import java.util.UUID;
import org.hibernate.annotations.Cache;
import org.hibernate.annotations.CacheConcurrencyStrategy;
import org.hibernate.jpa.HibernateHints;

/**
 * A parent or guardian of a family; logs in to the portal with their own account. Kept in the
 * second-level cache, with the query that finds the calling parent: every portal use case asks who
 * the caller's family is.
 */
@Entity
@Table(name = "parent")
@Cacheable
@Cache(usage = CacheConcurrencyStrategy.READ_WRITE)
@NamedQuery(
    name = "Parent.findByAccount",
    query = "select p from Parent p where p.accountId = :accountId",
    hints = @QueryHint(name = HibernateHints.HINT_CACHEABLE, value = "true"))
@NamedQuery(
    name = "Parent.findByFamily",
    query = "select p from Parent p where p.family = :family order by p.firstName")
public class Parent {

  @Id private UUID id;

  @ManyToOne(fetch = FetchType.LAZY, optional = false)
  @JoinColumn(name = "family_id")
  private Family family;

  @Column(name = "account_id", unique = true)
  private UUID accountId;

  @Column(name = "first_name", nullable = false)
  private String firstName;

  @Column(name = "last_name", nullable = false)
  private String lastName;

  @Column(nullable = false)
  private String email;

  @Column private String phone;

  protected Parent() {}

  public Parent(Family family, String firstName, String lastName, String email, String phone) {
    this.id = UUID.randomUUID();
    this.family = Objects.requireNonNull(family, "family");
    this.firstName = Text.require(firstName, "firstName");
    this.lastName = Text.require(lastName, "lastName");
    this.email = Text.require(email, "email").toLowerCase(java.util.Locale.ROOT);
    this.phone = phone == null || phone.isBlank() ? null : phone.strip();
  }

  /** The parent got a login. */
  public void linkAccount(UUID accountId) {
    if (this.accountId != null && !this.accountId.equals(accountId)) {
      throw new IllegalStateException("parent " + id + " already has an account");
    }
    this.accountId = Objects.requireNonNull(accountId, "accountId");
  }

  public void rename(String firstName, String lastName) {
    this.firstName = Text.require(firstName, "firstName");
    this.lastName = Text.require(lastName, "lastName");
  }

  public void changePhone(String phone) {
    String digits = phone == null ? "" : phone.replaceAll("[\\s()-]", "");
    if (!digits.isEmpty() && !digits.matches("\\+?[0-9]{8,15}")) {
      throw new nl.ouderportaal.domain.platform.BusinessException("details.phone.invalid")
          .on("phone");
    }
    this.phone = digits.isEmpty() ? null : phone.strip();
  }

  /**
   * The service desk or an import corrects the address of a parent whose account still waits for
   * its password (its login name changes with it, which the caller sees to).
   */
  public void correctEmail(String email) {
    changeEmail(email);
  }

  /** The contact address follows the login address when that changes. */
  void changeEmail(String email) {
    this.email = Text.require(email, "email").toLowerCase(java.util.Locale.ROOT);
  }

  public UUID id() {
    return id;
  }

  public Family family() {
    return family;
  }

  public UUID accountId() {
    return accountId;
  }

  public String firstName() {
    return firstName;
  }

  public String lastName() {
    return lastName;
  }

  public String fullName() {
    return firstName + " " + lastName;
  }

  public String email() {
    return email;
  }

  public String phone() {
    return phone;
  }
}
