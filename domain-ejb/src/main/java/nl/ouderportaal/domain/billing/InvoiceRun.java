package nl.ouderportaal.domain.billing;

import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import nl.ouderportaal.domain.account.Accounts;
import nl.ouderportaal.domain.audit.AuditLog;
import nl.ouderportaal.domain.care.Absence;
import nl.ouderportaal.domain.document.Blobs;
import nl.ouderportaal.domain.document.Document;
import nl.ouderportaal.domain.document.DocumentKind;
import nl.ouderportaal.domain.family.Child;
import nl.ouderportaal.domain.family.Contract;
import nl.ouderportaal.domain.family.Family;
import nl.ouderportaal.domain.family.Parent;
import nl.ouderportaal.domain.notification.Category;
import nl.ouderportaal.domain.notification.Notifier;
import nl.ouderportaal.domain.notification.Recipient;
import nl.ouderportaal.domain.organisation.Location;
import nl.ouderportaal.domain.organisation.LocationCalendar;

/**
 * Issuing invoices and annual statements, for the batch jobs: which families to do, what their
 * invoice or statements are made from, and storing the result with its PDF, document, notification
 * and audit line. It checks no caller: a job acts for the organisation, and the jobs are started
 * through {@code job.Jobs}, which does check. The web modules never call it (ArchitectureTest).
 *
 * <p><b>Idempotent.</b> {@link #issue} and {@link #issueStatements} each run in a transaction of
 * their own, and store nothing for a family and month (or child, year and care type) that has its
 * invoice (statement) already; the unique constraints of V6 make sure of it when two runs race. So
 * a job can be run twice or restarted after a failure half-way and leaves exactly one of each.
 */
@Stateless
public class InvoiceRun {

  private static final System.Logger LOG = System.getLogger(InvoiceRun.class.getName());

  private static final String ACTIVE_CONTRACT =
      "exists (select c.id from Contract c where c.child.family = f"
          + " and c.period.start <= :last and (c.period.end is null or c.period.end >= :first))";
  private static final String OPEN_CHARGE =
      "exists (select ch.id from CareCharge ch where ch.status = :open and ch.careDay <= :last"
          + " and ch.childId in (select k.id from Child k where k.family = f))";
  private static final String INVOICED_IN_YEAR =
      "exists (select i.id from IssuedInvoice i where i.familyId = f.id"
          + " and i.period >= :from and i.period <= :to)";

  @PersistenceContext private EntityManager em;
  @Inject private InvoiceNumbers numbers;
  @Inject private Blobs blobs;
  @Inject private Notifier notifier;
  @Inject private Accounts accounts;
  @Inject private AuditLog audit;
  @Inject private LocationCalendar calendar;
  @Inject private Clock clock;

  /** Every organisation, for the schedule, which starts a run for each. */
  public List<UUID> organisations() {
    return em.createQuery("select o.id from Organisation o order by o.id", UUID.class)
        .getResultList();
  }

  /**
   * The ids of the families that get an invoice for the month (a contract covers a day of it, or a
   * charge waits), after {@code after} in id order, at most {@code max}: a page for the job's
   * reader, which resumes after the last id of its checkpoint.
   *
   * @param organisation one organisation, or null for all
   * @param after the last id of the previous page, or null for the first page
   */
  public List<UUID> familiesToInvoice(UUID organisation, YearMonth period, UUID after, int max) {
    TypedQuery<UUID> query =
        em.createQuery(
            "select f.id from Family f where ("
                + ACTIVE_CONTRACT
                + " or "
                + OPEN_CHARGE
                + ")"
                + (organisation == null ? "" : " and f.organisation.id = :organisation")
                + (after == null ? "" : " and f.id > :after")
                + " order by f.id",
            UUID.class);
    monthParameters(query, period);
    return page(query, organisation, after, max);
  }

  /** How many families {@link #familiesToInvoice} gives in all, for a progress bar. */
  public long countFamiliesToInvoice(UUID organisation, YearMonth period) {
    TypedQuery<Long> query =
        em.createQuery(
            "select count(f) from Family f where ("
                + ACTIVE_CONTRACT
                + " or "
                + OPEN_CHARGE
                + ")"
                + (organisation == null ? "" : " and f.organisation.id = :organisation"),
            Long.class);
    monthParameters(query, period);
    if (organisation != null) {
      query.setParameter("organisation", organisation);
    }
    return query.getSingleResult();
  }

