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
import nl.ouderportaal.domain.family.FamilyCare;
import nl.ouderportaal.domain.family.FamilyPlacements;
import nl.ouderportaal.domain.organisation.Group;
import nl.ouderportaal.domain.organisation.StaffMember;
import nl.ouderportaal.domain.platform.CurrentUser;
import nl.ouderportaal.domain.platform.NotFoundException;
import nl.ouderportaal.domain.platform.PerRequest;
import nl.ouderportaal.domain.platform.Role;

/**
 * Who is looking at diaries, photos and messages, and what they may see: a parent the groups of
 * their own children and (by the consent rules) their photos; a group worker their own groups; the
 * service desk every group of the organisation. A parent sees a group's photos of the days one of
 * their children was placed in it ({@link PhotoDays}), also after the child moved on or its care
 * ended, for as long as they can see the child's photos at all.
 */
@Dependent
public class Viewer {

  @PersistenceContext private EntityManager em;
  @Inject private CurrentUser currentUser;
  @Inject private ChildAccess access;
  @Inject private ConsentRecords consents;
  @Inject private FamilyCare familyCare;
  @Inject private FamilyPlacements placements;
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
      return PerRequest.remember(new ParentGroups(currentUser.requireAccountId()), this::today);
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

  /**
   * The groups whose photos and albums the caller may look into: for a parent those of {@link
   * #photoDays}, for anyone else {@link #groups}.
   */
  public Set<UUID> photoGroups() {
    return isParent() ? photoDays().groups() : groups();
  }

  /**
   * The days on which the calling parent sees each group's photos: the placements, up to today, of
   * their children whose photos they can still see (in care, or in the weeks of access after it).
   */
  public PhotoDays photoDays() {
    return PerRequest.remember(new ParentPhotoDays(currentUser.requireAccountId()), this::readDays);
  }

  /** The groups of the calling parent's children today. */
  private Set<UUID> today() {
    LocalDate today = LocalDate.now(clock);
    return placements.upToToday(access.familyOfCaller()).stream()
        .filter(stay -> stay.today(today))
        .map(FamilyPlacements.Stay::groupId)
        .collect(Collectors.toUnmodifiableSet());
  }

  /** The keys of what a page request keeps of the calling parent's groups ({@link PerRequest}). */
  private record ParentGroups(UUID accountId) {}

  private record ParentPhotoDays(UUID accountId) {}

  private PhotoDays readDays() {
    List<Child> children = ownChildren();
    Set<UUID> ended = familyCare.accessEnded(children);
    return new PhotoDays(
        placements.upToToday(access.familyOfCaller()).stream()
            .filter(stay -> !ended.contains(stay.childId()))
            .map(stay -> new PhotoDays.Stay(stay.groupId(), stay.period()))
            .toList());
  }

  /** The day a photo belongs to: the day it was put in the portal. */
  LocalDate dayOf(Photo photo) {
    return LocalDate.ofInstant(photo.uploadedAt(), clock.getZone());
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
    } else if (isParent()
        ? !photoDays().covers(photo.group().id(), dayOf(photo))
        : !groups().contains(photo.group().id())) {
      return false;
    }
    if (!isParent()) {
      return true;
    }
    Set<UUID> own = ownChildren().stream().map(Child::id).collect(Collectors.toSet());
    return PhotoRules.parentSees(photo.tagged(), own, consentsOf(photo.tagged()));
  }

  /**
   * The photos of a list the caller may see (one consent query for all of them); for a parent, the
   * group photos only of their {@link #photoDays}.
   */
  public List<Photo> visible(List<Photo> photos) {
    if (!isParent()) {
      return photos;
    }
    boolean groupPhotos = photos.stream().anyMatch(p -> p.diaryEntry() == null);
    PhotoDays days = groupPhotos ? photoDays() : null;
    List<Photo> ofTheirDays =
        photos.stream()
            .filter(p -> p.diaryEntry() != null || days.covers(p.group().id(), dayOf(p)))
            .toList();
    return seenByParentsOf(ownChildren(), ofTheirDays);
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
