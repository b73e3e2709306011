package nl.ouderportaal.domain.family;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;
import nl.ouderportaal.domain.organisation.StaffMember;
import nl.ouderportaal.domain.platform.Role;

/**
 * The service desk's search over the families of their organisation: by family name, a parent's
 * name or e-mail address, or a child's name; paged in the database.
 */
@Stateless
public class FamilyDirectory {

  /** The columns the table can be sorted on. */
  public enum Sort {
    NAME("f.name"),
    CITY("f.address.city");

    private final String path;

    Sort(String path) {
      this.path = path;
    }
  }

  private static final String MATCHING =
      " from Family f where f.organisation.id = :organisation and (:pattern = '%'"
          + " or lower(f.name) like :pattern escape '\\'"
          + " or exists (select c.id from Child c where c.family = f"
          + "   and lower(concat(c.firstName, ' ', c.lastName)) like :pattern escape '\\')"
          + " or exists (select p.id from Parent p where p.family = f"
          + "   and (lower(concat(p.firstName, ' ', p.lastName)) like :pattern escape '\\'"
          + "   or p.email like :pattern escape '\\')))";

  @PersistenceContext private EntityManager em;
  @Inject private ChildAccess access;

  public long count(String query) {
    return em.createQuery("select count(f)" + MATCHING, Long.class)
        .setParameter("organisation", organisationOfServiceDesk())
        .setParameter("pattern", pattern(query))
        .getSingleResult();
  }

  public List<FamilyRow> search(String query, int first, int max, Sort sort, boolean ascending) {
    TypedQuery<Family> families =
        em.createQuery(
                "select f"
                    + MATCHING
                    + " order by "
                    + sort.path
                    + (ascending ? " asc" : " desc")
                    + ", f.id",
                Family.class)
            .setParameter("organisation", organisationOfServiceDesk())
            .setParameter("pattern", pattern(query))
            .setFirstResult(Math.max(first, 0))
            .setMaxResults(Math.min(Math.max(max, 1), 200));
    List<Family> page = families.getResultList();
    if (page.isEmpty()) {
      return List.of();
    }
    List<UUID> ids = page.stream().map(Family::id).toList();
    Map<UUID, List<String>> parents =
        em.createQuery(
                "select p from Parent p where p.family.id in :ids order by p.firstName",
                Parent.class)
            .setParameter("ids", ids)
            .getResultStream()
            .collect(
                Collectors.groupingBy(
                    p -> p.family().id(),
                    Collectors.mapping(Parent::fullName, Collectors.toList())));
    Map<UUID, List<String>> children =
        em.createQuery(
                "select c from Child c where c.family.id in :ids order by c.birthDate", Child.class)
            .setParameter("ids", ids)
            .getResultStream()
            .collect(
                Collectors.groupingBy(
                    c -> c.family().id(),
                    Collectors.mapping(Child::fullName, Collectors.toList())));
    return page.stream()
        .map(
            f ->
                new FamilyRow(
                    f.id(),
                    f.name(),
                    f.address().city(),
                    parents.getOrDefault(f.id(), List.of()),
                    children.getOrDefault(f.id(), List.of())))
        .toList();
  }

  private UUID organisationOfServiceDesk() {
    if (!access.callerHas(Role.SERVICEDESK)) {
      throw new nl.ouderportaal.domain.platform.NotFoundException();
    }
    StaffMember staff = access.staffOfCaller();
    return staff.organisation().id();
  }

  /** A LIKE pattern that finds the text anywhere; the user's % and _ are taken literally. */
  static String pattern(String query) {
    if (query == null || query.isBlank()) {
      return "%";
    }
    String literal =
        query
            .strip()
            .toLowerCase(Locale.ROOT)
            .replace("\\", "\\\\")
            .replace("%", "\\%")
            .replace("_", "\\_");
    return "%" + literal + "%";
  }
}
