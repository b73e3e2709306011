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
import java.time.Instant;
import java.util.Objects;
import java.util.UUID;

/** One line of the ledger: a change of a balance in hours, why, and for which request line. */
@Entity
@Table(name = "credit_mutation")
@NamedQuery(
    name = "CreditMutation.ofAccounts",
    query =
        "select m from CreditMutation m where m.account.id in :accounts"
            + " order by m.occurredAt desc, m.id")
@NamedQuery(
    name = "CreditMutation.ofLine",
    query = "select m from CreditMutation m where m.requestLineId = :line order by m.occurredAt")
public class CreditMutation {

  @Id private UUID id;

  @ManyToOne(fetch = FetchType.LAZY, optional = false)
  @JoinColumn(name = "account_id")
  private CreditAccount account;

  @Column(name = "occurred_at", nullable = false)
  private Instant occurredAt;

  @Column(nullable = false, precision = 7, scale = 2)
  private BigDecimal hours;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false)
  private MutationKind kind;

  @Column(name = "request_line_id")
  private UUID requestLineId;

  @Column private String reason;

  @Column(name = "by_account")
  private UUID byAccount;

  protected CreditMutation() {}

  CreditMutation(
      CreditAccount account,
      Instant occurredAt,
      BigDecimal hours,
      MutationKind kind,
      UUID requestLineId,
      String reason,
      UUID byAccount) {
    this.id = UUID.randomUUID();
    this.account = Objects.requireNonNull(account, "account");
    this.occurredAt = Objects.requireNonNull(occurredAt, "occurredAt");
    this.hours = Objects.requireNonNull(hours, "hours");
    this.kind = Objects.requireNonNull(kind, "kind");
    this.requestLineId = requestLineId;
    this.reason = reason;
    this.byAccount = byAccount;
  }

  public CreditAccount account() {
    return account;
  }

  public Instant occurredAt() {
    return occurredAt;
  }

  public BigDecimal hours() {
    return hours;
  }

  public MutationKind kind() {
    return kind;
  }

  public UUID requestLineId() {
    return requestLineId;
  }

  public String reason() {
    return reason;
  }
}