  /**
   * Whether the organisation's invoicing of the month has been done: it has invoices of the month,
   * or no family to invoice for it. In one statement.
   */
  public boolean monthInvoiced(UUID organisation, YearMonth period) {
    TypedQuery<Boolean> query =
        em.createQuery(
            "select case when exists (select i.id from IssuedInvoice i"
                + " where i.organisationId = :organisation and i.period = :period)"
                + " or not exists (select f.id from Family f where f.organisation.id = :organisation"
                + " and ("
                + ACTIVE_CONTRACT
                + " or "
                + OPEN_CHARGE
                + ")) then true else false end"
                + " from Organisation o where o.id = :organisation",
            Boolean.class);
    monthParameters(query, period);
    return query
        .setParameter("organisation", organisation)
        .setParameter("period", period)
        .getSingleResult();
  }

  /** What the family's invoice for the month is made from. */
  public InvoiceInput inputFor(UUID familyId, YearMonth period) {
    Family family =
        em.createQuery(
                "select f from Family f join fetch f.organisation where f.id = :id", Family.class)
            .setParameter("id", familyId)
            .getSingleResult();
    List<Contract> contracts =
        em.createQuery(
                "select distinct c from Contract c join fetch c.child k join fetch c.location l"
                    + " join fetch l.organisation where k.family = :family"
                    + " and c.period.start <= :last"
                    + " and (c.period.end is null or c.period.end >= :first)"
                    + " order by c.period.start",
                Contract.class)
            .setParameter("family", family)
            .setParameter("first", period.atDay(1))
            .setParameter("last", period.atEndOfMonth())
            .getResultList();
    Map<UUID, Child> children = new HashMap<>();
    em.createQuery("select k from Child k where k.family = :family", Child.class)
        .setParameter("family", family)
        .getResultList()
        .forEach(child -> children.put(child.id(), child));
    List<InvoiceInput.OpenCharge> charges = new ArrayList<>();
    List<String> problems = new ArrayList<>();
    for (nl.ouderportaal.domain.care.CareCharge charge :
        em.createQuery(
                "select ch from CareCharge ch where ch.status = :open and ch.careDay <= :last"
                    + " and ch.childId in :children order by ch.careDay, ch.id",
                nl.ouderportaal.domain.care.CareCharge.class)
            .setParameter("open", nl.ouderportaal.domain.care.CareCharge.Status.OPEN)
            .setParameter("last", period.atEndOfMonth())
            .setParameter("children", children.isEmpty() ? List.of(familyId) : children.keySet())
            .getResultList()) {
      try {
        charges.add(new InvoiceInput.OpenCharge(charge.id(), toBilling(charge, children)));
      } catch (IllegalArgumentException | NullPointerException broken) {
        problems.add("charge " + charge.id() + ": " + broken.getMessage());
      }
    }
    List<Parent> parents =
        em.createNamedQuery("Parent.findByFamily", Parent.class)
            .setParameter("family", family)
            .getResultList();
    return new InvoiceInput(family, period, parents, contracts, charges, problems);
  }

  /**
   * A charge of the care module as a line for billing: extra care, or a late cancellation when the
   * child was reported absent that day after the cancel deadline (see {@link CareCharge#approved}).
   * A cancelled line has no open charge: cancelling withdraws it.
   */
  private CareCharge toBilling(
      nl.ouderportaal.domain.care.CareCharge charge, Map<UUID, Child> children) {
    Location location = em.find(Location.class, charge.locationId());
    // the draft is made after this transaction, and names the organisation
    location.organisation().name();
    Child child = children.get(charge.childId());
    Optional<java.time.Instant> absenceReported =
        em.createQuery(
                "select a from Absence a where a.child.id = :child and a.careDay = :day",
                Absence.class)
            .setParameter("child", charge.childId())
            .setParameter("day", charge.careDay())
            .getResultStream()
            .findFirst()
            .map(Absence::reportedAt);
    return CareCharge.approved(
        child,
        location,
        charge.careDay(),
        charge.hours(),
        new Money(charge.hourlyRate()),
        calendar.policy(location.organisation(), location.careType()),
        absenceReported);
  }

