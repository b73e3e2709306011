package nl.ouderportaal.domain.importing;

import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import nl.ouderportaal.domain.family.Contract;
import nl.ouderportaal.domain.family.GroupLoad;
import nl.ouderportaal.domain.family.Placement;
import nl.ouderportaal.domain.organisation.CalendarDay;
import nl.ouderportaal.domain.organisation.Group;
import nl.ouderportaal.domain.organisation.Location;

/**
 * Reads what the database holds that an import has to fit with ({@link Existing}), for one
 * organisation, a query per kind of record: its locations, groups, families, children, contracts
 * and placements by the old system's ids of an earlier import; every LRK number and e-mail address
 * in use; the children in its groups from today on; its calendars.
 */
@Dependent
public class ExistingLoader {

  @PersistenceContext private EntityManager em;
  @Inject private Clock clock;

  /** Which of our records the old system's ids became in the organisation, in one query. */
  public ExternalIds externalIds(UUID organisationId) {
    return ExternalIds.of(
        em.createNamedQuery("ExternalRef.idsOfOrganisation", Object[].class)
            .setParameter("organisation", organisationId)
            .getResultList());
  }

  /** What the organisation holds, with the old system's ids that {@code external} names. */
  public Existing load(UUID organisationId, ExternalIds external) {
    Map<UUID, String> locationIds = external.byInternalId(ExternalRef.Kind.LOCATION);
    Map<UUID, String> groupIds = external.byInternalId(ExternalRef.Kind.GROUP);
    Map<UUID, String> familyIds = external.byInternalId(ExternalRef.Kind.FAMILY);
    Map<UUID, String> childIds = external.byInternalId(ExternalRef.Kind.CHILD);
    Map<UUID, String> contractIds = external.byInternalId(ExternalRef.Kind.CONTRACT);
    Map<UUID, String> placementIds = external.byInternalId(ExternalRef.Kind.PLACEMENT);
    Existing.Builder existing = Existing.builder();

    for (Location location :
        em.createQuery("select l from Location l join fetch l.organisation", Location.class)
            .getResultList()) {
      String id =
          location.organisation().id().equals(organisationId)
              ? locationIds.get(location.id())
              : null;
      if (id == null) {
        existing.lrkNumberElsewhere(location.lrkNumber());
      } else {
        existing.location(
            new Existing.Location(
                id,
                location.name(),
                location.careType(),
                location.lrkNumber(),
                location.openingDays()));
      }
    }
    for (Group group :
        em.createQuery(
                "select distinct g from Group g left join fetch g.capacities"
                    + " where g.location.organisation.id = :o",
                Group.class)
            .setParameter("o", organisationId)
            .getResultList()) {
      String location = locationIds.get(group.location().id());
      if (location != null) {
        existing.group(
            new Existing.Group(
                groupIds.get(group.id()),
                location,
                group.name(),
                group.minAgeMonths(),
                group.maxAgeMonths(),
                group.capacities()));
      }
    }
    em.createQuery(
            "select a.email, p.family.id, p.family.organisation.id from UserAccount a"
                + " left join Parent p on p.accountId = a.id",
            Object[].class)
        .getResultStream()
        .forEach(
            row -> {
              String family = organisationId.equals(row[2]) ? familyIds.get((UUID) row[1]) : null;
              if (family == null) {
                existing.accountElsewhere((String) row[0]);
              } else {
                existing.account((String) row[0], family);
              }
            });
    familyIds.values().forEach(existing::family);

    Map<UUID, UUID> familyOfChild = new HashMap<>();
    em.createQuery(
            "select c.id, c.family.id from Child c where c.family.organisation.id = :o",
            Object[].class)
        .setParameter("o", organisationId)
        .getResultStream()
        .forEach(row -> familyOfChild.put((UUID) row[0], (UUID) row[1]));
    childIds.forEach(
        (child, id) -> {
          String family = familyIds.get(familyOfChild.get(child));
          if (family != null) {
            existing.child(id, family);
          }
        });

    LocalDate today = LocalDate.now(clock);
    List<Contract> contracts =
        em.createQuery(
                "select distinct c from Contract c left join fetch c.days"
                    + " where c.location.organisation.id = :o",
                Contract.class)
            .setParameter("o", organisationId)
            .getResultList();
    Map<UUID, List<Contract>> contractsOfChild =
        contracts.stream().collect(Collectors.groupingBy(c -> c.child().id()));
    for (Contract contract : contracts) {
      String child = childIds.get(contract.child().id());
      if (child != null) {
        existing.contract(
            new Existing.StoredContract(
                child,
                contractIds.get(contract.id()),
                locationIds.get(contract.location().id()),
                contract.careType(),
                contract.period(),
                Set.copyOf(contract.days())));
      }
    }
    List<Placement> placements =
        em.createQuery(
                "select p from Placement p join fetch p.group g join fetch g.location"
                    + " where g.location.organisation.id = :o",
                Placement.class)
            .setParameter("o", organisationId)
            .getResultList();
    for (Placement placement : placements) {
      String child = childIds.get(placement.child().id());
      if (child != null) {
        existing.placement(
            new Existing.StoredPlacement(
                child,
                placementIds.get(placement.id()),
                groupIds.get(placement.group().id()),
                placement.group().location().careType(),
                placement.period()));
      }
      String group = groupIds.get(placement.group().id());
      boolean current =
          placement.period().end() == null || !placement.period().end().isBefore(today);
      if (group != null && current) {
        UUID location = placement.group().location().id();
        List<GroupLoad.Booking> bookings =
            contractsOfChild.getOrDefault(placement.child().id(), List.of()).stream()
                .filter(c -> c.location().id().equals(location))
                .map(c -> new GroupLoad.Booking(c.period(), Set.copyOf(c.days())))
                .toList();
        existing.placed(
            new Existing.PlacedChild(
                group,
                childIds.get(placement.child().id()),
                new GroupLoad.Placed(placement.child().id(), placement.period(), bookings)));
      }
    }
    em.createQuery(
            "select d from CalendarDay d where d.location.organisation.id = :o and d.lastDay >= :today",
            CalendarDay.class)
        .setParameter("o", organisationId)
        .setParameter("today", today)
        .getResultStream()
        .forEach(
            day -> {
              String location = locationIds.get(day.location().id());
              if (location != null) {
                existing.calendar(location, List.of(day));
              }
            });
    return existing.build();
  }
}
