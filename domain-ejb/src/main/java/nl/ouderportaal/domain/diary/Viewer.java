package nl.ouderportaal.domain.diary;

import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import nl.ouderportaal.domain.family.Child;
import nl.ouderportaal.domain.family.ChildAccess;
import nl.ouderportaal.domain.family.ConsentPurpose;
import nl.ouderportaal.domain.family.ConsentRecords;
import nl.ouderportaal.domain.family.Family;
import nl.ouderportaal.domain.family.Placement;
import nl.ouderportaal.domain.organisation.Group;
import nl.ouderportaal.domain.organisation.StaffMember;
import nl.ouderportaal.domain.platform.CurrentUser;
import nl.ouderportaal.domain.platform.NotFoundException;
import nl.ouderportaal.domain.platform.Role;

/**
 * Who is looking at diaries, photos and messages, and what they may see: a parent the groups of
 * their own children and (by the consent rules) their photos; a group worker their own groups; the
 * service desk every group of the organisation.
 */
@Dependent
public class Viewer {

  @PersistenceContext private EntityManager em;
  @Inject private CurrentUser currentUser;
  @Inject private ChildAccess access;
  @Inject private ConsentRecords consents;
  @Inject private Clock clock;

  public boolean isParent() {
    return currentUser.is(Role.PARENT);
  }

  public boolean isServiceDesk() {
    return currentUser.is(Role.SERVICEDESK);
  }

  /** The calling parent's children. */
  public List<Child> ownChildren() {
    return em.createNamedQuery("Child.ofFamily", Child.class)
        .setParameter("family", access.familyOfCaller())
        .getResultList();
  }

  /** The groups the caller may look into; a parent's are those of their children, today. */
  public Set<UUID> groups() {
    if (isParent()) {
      List<UUID> children = ownChildren().stream().map(Child::id).toList();
      if (children.isEmpty()) {
        return Set.of();
      }
      return em.createNamedQuery("Placement.currentOfChildren", Placement.class)
          .setParameter("children", children)
          .setParameter("day", LocalDate.now(clock))
          .getResultStream()
          .map(p -> p.group().id())
          .collect(Collectors.toSet());
    }
    StaffMember staff = access.staffOfCaller();
    if (isServiceDesk()) {
      return new HashSet<>(
          em.createQuery("select g.id from Group g where g.location.organisation = :o", UUID.class)
              .setParameter("o", staff.organisation())
              .getResultList());
    }
    return staff.groups().stream().map(Group::id).collect(Collectors.toSet());
  }

  /** A group the caller may look into, or not found. */
  public Group group(UUID groupId) {
    Group group = groupId == null ? null : em.find(Group.class, groupId);
    if (group == null || !groups().contains(group.id())) {
      throw new NotFoundException();
    }
    return group;
  }

  /** Whether the caller may see the photo. */
  public boolean sees(Photo photo) {
    if (photo.diaryEntry() != null) {
      Child child = photo.diaryEntry().child();
      try {
        access.readable(child.id());
      } catch (NotFoundException notTheirs) {
        return false;
      }
    } else if (!groups().contains(photo.group().id())) {
      return false;
    }
    if (!isParent()) {
      return true;
    }
    Set<UUID> own = ownChildren().stream().map(Child::id).collect(Collectors.toSet());
    return PhotoRules.parentSees(photo.tagged(), own, consentsOf(photo.tagged()));
  }

  /** The photos of a list the caller may see (one consent query for all of them). */
  public List<Photo> visible(List<Photo> photos) {
    if (!isParent()) {
      return photos;
    }
    return seenByParentsOf(ownChildren(), photos);
  }

  /**
   * The photos of a list that the parents of a family see in the portal, whoever asks: for what is
   * made on their behalf, such as the diary export a job stores for them.
   */
  public List<Photo> visibleToParents(Family family, List<Photo> photos) {
    return seenByParentsOf(
        em.createNamedQuery("Child.ofFamily", Child.class)
            .setParameter("family", family)
            .getResultList(),
        photos);
  }

  private List<Photo> seenByParentsOf(List<Child> children, List<Photo> photos) {
    Set<UUID> own = children.stream().map(Child::id).collect(Collectors.toSet());
    Set<UUID> everyone =
        photos.stream().flatMap(p -> p.tagged().stream()).collect(Collectors.toSet());
    Map<UUID, Set<ConsentPurpose>> granted = consentsOf(everyone);
    return photos.stream().filter(p -> PhotoRules.parentSees(p.tagged(), own, granted)).toList();
  }

  private Map<UUID, Set<ConsentPurpose>> consentsOf(Collection<UUID> children) {
    return consents.granted(children);
  }
}
