package nl.ouderportaal.domain.credit;

import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.lang.System.Logger;
import java.lang.System.Logger.Level;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import nl.ouderportaal.domain.family.Child;
import nl.ouderportaal.domain.platform.BusinessException;

/**
 * Changes credit balances, always together with a line in the ledger, inside the caller's
 * transaction. Spending is a conditional update per batch: when another request took the hours in
 * the meantime, the update changes nothing and the whole request is refused and rolled back.
 */
@Dependent
public class CreditLedger {

  private static final Logger LOG = System.getLogger(CreditLedger.class.getName());

  @PersistenceContext private EntityManager em;
  @Inject private Clock clock;

  /** The batches of these children, expiring first first. */
  public List<CreditAccount> accountsOf(List<UUID> childIds) {
    if (childIds.isEmpty()) {
      return List.of();
    }
    return em.createNamedQuery("CreditAccount.ofChildren", CreditAccount.class)
        .setParameter("children", childIds)
        .getResultList();
  }

  /**
   * The child's batches with their balances as the database has them now. Read as values, not as
   * entities: spending is a bulk update that leaves loaded entities as they were, so a second line
   * of the same request would otherwise see hours that the first one already took.
   */
  public List<CreditAllocation.Batch> batchesOf(Child child) {
    return em.createQuery(
            "select a.id, a.creditType, a.validUntil, a.balance from CreditAccount a"
                + " where a.child.id = :child order by a.validUntil, a.creditType",
            Object[].class)
        .setParameter("child", child.id())
        .getResultStream()
        .map(
            row ->
                new CreditAllocation.Batch(
                    (UUID) row[0], (CreditType) row[1], (LocalDate) row[2], (BigDecimal) row[3]))
        .toList();
  }

  /**
   * Pays for care with credit of the type; refused with {@code credit.notEnough} when the usable
   * credit does not cover the hours.
   */
  public void spend(
      Child child, CreditType type, LocalDate careDay, BigDecimal hours, UUID lineId) {
    LocalDate today = LocalDate.now(clock);
    List<CreditAllocation.Take> takes =
        CreditAllocation.allocate(batchesOf(child), type, careDay, today, hours)
            .orElseThrow(() -> new BusinessException("credit.notEnough"));
    Instant now = clock.instant();
    for (CreditAllocation.Take take : takes) {
      int changed =
          em.createNamedQuery("CreditAccount.spend")
              .setParameter("id", take.accountId())
              .setParameter("hours", take.hours())
              .executeUpdate();
      if (changed != 1) {
        // another request spent these hours a moment ago
        throw new BusinessException("credit.notEnough");
      }
      em.persist(
          new CreditMutation(
              em.getReference(CreditAccount.class, take.accountId()),
              now,
              take.hours().negate(),
              MutationKind.SPEND,
              lineId,
              null,
              null));
    }
  }

  /** Whether credit was spent on a request line (and not given back). */
  public boolean paid(UUID lineId) {
    return em.createNamedQuery("CreditMutation.ofLine", CreditMutation.class)
            .setParameter("line", lineId)
            .getResultStream()
            .map(m -> m.kind() == MutationKind.SPEND ? 1 : m.kind() == MutationKind.REFUND ? -1 : 0)
            .reduce(0, Integer::sum)
        > 0;
  }

  /** Gives back what a request line spent (it was cancelled in time, or rejected). */
  public void refund(UUID lineId, String reason) {
    Instant now = clock.instant();
    List<CreditMutation> ofLine =
        em.createNamedQuery("CreditMutation.ofLine", CreditMutation.class)
            .setParameter("line", lineId)
            .getResultList();
    for (CreditMutation spent : ofLine) {
      if (spent.kind() != MutationKind.SPEND) {
        continue;
      }
      boolean refunded =
          ofLine.stream()
              .anyMatch(
                  m ->
                      m.kind() == MutationKind.REFUND
                          && m.account().id().equals(spent.account().id()));
      if (refunded) {
        continue;
      }
      BigDecimal hours = spent.hours().negate();
      em.createNamedQuery("CreditAccount.add")
          .setParameter("id", spent.account().id())
          .setParameter("hours", hours)
          .executeUpdate();
      em.persist(
          new CreditMutation(
              spent.account(), now, hours, MutationKind.REFUND, lineId, reason, null));
    }
  }

  /**
   * Adds (or, negative, takes away) hours by hand: a grant or a correction, with a reason. A
   * correction can never make the balance negative.
   */
  public void change(
      Child child,
      CreditType type,
      LocalDate validUntil,
      BigDecimal hours,
      MutationKind kind,
      String reason,
      UUID by) {
    CreditAccount account = findOrCreate(child, type, validUntil);
    if (hours.signum() < 0) {
      int changed =
          em.createNamedQuery("CreditAccount.spend")
              .setParameter("id", account.id())
              .setParameter("hours", hours.negate())
              .executeUpdate();
      if (changed != 1) {
        throw new BusinessException("credit.correctionBelowZero");
      }
    } else {
      em.createNamedQuery("CreditAccount.add")
          .setParameter("id", account.id())
          .setParameter("hours", hours)
          .executeUpdate();
    }
    em.persist(new CreditMutation(account, clock.instant(), hours, kind, null, reason, by));
  }

  /** Ends every batch past its date: what was left is written off in the ledger. */
  public int expire(LocalDate today) {
    List<CreditAccount> expired =
        em.createQuery(
                "select a from CreditAccount a where a.validUntil < :today and a.balance > 0",
                CreditAccount.class)
            .setParameter("today", today)
            .getResultList();
    Instant now = clock.instant();
    for (CreditAccount account : expired) {
      BigDecimal left = account.balance();
      int changed =
          em.createNamedQuery("CreditAccount.spend")
              .setParameter("id", account.id())
              .setParameter("hours", left)
              .executeUpdate();
      if (changed == 1) {
        em.persist(
            new CreditMutation(account, now, left.negate(), MutationKind.EXPIRY, null, null, null));
      }
    }
    LOG.log(Level.INFO, "Expired {0} credit batches", expired.size());
    return expired.size();
  }

  private CreditAccount findOrCreate(Child child, CreditType type, LocalDate validUntil) {
    return em.createQuery(
            "select a from CreditAccount a where a.child = :child and a.creditType = :type"
                + " and a.validUntil = :until",
            CreditAccount.class)
        .setParameter("child", child)
        .setParameter("type", type)
        .setParameter("until", validUntil)
        .getResultStream()
        .findFirst()
        .orElseGet(
            () -> {
              CreditAccount created = new CreditAccount(child, type, validUntil);
              em.persist(created);
              em.flush();
              return created;
            });
  }
}
