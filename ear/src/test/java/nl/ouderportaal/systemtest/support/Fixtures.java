package nl.ouderportaal.systemtest.support;

import jakarta.annotation.Resource;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityManagerFactory;
import java.math.BigDecimal;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import nl.ouderportaal.domain.account.PasswordHash;
import nl.ouderportaal.domain.account.UserAccount;
import nl.ouderportaal.domain.family.Child;
import nl.ouderportaal.domain.family.Contract;
import nl.ouderportaal.domain.family.ContractDay;
import nl.ouderportaal.domain.family.Family;
import nl.ouderportaal.domain.family.Parent;
import nl.ouderportaal.domain.family.Placement;
import nl.ouderportaal.domain.importing.ExternalRef;
import nl.ouderportaal.domain.notification.OutboxMail;
import nl.ouderportaal.domain.organisation.Address;
import nl.ouderportaal.domain.organisation.CareType;
import nl.ouderportaal.domain.organisation.DayPart;
import nl.ouderportaal.domain.organisation.Group;
import nl.ouderportaal.domain.organisation.Location;
import nl.ouderportaal.domain.organisation.Organisation;
import nl.ouderportaal.domain.organisation.StaffMember;
import nl.ouderportaal.domain.platform.DateRange;
import nl.ouderportaal.domain.platform.Role;

/** Builds the test data of a {@link Scenario} with the domain model, in one transaction. */
@Stateless
public class Fixtures {

  /** Hashing costs a fifth of a second; every scenario's accounts share one hash. */
  private static final String PASSWORD_HASH = PasswordHash.hash(Scenario.PASSWORD.toCharArray());

  @Resource(lookup = "java:global/ouderportaal/persistence")
  private EntityManagerFactory emf;

  public Scenario scenario() {
    EntityManager em = emf.createEntityManager();
    em.joinTransaction();
    String token = token();
    LocalDate today = LocalDate.now();
    Instant now = Instant.now();

    Organisation organisation =
        persist(
            em,
            new Organisation(
                "Testopvang " + token, "servicepunt-" + token + "@test.example", "030 000 00 00"));
    Location kdv =
        persist(
            em,
            new Location(
                organisation,
                "KDV " + token,
                new Address("Teststraat 1", "1234 AB", "Utrecht"),
                lrkNumber(),
                CareType.DAYCARE));
    Group x = persist(em, new Group(kdv, "Groep X " + token, 0, 48, 12));
    Group y = persist(em, new Group(kdv, "Groep Y " + token, 0, 48, 12));

    Family a =
        persist(
            em,
            new Family(
                organisation, "Aalbers " + token, new Address("Aweg 1", "3511 AA", "Utrecht")));
    UserAccount parentA =
        account(em, organisation, "ouder-a-" + token + "@test.example", Role.PARENT, now);
    Parent parentAInFamily =
        persist(em, new Parent(a, "Anna", "Aalbers " + token, parentA.email(), null));
    parentAInFamily.linkAccount(parentA.id());
    Child a1 = child(em, a, "Abel", today.minusMonths(8), x, kdv, today);
    Child a2 = child(em, a, "Ada", today.minusYears(3), y, kdv, today);

    Family b =
        persist(
            em,
            new Family(
                organisation, "Bakker " + token, new Address("Bweg 2", "3511 BB", "Utrecht")));
    UserAccount parentB =
        account(em, organisation, "ouder-b-" + token + "@test.example", Role.PARENT, now);
    persist(em, new Parent(b, "Bram", "Bakker " + token, parentB.email(), null))
        .linkAccount(parentB.id());
    Child b1 = child(em, b, "Bo", today.minusYears(2), x, kdv, today);
    Child b2 = child(em, b, "Bas", today.minusMonths(14), y, kdv, today);

    UserAccount staffX =
        account(em, organisation, "pm-x-" + token + "@test.example", Role.STAFF, now);
    persist(em, new StaffMember(organisation, staffX.id(), "Xandra", "Groep X")).workIn(x);
    UserAccount staffY =
        account(em, organisation, "pm-y-" + token + "@test.example", Role.STAFF, now);
    persist(em, new StaffMember(organisation, staffY.id(), "Yusuf", "Groep Y")).workIn(y);
    UserAccount desk =
        account(em, organisation, "servicepunt-" + token + "@test.example", Role.SERVICEDESK, now);
    persist(em, new StaffMember(organisation, desk.id(), "Sara", "Servicepunt"));
    em.flush();

    return new Scenario(
        token,
        organisation.id(),
        x.id(),
        x.name(),
        y.id(),
        y.name(),
        a.id(),
        a.name(),
        parentA.id(),
        parentA.email(),
        parentAInFamily.fullName(),
        a1.id(),
        a1.fullName(),
        a2.id(),
        a2.fullName(),
        b.id(),
        b.name(),
        parentB.id(),
        parentB.email(),
        b1.id(),
        b1.fullName(),
        b2.id(),
        b2.fullName(),
        staffX.id(),
        staffX.email(),
        staffY.id(),
        staffY.email(),
        desk.id(),
        desk.email());
  }

