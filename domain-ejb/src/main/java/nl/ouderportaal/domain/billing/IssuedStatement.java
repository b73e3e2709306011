package nl.ouderportaal.domain.billing;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.Objects;
import java.util.UUID;
import nl.ouderportaal.domain.organisation.CareType;

/**
 * An {@link AnnualStatement} as issued: one per child, year and care type (a unique constraint),
 * with the totals for a quick look and the document that holds the PDF.
 */
@Entity
@Table(name = "annual_statement")
@NamedQuery(
    name = "IssuedStatement.find",
    query =
        "select s from IssuedStatement s where s.childId = :child and s.statementYear = :year"
            + " and s.careType = :careType")
public class IssuedStatement {

  @Id private UUID id;

  @Column(name = "family_id", nullable = false)
  private UUID familyId;

  @Column(name = "child_id", nullable = false)
  private UUID childId;

  @Column(name = "statement_year", nullable = false)
  private int statementYear;

  @Enumerated(EnumType.STRING)
  @Column(name = "care_type", nullable = false)
  private CareType careType;

  @Column(name = "total_hours", nullable = false, precision = 9, scale = 2)
  private BigDecimal totalHours;

  @Column(name = "total_amount", nullable = false, precision = 11, scale = 2)
  private BigDecimal totalAmount;

  @Column(name = "document_id", nullable = false)
  private UUID documentId;

  @Column(name = "created_at", nullable = false)
  private Instant createdAt;

  protected IssuedStatement() {}

  IssuedStatement(UUID familyId, AnnualStatement statement, UUID documentId, Instant createdAt) {
    this.id = UUID.randomUUID();
    this.familyId = Objects.requireNonNull(familyId, "familyId");
    this.childId = statement.child().id();
    this.statementYear = statement.year();
    this.careType = statement.careType();
    this.totalHours = statement.totalHours();
    this.totalAmount = statement.totalAmount().amount();
    this.documentId = Objects.requireNonNull(documentId, "documentId");
    this.createdAt = Objects.requireNonNull(createdAt, "createdAt");
  }

  public UUID id() {
    return id;
  }

  public UUID childId() {
    return childId;
  }

  public int year() {
    return statementYear;
  }

  public CareType careType() {
    return careType;
  }

  public UUID documentId() {
    return documentId;
  }
}
