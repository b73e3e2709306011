package nl.ouderportaal.domain.credit;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.io.Serializable;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;
import java.util.stream.Collectors;
import nl.ouderportaal.domain.audit.AuditLog;
import nl.ouderportaal.domain.family.Child;
import nl.ouderportaal.domain.family.ChildAccess;
import nl.ouderportaal.domain.family.ChildSummary;
import nl.ouderportaal.domain.family.Children;
import nl.ouderportaal.domain.family.DeskScope;
import nl.ouderportaal.domain.family.Family;
import nl.ouderportaal.domain.platform.BusinessException;
import nl.ouderportaal.domain.platform.CurrentUser;
import nl.ouderportaal.domain.platform.Role;

/**
 * 'Tegoeden': the credits of a child per type with their validity and every change; and for the
 * service desk, granting or correcting hours with a reason.
 */
@Stateless
public class Credits {

  /** The credit of a child, per type and expiry date. */
  public record Balance(CreditType type, LocalDate validUntil, BigDecimal hours, boolean expired)
      implements Serializable {}

  /**
   * One line of the ledger as people read it; a spending or refund also names the day of care and
   * the request it was for.
   */
  public record Change(
      Instant occurredAt,
      CreditType type,
      BigDecimal hours,
      MutationKind kind,
      String reason,
      UUID requestLineId,
      LocalDate careDay,
      UUID requestId)
      implements Serializable {}

  /** A child's credits: the balances and the history. */
  public record ChildCredits(
      UUID childId, String childName, List<Balance> balances, List<Change> changes)
      implements Serializable {

    /** The hours of a type that can still be spent. */
    public BigDecimal usable(CreditType type) {
      return balances.stream()
          .filter(b -> b.type() == type && !b.expired())
          .map(Balance::hours)
          .reduce(BigDecimal.ZERO, BigDecimal::add);
    }
  }

  @PersistenceContext private EntityManager em;
  @Inject private ChildAccess access;
  @Inject private DeskScope scope;
  @Inject private Children children;
  @Inject private CreditLedger ledger;
  @Inject private CurrentUser currentUser;
  @Inject private AuditLog audit;
  @Inject private Clock clock;

  /** The credits of each of the calling parent's children. */
  public List<ChildCredits> mine() {
    List<ChildCredits> all = new ArrayList<>();
    for (ChildSummary child : children.ofMyFamily()) {
      all.add(of(access.readable(child.id())));
    }
    return all;
  }

  /**
   * The credits of each child of a family, oldest child first, for the service desk of its
   * organisation: a few queries for the whole family.
   */
  public List<ChildCredits> ofFamily(UUID familyId) {
    Family family = scope.family(scope.desk(), familyId);
    List<Child> all =
        em.createNamedQuery("Child.ofFamily", Child.class)
            .setParameter("family", family)
            .getResultList();
    LocalDate today = LocalDate.now(clock);
    List<CreditAccount> accounts =
        all.isEmpty() ? List.of() : ledger.accountsOf(all.stream().map(Child::id).toList());
    List<CreditMutation> mutations =
        accounts.isEmpty()
            ? List.of()
            : em.createNamedQuery("CreditMutation.ofAccounts", CreditMutation.class)
                .setParameter("accounts", accounts.stream().map(CreditAccount::id).toList())
                .getResultList();
    Map<UUID, Object[]> lines = linesOf(mutations);
    return all.stream()
        .map(
            child ->
                credits(
                    child,
                    accounts.stream().filter(a -> a.child().id().equals(child.id())).toList(),
                    mutations.stream()
                        .filter(m -> m.account().child().id().equals(child.id()))
                        .toList(),
                    lines,
                    today))
        .toList();
  }

  /** The credits of one child, for whoever may see the child. */
  public ChildCredits ofChild(UUID childId) {
    return of(access.readable(childId));
  }

  /**
   * The service desk grants hours (positive) or corrects the balance (either way), with a reason;
   * the credit is valid to the end of {@code year}.
   */
  public void change(UUID childId, CreditType type, int year, BigDecimal hours, String reason) {
    UUID actor = currentUser.require(Role.SERVICEDESK);
    Child child = access.readable(childId);
    if (hours == null || hours.signum() == 0 || hours.abs().compareTo(new BigDecimal("2000")) > 0) {
      throw new BusinessException("credit.hoursInvalid").on("hours");
    }
    if (reason == null || reason.isBlank()) {
      throw new BusinessException("credit.reasonRequired").on("reason");
    }
    int thisYear = LocalDate.now(clock).getYear();
    if (year < thisYear || year > thisYear + 1) {
      throw new BusinessException("credit.yearInvalid").on("year");
    }
    MutationKind kind = hours.signum() > 0 ? MutationKind.GRANT : MutationKind.CORRECTION;
    ledger.change(
        child,
        type,
        CreditAccount.endOfYear(year),
        hours.setScale(2, java.math.RoundingMode.HALF_UP),
        kind,
        reason.strip(),
        actor);
    audit.record(
        actor, "CREDIT_" + kind, "CHILD", childId, type + " " + hours + " h: " + reason.strip());
  }

  private ChildCredits of(Child child) {
    List<CreditAccount> accounts = ledger.accountsOf(List.of(child.id()));
    List<CreditMutation> mutations =
        accounts.isEmpty()
            ? List.of()
            : em.createNamedQuery("CreditMutation.ofAccounts", CreditMutation.class)
                .setParameter("accounts", accounts.stream().map(CreditAccount::id).toList())
                .getResultList();
    return credits(child, accounts, mutations, linesOf(mutations), LocalDate.now(clock));
  }

  private static ChildCredits credits(
      Child child,
      List<CreditAccount> accounts,
      List<CreditMutation> mutations,
      Map<UUID, Object[]> lines,
      LocalDate today) {
    List<Balance> balances =
        accounts.stream()
            .map(
                a ->
                    new Balance(
                        a.creditType(),
                        a.validUntil(),
                        a.balance(),
                        a.validUntil().isBefore(today)))
            .toList();
    List<Change> changes =
        mutations.stream()
            .map(
                m -> {
                  Object[] line = m.requestLineId() == null ? null : lines.get(m.requestLineId());
                  return new Change(
                      m.occurredAt(),
                      m.account().creditType(),
                      m.hours(),
                      m.kind(),
                      m.reason(),
                      m.requestLineId(),
                      line == null ? null : (LocalDate) line[1],
                      line == null ? null : (UUID) line[2]);
                })
            .sorted(Comparator.comparing(Change::occurredAt).reversed())
            .toList();
    return new ChildCredits(child.id(), child.fullName(), balances, changes);
  }

  /**
   * Day of care and request of the request lines the mutations belong to, in one query: {line id,
   * day, request id}. By entity name, as a request line is the care feature's, which itself uses
   * the ledger.
   */
  private Map<UUID, Object[]> linesOf(List<CreditMutation> mutations) {
    List<UUID> ids =
        mutations.stream()
            .map(CreditMutation::requestLineId)
            .filter(Objects::nonNull)
            .distinct()
            .toList();
    if (ids.isEmpty()) {
      return Map.of();
    }
    return em.createQuery(
            "select l.id, l.careDay, l.request.id from CareRequestLine l where l.id in :ids",
            Object[].class)
        .setParameter("ids", ids)
        .getResultStream()
        .collect(Collectors.toMap(row -> (UUID) row[0], row -> row));
  }
}