  /**
   * A family of its own whose one contract runs from {@code start} to {@code end} (null: no end),
   * with a parent whose account is active (with {@link Scenario#PASSWORD}) or new (no password, not
   * invited).
   */
  public NewFamily newFamily(LocalDate start, LocalDate end, boolean activeParent) {
    EntityManager em = emf.createEntityManager();
    em.joinTransaction();
    String token = token();
    Instant now = Instant.now();
    Organisation organisation =
        persist(
            em,
            new Organisation("Opvang " + token, "sp-" + token + "@test.example", "030 000 00 00"));
    Location kdv =
        persist(
            em,
            new Location(
                organisation,
                "KDV " + token,
                new Address("Teststraat 1", "1234 AB", "Utrecht"),
                lrkNumber(),
                CareType.DAYCARE));
    Group group = persist(em, new Group(kdv, "Groep " + token, 0, 48, 12));
    Family family =
        persist(
            em,
            new Family(
                organisation, "Nieuw " + token, new Address("Nweg 3", "3511 CC", "Utrecht")));
    UserAccount account =
        persist(
            em,
            new UserAccount(
                organisation,
                "ouder-n-" + token.toLowerCase(Locale.ROOT) + "@test.example",
                EnumSet.of(Role.PARENT),
                now));
    if (activeParent) {
      account.activate(PASSWORD_HASH);
    }
    Parent parent = persist(em, new Parent(family, "Noa", "Nieuw " + token, account.email(), null));
    parent.linkAccount(account.id());
    Child child = persist(em, new Child(family, "Nina", family.name(), start.minusMonths(6)));
    DateRange period = new DateRange(start, end);
    persist(em, new Placement(child, group, period));
    persist(
        em,
        new Contract(
            child,
            kdv,
            Set.of(new ContractDay(DayOfWeek.TUESDAY, DayPart.MORNING)),
            new BigDecimal("264"),
            new BigDecimal("10.95"),
            period));
    UserAccount desk =
        account(
            em,
            organisation,
            "sp-" + token.toLowerCase(Locale.ROOT) + "@test.example",
            Role.SERVICEDESK,
            now);
    persist(em, new StaffMember(organisation, desk.id(), "Sven", "Servicepunt"));
    em.flush();
    return new NewFamily(
        token,
        family.id(),
        family.name(),
        parent.id(),
        account.id(),
        account.email(),
        parent.firstName(),
        child.id(),
        child.fullName(),
        desk.email());
  }