  /**
   * Issues the family's invoice for the month from the draft, in a transaction of its own: the next
   * number, the invoice and its lines, its charges marked invoiced, the PDF as a document of the
   * family, a notification to the parents and an audit line. Does nothing when the family has its
   * invoice for the month already, or when there is nothing to charge (no number is used).
   *
   * @return the new invoice's id, or empty when nothing was issued
   */
  @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
  public Optional<UUID> issue(InvoiceInput input, InvoiceDraft draft) {
    UUID familyId = input.familyId();
    if (existing(familyId, input.period()).isPresent() || draft.isEmpty()) {
      return Optional.empty();
    }
    Family family = em.find(Family.class, familyId);
    UUID organisationId = family.organisation().id();
    LocalDate today = LocalDate.now(clock);
    Invoice invoice = draft.issue(numbers.next(organisationId, today.getYear()), today);
    IssuedInvoice issued = new IssuedInvoice(organisationId, familyId, invoice, clock.instant());
    em.persist(issued);
    // the unique (family, period) constraint speaks now, before any work on the PDF
    em.flush();
    for (InvoiceInput.OpenCharge open : input.charges()) {
      em.find(
              nl.ouderportaal.domain.care.CareCharge.class,
              open.id(),
              LockModeType.PESSIMISTIC_WRITE)
          .markInvoiced();
    }
    UUID blob = blobs.store("application/pdf", pdf(out -> new InvoicePdf(invoice).writeTo(out)));
    Document document =
        new Document(
            familyId,
            DocumentKind.INVOICE,
            DutchText.INVOICE + " " + invoice.number() + " " + DutchText.month(invoice.period()),
            "factuur-" + invoice.number(),
            blob,
            clock.instant(),
            null,
            null);
    em.persist(document);
    issued.attach(document.id());
    tellParents(
        family,
        "invoice",
        "Je factuur van " + DutchText.month(invoice.period()) + " staat klaar",
        "Your invoice for " + invoice.period() + " is ready",
        "/invoices.xhtml",
        Map.of(
            "period",
            DutchText.month(invoice.period()),
            "number",
            invoice.number().toString(),
            "amount",
            DutchText.euros(invoice.total()),
            "organisation",
            invoice.organisationName()));
    audit.record(
        null,
        "INVOICE_ISSUED",
        "INVOICE",
        issued.id(),
        invoice.number() + " " + invoice.period() + " " + invoice.total());
    LOG.log(System.Logger.Level.DEBUG, "Issued {0}", invoice);
    return Optional.of(issued.id());
  }

  /** The families that have invoices with care in the year, a page after {@code after}. */
  public List<UUID> familiesWithInvoices(UUID organisation, int year, UUID after, int max) {
    TypedQuery<UUID> query =
        em.createQuery(
            "select f.id from Family f where "
                + INVOICED_IN_YEAR
                + (organisation == null ? "" : " and f.organisation.id = :organisation")
                + (after == null ? "" : " and f.id > :after")
                + " order by f.id",
            UUID.class);
    yearParameters(query, year);
    return page(query, organisation, after, max);
  }

  public long countFamiliesWithInvoices(UUID organisation, int year) {
    TypedQuery<Long> query =
        em.createQuery(
            "select count(f) from Family f where "
                + INVOICED_IN_YEAR
                + (organisation == null ? "" : " and f.organisation.id = :organisation"),
            Long.class);
    yearParameters(query, year);
    if (organisation != null) {
      query.setParameter("organisation", organisation);
    }
    return query.getSingleResult();
  }

  /**
   * The family's invoices that can hold care of the year: those of the year and of the year after
   * (extra care of December is on January's invoice).
   */
  public List<Invoice> invoicesFor(UUID familyId, int year) {
    return em.createNamedQuery("IssuedInvoice.ofFamilyBetween", IssuedInvoice.class)
        .setParameter("family", familyId)
        .setParameter("from", YearMonth.of(year, 1))
        .setParameter("to", YearMonth.of(year + 1, 12))
        .getResultStream()
        .map(IssuedInvoice::toInvoice)
        .toList();
  }

