package nl.ouderportaal.domain.credit;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Objects;
import java.util.UUID;
import nl.ouderportaal.domain.family.Child;

/**
 * The hours of one type a child has that expire on the same day. Its balance never goes below zero
 * (a database check), and only changes together with a {@link CreditMutation}: spending is one
 * conditional update ({@code balance >= hours}), so parallel requests can never spend the same hour
 * twice.
 */
@Entity
@Table(name = "credit_account")
@NamedQuery(
    name = "CreditAccount.ofChildren",
    query =
        "select a from CreditAccount a where a.child.id in :children"
            + " order by a.validUntil, a.creditType")
@NamedQuery(
    name = "CreditAccount.spend",
    query =
        "update CreditAccount a set a.balance = a.balance - :hours"
            + " where a.id = :id and a.balance >= :hours")
@NamedQuery(
    name = "CreditAccount.add",
    query = "update CreditAccount a set a.balance = a.balance + :hours where a.id = :id")
public class CreditAccount {

  @Id private UUID id;

  @ManyToOne(fetch = FetchType.LAZY, optional = false)
  @JoinColumn(name = "child_id")
  private Child child;

  @Enumerated(EnumType.STRING)
  @Column(name = "credit_type", nullable = false)
  private CreditType creditType;

  @Column(name = "valid_until", nullable = false)
  private LocalDate validUntil;

  @Column(nullable = false, precision = 7, scale = 2)
  private BigDecimal balance;

  protected CreditAccount() {}

  CreditAccount(Child child, CreditType creditType, LocalDate validUntil) {
    this.id = UUID.randomUUID();
    this.child = Objects.requireNonNull(child, "child");
    this.creditType = Objects.requireNonNull(creditType, "creditType");
    this.validUntil = Objects.requireNonNull(validUntil, "validUntil");
    this.balance = BigDecimal.ZERO.setScale(2);
  }

  /** A new batch that starts with {@code hours} (given with its first mutation). */
  CreditAccount(Child child, CreditType creditType, LocalDate validUntil, BigDecimal hours) {
    this(child, creditType, validUntil);
    this.balance = hours.setScale(2);
  }

  /** Credits are valid to the end of the year they belong to. */
  public static LocalDate endOfYear(int year) {
    return LocalDate.of(year, 12, 31);
  }

  public UUID id() {
    return id;
  }

  public Child child() {
    return child;
  }

  public CreditType creditType() {
    return creditType;
  }

  public LocalDate validUntil() {
    return validUntil;
  }

  public BigDecimal balance() {
    return balance;
  }
}