  /**
   * {@code count} more families in the organisation, each with one child at its KDV with the
   * scenario's contract (528 h a year at 10.95, running since last month), and a parent without a
   * login, or no parent at all. Their ids, in the order a job reads them (by id).
   */
  public List<UUID> moreFamilies(UUID organisationId, int count, boolean withParent) {
    EntityManager em = emf.createEntityManager();
    em.joinTransaction();
    Organisation organisation = em.find(Organisation.class, organisationId);
    Location kdv =
        em.createQuery(
                "select l from Location l where l.organisation = :organisation"
                    + " and l.careType = :daycare",
                Location.class)
            .setParameter("organisation", organisation)
            .setParameter("daycare", CareType.DAYCARE)
            .setMaxResults(1)
            .getSingleResult();
    LocalDate start = LocalDate.now().minusMonths(1).withDayOfMonth(1);
    List<UUID> ids = new java.util.ArrayList<>();
    for (int i = 0; i < count; i++) {
      String token = token();
      Family family =
          persist(
              em,
              new Family(
                  organisation,
                  "Gezin " + token,
                  new Address("Cweg " + (i + 1), "3511 CC", "Utrecht")));
      if (withParent) {
        persist(
            em,
            new Parent(
                family,
                "Ouder",
                "Gezin " + token,
                "ouder-" + token.toLowerCase(Locale.ROOT) + "@test.example",
                null));
      }
      Child child = persist(em, new Child(family, "Kind", family.name(), start.minusYears(1)));
      persist(
          em,
          new Contract(
              child,
              kdv,
              Set.of(
                  new ContractDay(DayOfWeek.MONDAY, DayPart.MORNING),
                  new ContractDay(DayOfWeek.MONDAY, DayPart.AFTERNOON)),
              new BigDecimal("528"),
              new BigDecimal("10.95"),
              DateRange.from(start)));
      ids.add(family.id());
    }
    em.flush();
    return ids;
  }

  /**
   * One more family in the group's organisation, whose only child (born 10 months ago) is placed in
   * the group since last month with a contract at its location.
   */
  public FamilyInGroup familyInGroup(UUID groupId) {
    EntityManager em = emf.createEntityManager();
    em.joinTransaction();
    String token = token();
    LocalDate today = LocalDate.now();
    Group group = em.find(Group.class, groupId);
    Organisation organisation = group.location().organisation();
    Family family =
        persist(
            em,
            new Family(
                organisation, "Claes " + token, new Address("Cweg 3", "3511 CC", "Utrecht")));
    UserAccount account =
        account(
            em,
            organisation,
            "ouder-c-" + token.toLowerCase(Locale.ROOT) + "@test.example",
            Role.PARENT,
            Instant.now());
    persist(em, new Parent(family, "Cor", family.name(), account.email(), null))
        .linkAccount(account.id());
    Child child = child(em, family, "Cas", today.minusMonths(10), group, group.location(), today);
    em.flush();
    return new FamilyInGroup(
        family.id(), account.id(), account.email(), child.id(), child.fullName());
  }

  /**
   * What imports stored for an organisation, counted in the database: the families the old system's
   * ids name (and how many of those ids there are, and distinct records they name), the families of
   * the organisation whose name has {@code nameToken}, and the parents, accounts, children,
   * contracts, placements, credit lines and log lines of the imported families.
   */
  public Map<String, Long> importedCounts(UUID organisationId, String nameToken) {
    EntityManager em = emf.createEntityManager();
    String imported =
        "(select r.internalId from ExternalRef r where r.key.organisationId = :o"
            + " and r.key.kind = :family)";
    Map<String, String> queries = new LinkedHashMap<>();
    queries.put(
        "familyRefs",
        "select count(r) from ExternalRef r where r.key.organisationId = :o"
            + " and r.key.kind = :family");
    queries.put(
        "familiesReferred",
        "select count(distinct r.internalId) from ExternalRef r where r.key.organisationId = :o"
            + " and r.key.kind = :family");
    queries.put("families", "select count(f) from Family f where f.id in " + imported);
    queries.put(
        "familiesByName",
        "select count(f) from Family f where f.organisation.id = :o and f.name like :name");
    queries.put(
        "distinctNames",
        "select count(distinct f.name) from Family f where f.organisation.id = :o"
            + " and f.name like :name");
    queries.put("parents", "select count(p) from Parent p where p.family.id in " + imported);
    queries.put(
        "accounts",
        "select count(a) from UserAccount a where a.id in"
            + " (select p.accountId from Parent p where p.family.id in "
            + imported
            + ")");
    queries.put("children", "select count(c) from Child c where c.family.id in " + imported);
    queries.put(
        "contracts", "select count(c) from Contract c where c.child.family.id in " + imported);
    queries.put(
        "placements", "select count(p) from Placement p where p.child.family.id in " + imported);
    queries.put(
        "creditLines",
        "select count(m) from CreditMutation m where m.account.child.family.id in " + imported);
    queries.put("logLines", "select count(e) from AuditEvent e where e.familyId in " + imported);
    try {
      Map<String, Long> counts = new LinkedHashMap<>();
      queries.forEach(
          (name, jpql) -> {
            var query = em.createQuery(jpql, Long.class).setParameter("o", organisationId);
            if (jpql.contains(":family")) {
              query.setParameter("family", ExternalRef.Kind.FAMILY);
            }
            if (jpql.contains(":name")) {
              query.setParameter("name", "%" + nameToken + "%");
            }
            counts.put(name, query.getSingleResult());
          });
      return counts;
    } finally {
      em.close();
    }
  }