  /**
   * Issues the annual statements of a family for a year, in a transaction of its own: each as a PDF
   * document of the family, unless the child has its statement of that year and care type already.
   * The parents hear once, when at least one is new.
   *
   * @return how many were issued now
   */
  @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
  public int issueStatements(UUID familyId, int year, List<AnnualStatement> statements) {
    Family family = em.find(Family.class, familyId);
    int issued = 0;
    for (AnnualStatement statement : statements) {
      if (statement.year() != year) {
        throw new IllegalArgumentException(statement + " is not of " + year);
      }
      boolean exists =
          em.createNamedQuery("IssuedStatement.find", IssuedStatement.class)
              .setParameter("child", statement.child().id())
              .setParameter("year", year)
              .setParameter("careType", statement.careType())
              .getResultStream()
              .findAny()
              .isPresent();
      if (exists) {
        continue;
      }
      UUID blob =
          blobs.store(
              "application/pdf", pdf(out -> new AnnualStatementPdf(statement).writeTo(out)));
      Document document =
          new Document(
              familyId,
              DocumentKind.ANNUAL_STATEMENT,
              DutchText.ANNUAL_STATEMENT
                  + " "
                  + year
                  + " "
                  + statement.child().name()
                  + " ("
                  + DutchText.careType(statement.careType()).toLowerCase(java.util.Locale.ROOT)
                  + ")",
              "jaaropgave-" + year + "-" + statement.child().name(),
              blob,
              clock.instant(),
              null,
              null);
      em.persist(document);
      IssuedStatement stored =
          new IssuedStatement(familyId, statement, document.id(), clock.instant());
      em.persist(stored);
      em.flush();
      audit.record(
          null,
          "ANNUAL_STATEMENT_ISSUED",
          "ANNUAL_STATEMENT",
          stored.id(),
          year + " " + statement.child().name() + " " + statement.careType());
      issued++;
    }
    if (issued > 0) {
      tellParents(
          family,
          "annual-statement",
          "Je jaaropgave " + year + " staat klaar",
          "Your annual statement " + year + " is ready",
          "/documents.xhtml",
          Map.of("year", String.valueOf(year), "organisation", family.organisation().name()));
    }
    return issued;
  }

  private Optional<IssuedInvoice> existing(UUID familyId, YearMonth period) {
    return em.createNamedQuery("IssuedInvoice.findByFamilyAndPeriod", IssuedInvoice.class)
        .setParameter("family", familyId)
        .setParameter("period", period)
        .getResultStream()
        .findFirst();
  }

  private void tellParents(
      Family family,
      String template,
      String dutchTitle,
      String englishTitle,
      String link,
      Map<String, String> values) {
    for (Parent parent :
        em.createNamedQuery("Parent.findByFamily", Parent.class)
            .setParameter("family", family)
            .getResultList()) {
      if (parent.accountId() == null) {
        continue;
      }
      Recipient recipient = accounts.recipient(parent.accountId());
      Map<String, String> mail = new HashMap<>(values);
      mail.put("name", parent.firstName());
      notifier.notify(
          recipient,
          Category.INVOICES_DOCUMENTS,
          "en".equals(recipient.language()) ? englishTitle : dutchTitle,
          link,
          template,
          mail);
    }
  }

  /** Writes to memory: an invoice or statement is a few kilobytes, unlike an uploaded file. */
  private interface PdfWriter {
    void writeTo(java.io.OutputStream out) throws IOException;
  }

  private static ByteArrayInputStream pdf(PdfWriter writer) {
    ByteArrayOutputStream out = new ByteArrayOutputStream(8192);
    try {
      writer.writeTo(out);
    } catch (IOException e) {
      throw new UncheckedIOException("Writing a PDF to memory failed", e);
    }
    return new ByteArrayInputStream(out.toByteArray());
  }

  private static void monthParameters(TypedQuery<?> query, YearMonth period) {
    query
        .setParameter("first", period.atDay(1))
        .setParameter("last", period.atEndOfMonth())
        .setParameter("open", nl.ouderportaal.domain.care.CareCharge.Status.OPEN);
  }

  private static void yearParameters(TypedQuery<?> query, int year) {
    query.setParameter("from", YearMonth.of(year, 1)).setParameter("to", YearMonth.of(year, 12));
  }

  private static List<UUID> page(TypedQuery<UUID> query, UUID organisation, UUID after, int max) {
    if (organisation != null) {
      query.setParameter("organisation", organisation);
    }
    if (after != null) {
      query.setParameter("after", after);
    }
    return query.setMaxResults(max).getResultList();
  }
}
