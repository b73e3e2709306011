package nl.ouderportaal.domain.billing;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.UUID;
import nl.ouderportaal.domain.organisation.Address;

/**
 * An {@link Invoice} as stored once it is issued: one per family and month (a unique constraint, so
 * a second run of the same month cannot add one), numbered in its organisation's series, with its
 * lines and the document that holds its PDF. Never changed afterwards except its payment status.
 */
@Entity
@Table(name = "invoice")
@NamedQuery(
    name = "IssuedInvoice.findByFamilyAndPeriod",
    query = "select i from IssuedInvoice i where i.familyId = :family and i.period = :period")
@NamedQuery(
    name = "IssuedInvoice.ofFamily",
    query =
        "select i from IssuedInvoice i where i.familyId = :family"
            + " order by i.period desc, i.invoiceYear desc, i.invoiceSequence desc")
@NamedQuery(
    name = "IssuedInvoice.countOfFamily",
    query = "select count(i) from IssuedInvoice i where i.familyId = :family")
@NamedQuery(
    name = "IssuedInvoice.ofFamilyBetween",
    query =
        "select distinct i from IssuedInvoice i left join fetch i.lines where i.familyId = :family"
            + " and i.period >= :from and i.period <= :to")
public class IssuedInvoice {

  @Id private UUID id;

  @Column(name = "organisation_id", nullable = false)
  private UUID organisationId;

  @Column(name = "family_id", nullable = false)
  private UUID familyId;

  @Convert(converter = YearMonthText.class)
  @Column(name = "period", nullable = false)
  private YearMonth period;

  @Column(name = "invoice_year", nullable = false)
  private int invoiceYear;

  @Column(name = "invoice_sequence", nullable = false)
  private int invoiceSequence;

  @Column(name = "invoice_date", nullable = false)
  private LocalDate invoiceDate;

  @Column(name = "organisation_name", nullable = false)
  private String organisationName;

  @Column(name = "debtor_name", nullable = false)
  private String debtorName;

  @Embedded private Address debtorAddress;

  @Column(name = "total", nullable = false, precision = 11, scale = 2)
  private BigDecimal total;

  @Enumerated(EnumType.STRING)
  @Column(name = "status", nullable = false)
  private InvoiceStatus status;

  @Column(name = "document_id")
  private UUID documentId;

  @Column(name = "created_at", nullable = false)
  private Instant createdAt;

  @ElementCollection
  @CollectionTable(name = "invoice_line", joinColumns = @JoinColumn(name = "invoice_id"))
  @OrderColumn(name = "line_index")
  private List<IssuedLine> lines = new ArrayList<>();

  protected IssuedInvoice() {}

  IssuedInvoice(UUID organisationId, UUID familyId, Invoice invoice, Instant createdAt) {
    this.id = UUID.randomUUID();
    this.organisationId = Objects.requireNonNull(organisationId, "organisationId");
    this.familyId = Objects.requireNonNull(familyId, "familyId");
    this.period = invoice.period();
    this.invoiceYear = invoice.number().year();
    this.invoiceSequence = invoice.number().sequence();
    this.invoiceDate = invoice.invoiceDate();
    this.organisationName = invoice.organisationName();
    this.debtorName = invoice.debtor().name();
    this.debtorAddress = invoice.debtor().address();
    this.total = invoice.total().amount();
    this.status = InvoiceStatus.OPEN;
    this.createdAt = Objects.requireNonNull(createdAt, "createdAt");
    invoice.lines().forEach(line -> lines.add(new IssuedLine(line)));
  }

  /** The PDF is stored as a document of the family once the invoice has its number. */
  void attach(UUID documentId) {
    if (this.documentId != null) {
      throw new IllegalStateException("invoice " + number() + " has its document already");
    }
    this.documentId = Objects.requireNonNull(documentId, "documentId");
  }

  /** The invoice of the model again, e.g. for an annual statement or to print it anew. */
  public Invoice toInvoice() {
    return new Invoice(
        number(),
        invoiceDate,
        period,
        organisationName,
        new Debtor(debtorName, debtorAddress),
        lines.stream().map(IssuedLine::toLine).toList());
  }

  public UUID id() {
    return id;
  }

  public UUID organisationId() {
    return organisationId;
  }

  public UUID familyId() {
    return familyId;
  }

  public YearMonth period() {
    return period;
  }

  public InvoiceNumber number() {
    return new InvoiceNumber(invoiceYear, invoiceSequence);
  }

  public LocalDate invoiceDate() {
    return invoiceDate;
  }

  public Money total() {
    return new Money(total);
  }

  public InvoiceStatus status() {
    return status;
  }

  public UUID documentId() {
    return documentId;
  }
}