  /** The LRK number of a group's location. */
  public String lrkNumberOf(UUID groupId) {
    EntityManager em = emf.createEntityManager();
    try {
      return em.find(Group.class, groupId).location().lrkNumber();
    } finally {
      em.close();
    }
  }

  /** The numbers of the organisation's invoices, in order; one per family and month. */
  public List<String> invoiceNumbers(UUID organisationId) {
    EntityManager em = emf.createEntityManager();
    try {
      return em.createQuery(
              "select i from IssuedInvoice i where i.organisationId = :organisation",
              nl.ouderportaal.domain.billing.IssuedInvoice.class)
          .setParameter("organisation", organisationId)
          .getResultStream()
          .map(i -> i.number().toString())
          .sorted()
          .toList();
    } finally {
      em.close();
    }
  }

  /** How many invoices a family has for a month. */
  public long invoiceCount(UUID familyId, java.time.YearMonth period) {
    EntityManager em = emf.createEntityManager();
    try {
      return em.createQuery(
              "select count(i) from IssuedInvoice i where i.familyId = :family"
                  + " and i.period = :period",
              Long.class)
          .setParameter("family", familyId)
          .setParameter("period", period)
          .getSingleResult();
    } finally {
      em.close();
    }
  }

  /** The family's invoice for a month as it was issued, with its lines; null when there is none. */
  public nl.ouderportaal.domain.billing.Invoice invoiceOf(
      UUID familyId, java.time.YearMonth period) {
    EntityManager em = emf.createEntityManager();
    try {
      return em.createNamedQuery(
              "IssuedInvoice.findByFamilyAndPeriod",
              nl.ouderportaal.domain.billing.IssuedInvoice.class)
          .setParameter("family", familyId)
          .setParameter("period", period)
          .getResultStream()
          .findFirst()
          .map(nl.ouderportaal.domain.billing.IssuedInvoice::toInvoice)
          .orElse(null);
    } finally {
      em.close();
    }
  }

  /** The charges of 'on the invoice' care of a child, by day. */
  public List<nl.ouderportaal.domain.care.CareCharge> chargesOf(UUID childId) {
    EntityManager em = emf.createEntityManager();
    try {
      return em.createQuery(
              "select c from CareCharge c where c.childId = :child order by c.careDay",
              nl.ouderportaal.domain.care.CareCharge.class)
          .setParameter("child", childId)
          .getResultList();
    } finally {
      em.close();
    }
  }

  /** How many documents a family has. */
  public long documentCount(UUID familyId) {
    EntityManager em = emf.createEntityManager();
    try {
      return em.createQuery(
              "select count(d) from Document d where d.familyId = :family", Long.class)
          .setParameter("family", familyId)
          .getSingleResult();
    } finally {
      em.close();
    }
  }

  /** Ends every contract of the family's children on {@code end} (they began a year before). */
  public void endCare(UUID family, LocalDate end) {
    EntityManager em = emf.createEntityManager();
    em.joinTransaction();
    em.createNativeQuery(
            "update contract set start_date = ?, end_date = ?"
                + " where child_id in (select id from child where family_id = ?)")
        .setParameter(1, end.minusYears(1))
        .setParameter(2, end)
        .setParameter(3, family)
        .executeUpdate();
  }

