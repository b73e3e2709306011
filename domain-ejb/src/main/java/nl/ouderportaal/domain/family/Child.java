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
import java.time.LocalDate;
import java.time.Period;
import java.util.Objects;
import java.util.UUID;
import org.hibernate.annotations.Cache;
import org.hibernate.annotations.CacheConcurrencyStrategy;
import org.hibernate.jpa.HibernateHints;

/** A child of one family. */
@Entity
@Table(name = "child")
@Cacheable
@Cache(usage = CacheConcurrencyStrategy.READ_WRITE)
@NamedQuery(
    name = "Child.ofFamily",
    query = "select c from Child c where c.family = :family order by c.birthDate, c.id",
    hints = @QueryHint(name = HibernateHints.HINT_CACHEABLE, value = "true"))
public class Child {

  @Id private UUID id;

  @ManyToOne(fetch = FetchType.LAZY, optional = false)
  @JoinColumn(name = "family_id")
  private Family family;

  @Column(name = "first_name", nullable = false)
  private String firstName;

  @Column(name = "last_name", nullable = false)
  private String lastName;

  @Column(name = "birth_date", nullable = false)
  private LocalDate birthDate;

  protected Child() {}

  public Child(Family family, String firstName, String lastName, LocalDate birthDate) {
    this.id = UUID.randomUUID();
    this.family = Objects.requireNonNull(family, "family");
    this.firstName = Text.require(firstName, "firstName");
    this.lastName = Text.require(lastName, "lastName");
    this.birthDate = Objects.requireNonNull(birthDate, "birthDate");
  }

  /**
   * Corrects the name and the birth date.
   *
   * @throws nl.ouderportaal.domain.platform.BusinessException {@code child.birthDateInFuture}
   */
  public void correct(String firstName, String lastName, LocalDate birthDate, LocalDate today) {
    this.firstName = Text.require(firstName, "firstName");
    this.lastName = Text.require(lastName, "lastName");
    this.birthDate = requireBorn(birthDate, today);
  }

  /**
   * A child is registered once it is born: a birth date is today or earlier, and not more than
   * eighteen years ago.
   *
   * @throws nl.ouderportaal.domain.platform.BusinessException {@code child.birthDateRequired},
   *     {@code child.birthDateInFuture} or {@code child.birthDateTooEarly} on field {@code
   *     birthDate}
   */
  public static LocalDate requireBorn(LocalDate birthDate, LocalDate today) {
    if (birthDate == null) {
      throw new nl.ouderportaal.domain.platform.BusinessException("child.birthDateRequired")
          .on("birthDate");
    }
    if (birthDate.isAfter(today)) {
      throw new nl.ouderportaal.domain.platform.BusinessException("child.birthDateInFuture")
          .on("birthDate");
    }
    if (birthDate.isBefore(today.minusYears(18))) {
      throw new nl.ouderportaal.domain.platform.BusinessException("child.birthDateTooEarly")
          .on("birthDate");
    }
    return birthDate;
  }

  /** The child's age on a day, in whole years and months. */
  public Period ageOn(LocalDate day) {
    if (day.isBefore(birthDate)) {
      throw new IllegalArgumentException(firstName + " is not born yet on " + day);
    }
    return Period.between(birthDate, day);
  }

  public int ageInMonthsOn(LocalDate day) {
    return (int) ageOn(day).toTotalMonths();
  }

  public UUID id() {
    return id;
  }

  public Family family() {
    return family;
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

  public LocalDate birthDate() {
    return birthDate;
  }
}
