package nl.ouderportaal.domain.credit;

import jakarta.enterprise.context.Dependent;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import nl.ouderportaal.domain.family.Child;
import nl.ouderportaal.domain.family.Contract;
import nl.ouderportaal.domain.family.ContractsChanged;
import nl.ouderportaal.domain.family.FlexHours;

/**
 * The flex hours of a child's contracts become its credits: for this year and next, each credit
 * type gets what the contracts of its care type include for that year (pro rata for a contract that
 * covers part of it), as CONTRACT lines in the ledger. When the contracts change, the difference is
 * booked: more hours are added; fewer are taken back as far as they have not been spent (spent
 * hours stay spent). Hours the service desk gives or corrects by hand stay apart.
 */
@Dependent
public class FlexCredits {

  @PersistenceContext private EntityManager em;
  @Inject private Clock clock;

  void onContractsChanged(@Observes ContractsChanged changed) {
    Child child = em.find(Child.class, changed.childId());
    if (child != null) {
      sync(child);
    }
  }

  /** Brings the child's contract credits of this year and next in line with its contracts. */
  public void sync(Child child) {
    int thisYear = LocalDate.now(clock).getYear();
    List<Contract> contracts =
        em.createQuery("select c from Contract c where c.child = :child", Contract.class)
            .setParameter("child", child)
            .getResultList();
    Map<String, CreditAccount> accounts = new HashMap<>();
    em.createNamedQuery("CreditAccount.ofChildren", CreditAccount.class)
        .setParameter("children", List.of(child.id()))
        .getResultStream()
        .forEach(a -> accounts.put(key(a.creditType(), a.validUntil()), a));
    Map<UUID, BigDecimal> granted = new HashMap<>();
    if (!accounts.isEmpty()) {
      em.createQuery(
              "select m.account.id, sum(m.hours) from CreditMutation m"
                  + " where m.account.child = :child and m.kind = :contract group by m.account.id",
              Object[].class)
          .setParameter("child", child)
          .setParameter("contract", MutationKind.CONTRACT)
          .getResultStream()
          .forEach(row -> granted.put((UUID) row[0], (BigDecimal) row[1]));
    }
    Instant now = clock.instant();
    for (int year = thisYear; year <= thisYear + 1; year++) {
      LocalDate validUntil = CreditAccount.endOfYear(year);
      for (CreditType type : CreditType.values()) {
        BigDecimal due = due(contracts, type, year);
        CreditAccount account = accounts.get(key(type, validUntil));
        BigDecimal has =
            account == null ? BigDecimal.ZERO : granted.getOrDefault(account.id(), BigDecimal.ZERO);
        BigDecimal difference = due.subtract(has);
        if (difference.signum() == 0) {
          continue;
        }
        String reason = "Contract " + year;
        if (account == null) {
          if (difference.signum() > 0) {
            CreditAccount created = new CreditAccount(child, type, validUntil, difference);
            em.persist(created);
            em.persist(
                new CreditMutation(
                    created, now, difference, MutationKind.CONTRACT, null, reason, null));
          }
          continue;
        }
        BigDecimal change = difference.signum() > 0 ? difference : takeBack(account, difference);
        if (change.signum() != 0) {
          em.createNamedQuery("CreditAccount.add")
              .setParameter("id", account.id())
              .setParameter("hours", change)
              .executeUpdate();
          em.persist(
              new CreditMutation(account, now, change, MutationKind.CONTRACT, null, reason, null));
        }
      }
    }
  }

  /**
   * The credits of a child that has none yet, from its contracts, without asking the database: for
   * an import, which makes thousands of children at once and must not flush for each.
   */
  public void startWith(Child child, List<Contract> contracts) {
    int thisYear = LocalDate.now(clock).getYear();
    Instant now = clock.instant();
    for (int year = thisYear; year <= thisYear + 1; year++) {
      for (CreditType type : CreditType.values()) {
        BigDecimal due = due(contracts, type, year);
        if (due.signum() > 0) {
          CreditAccount created =
              new CreditAccount(child, type, CreditAccount.endOfYear(year), due);
          em.persist(created);
          em.persist(
              new CreditMutation(
                  created, now, due, MutationKind.CONTRACT, null, "Contract " + year, null));
        }
      }
    }
  }

  /** What the contracts include of a credit type in a year. */
  static BigDecimal due(List<Contract> contracts, CreditType type, int year) {
    BigDecimal due = BigDecimal.ZERO.setScale(2);
    for (Contract contract : contracts) {
      if (contract.careType() == type.careType()) {
        due = due.add(FlexHours.proRata(hoursOf(contract.flex(), type), contract.period(), year));
      }
    }
    return due;
  }

  static BigDecimal hoursOf(FlexHours flex, CreditType type) {
    return switch (type) {
      case DAYCARE_FLEX -> flex.daycare();
      case OUT_OF_SCHOOL_FLEX -> flex.outOfSchool();
      case HOLIDAY -> flex.holiday();
    };
  }

  /** A negative difference, as far as the balance still holds it (never below zero). */
  private BigDecimal takeBack(CreditAccount account, BigDecimal difference) {
    BigDecimal balance =
        em.createQuery("select a.balance from CreditAccount a where a.id = :id", BigDecimal.class)
            .setParameter("id", account.id())
            .getSingleResult();
    BigDecimal wanted = difference.negate();
    return (balance.compareTo(wanted) < 0 ? balance : wanted).negate();
  }

  private static String key(CreditType type, LocalDate validUntil) {
    return type + "@" + validUntil;
  }
}