  /** The web and thumbnail files of photos, as far as they are still stored. */
  public long storedFilesOf(List<UUID> photos) {
    EntityManager em = emf.createEntityManager();
    em.joinTransaction();
    List<UUID> files = new java.util.ArrayList<>();
    for (UUID id : photos) {
      nl.ouderportaal.domain.diary.Photo photo =
          em.find(nl.ouderportaal.domain.diary.Photo.class, id);
      if (photo != null) {
        files.add(photo.blob(nl.ouderportaal.domain.diary.Photo.Size.WEB));
        files.add(photo.blob(nl.ouderportaal.domain.diary.Photo.Size.THUMBNAIL));
      }
    }
    return files.isEmpty()
        ? 0
        : ((Number)
                em.createNativeQuery("select count(*) from blob where id in (:ids)")
                    .setParameter("ids", files)
                    .getSingleResult())
            .longValue();
  }

  /**
   * How many files were stored since {@code since}, of all tests: tests run one after another, so a
   * test that asks before and after one refused upload sees only what that upload left behind.
   */
  public long blobsStoredSince(Instant since) {
    EntityManager em = emf.createEntityManager();
    em.joinTransaction();
    return ((Number)
            em.createNativeQuery("select count(*) from blob where created_at >= ?1")
                .setParameter(
                    1, java.time.OffsetDateTime.ofInstant(since, java.time.ZoneOffset.UTC))
                .getSingleResult())
        .longValue();
  }

  /**
   * The group takes {@code capacity} children in every day part, even when its children by contract
   * do not fit (the service desk's change would be refused): a group that is already full.
   */
  public void capacity(UUID groupId, int capacity) {
    EntityManager em = emf.createEntityManager();
    em.joinTransaction();
    em.find(Group.class, groupId).changeCapacity(capacity);
    em.flush();
  }

  /** The organisation keeps the diary for children younger than {@code months}. */
  public void diaryAge(UUID organisationId, int months) {
    EntityManager em = emf.createEntityManager();
    em.joinTransaction();
    em.find(Organisation.class, organisationId).changeDiaryAge(months);
    em.flush();
  }

  /**
   * The child's contracts and placements run from {@code start} to {@code end}, as if the service
   * desk had ended its care (the model has no use case for it yet).
   */
  public void careBetween(UUID childId, LocalDate start, LocalDate end) {
    EntityManager em = emf.createEntityManager();
    em.joinTransaction();
    for (String table : List.of("contract", "placement")) {
      em.createNativeQuery(
              "update " + table + " set start_date = ?1, end_date = ?2 where child_id = ?3")
          .setParameter(1, start)
          .setParameter(2, end)
          .setParameter(3, childId)
          .executeUpdate();
    }
  }

  /**
   * The days of a request's lines moved to {@code day}, as if time had passed since it was sent.
   */
  public void moveRequestTo(UUID requestId, LocalDate day) {
    EntityManager em = emf.createEntityManager();
    em.joinTransaction();
    em.createNativeQuery("update care_request_line set care_day = ?1 where request_id = ?2")
        .setParameter(1, day)
        .setParameter(2, requestId)
        .executeUpdate();
  }

  /** The last day the parents see a document, as if it had been set so when it was made. */
  public void lastDayForParents(UUID documentId, LocalDate day) {
    EntityManager em = emf.createEntityManager();
    em.joinTransaction();
    em.createNativeQuery("update document set visible_until = ?1 where id = ?2")
        .setParameter(1, day)
        .setParameter(2, documentId)
        .executeUpdate();
  }

  /** How many diary exports a child has: one at most. */
  public long diaryExportCount(UUID childId) {
    EntityManager em = emf.createEntityManager();
    try {
      return em.createQuery(
              "select count(x) from DiaryExport x where x.childId = :child", Long.class)
          .setParameter("child", childId)
          .getSingleResult();
    } finally {
      em.close();
    }
  }

  /** The mails in the outbox for an address: [total, sent, attempts of the latest]. */
  public int[] outbox(String recipient) {
    EntityManager em = emf.createEntityManager();
    try {
      List<OutboxMail> mails =
          em.createQuery(
                  "select m from OutboxMail m where m.recipient = :recipient order by m.createdAt",
                  OutboxMail.class)
              .setParameter("recipient", recipient)
              .getResultList();
      int sent = (int) mails.stream().filter(m -> m.sentAt() != null).count();
      int attempts = mails.isEmpty() ? 0 : mails.get(mails.size() - 1).attempts();
      return new int[] {mails.size(), sent, attempts};
    } finally {
      em.close();
    }
  }

  /** The location of a group. */
  public UUID locationOf(UUID groupId) {
    EntityManager em = emf.createEntityManager();
    try {
      return em.find(Group.class, groupId).location().id();
    } finally {
      em.close();
    }
  }

  /** The text of the latest mail to an address, or null. */
  public String latestMailText(String recipient) {
    EntityManager em = emf.createEntityManager();
    try {
      return em.createQuery(
              "select m.textBody from OutboxMail m where m.recipient = :recipient order by m.createdAt desc",
              String.class)
          .setParameter("recipient", recipient)
          .setMaxResults(1)
          .getResultStream()
          .findFirst()
          .orElse(null);
    } finally {
      em.close();
    }
  }

  /** The link in the latest mail to an address. */
  public String latestLink(String recipient) {
    String text = latestMailText(recipient);
    java.util.regex.Matcher link =
        java.util.regex.Pattern.compile("token=([A-Za-z0-9_-]+)").matcher(text == null ? "" : text);
    if (!link.find()) {
      throw new AssertionError("no link in the mail to " + recipient + ": " + text);
    }
    return link.group(1);
  }

  private static Child child(
      EntityManager em,
      Family family,
      String firstName,
      LocalDate born,
      Group group,
      Location location,
      LocalDate today) {
    String lastName = family.name();
    Child child = persist(em, new Child(family, firstName, lastName, born));
    DateRange period =
        DateRange.from(today.minusMonths(1).isBefore(born) ? born : today.minusMonths(1));
    persist(em, new Placement(child, group, period));
    persist(
        em,
        new Contract(
            child,
            location,
            Set.of(
                new ContractDay(DayOfWeek.MONDAY, DayPart.MORNING),
                new ContractDay(DayOfWeek.MONDAY, DayPart.AFTERNOON)),
            new BigDecimal("528"),
            new BigDecimal("10.95"),
            period));
    return child;
  }

  /** The photo was put in the portal on {@code day}, as if it had been then. */
  public void photoOn(UUID photoId, LocalDate day) {
    EntityManager em = emf.createEntityManager();
    em.joinTransaction();
    em.createNativeQuery("update photo set uploaded_at = ?1 where id = ?2")
        .setParameter(1, java.time.OffsetDateTime.of(day.atTime(12, 0), java.time.ZoneOffset.UTC))
        .setParameter(2, photoId)
        .executeUpdate();
  }

  /**
   * The child was placed in its group from {@code start} to {@code lastDay}, and from the next day
   * in group {@code to}, as if it had moved then.
   */
  public void movedToGroup(UUID childId, LocalDate start, LocalDate lastDay, UUID to) {
    EntityManager em = emf.createEntityManager();
    em.joinTransaction();
    em.createNativeQuery("update placement set start_date = ?1, end_date = ?2 where child_id = ?3")
        .setParameter(1, start)
        .setParameter(2, lastDay)
        .setParameter(3, childId)
        .executeUpdate();
    em.persist(
        new Placement(
            em.find(Child.class, childId),
            em.find(Group.class, to),
            DateRange.from(lastDay.plusDays(1))));
    em.flush();
  }

  private static UserAccount account(
      EntityManager em, Organisation organisation, String email, Role role, Instant now) {
    UserAccount account = persist(em, new UserAccount(organisation, email, EnumSet.of(role), now));
    account.activate(PASSWORD_HASH);
    return account;
  }

  private static <T> T persist(EntityManager em, T entity) {
    em.persist(entity);
    return entity;
  }

  private static String token() {
    StringBuilder token = new StringBuilder();
    ThreadLocalRandom random = ThreadLocalRandom.current();
    token.append((char) ('A' + random.nextInt(26)));
    for (int i = 0; i < 5; i++) {
      token.append((char) ('a' + random.nextInt(26)));
    }
    return token.toString().toUpperCase(Locale.ROOT).charAt(0) + token.substring(1);
  }

  private static String lrkNumber() {
    return String.format("%09d", ThreadLocalRandom.current().nextInt(100_000_000, 1_000_000_000));
  }
}
