package nl.ouderportaal.domain.messaging;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.io.Serializable;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import nl.ouderportaal.domain.account.Accounts;
import nl.ouderportaal.domain.diary.Viewer;
import nl.ouderportaal.domain.family.ChildAccess;
import nl.ouderportaal.domain.family.Family;
import nl.ouderportaal.domain.family.FamilyCare;
import nl.ouderportaal.domain.family.Parent;
import nl.ouderportaal.domain.family.Placement;
import nl.ouderportaal.domain.notification.Category;
import nl.ouderportaal.domain.notification.Notifier;
import nl.ouderportaal.domain.organisation.Group;
import nl.ouderportaal.domain.organisation.StaffMember;
import nl.ouderportaal.domain.platform.CurrentUser;
import nl.ouderportaal.domain.platform.NotFoundException;
import nl.ouderportaal.domain.platform.Role;

/**
 * 'Berichten': a parent reads the staff's messages to the groups of their children and their own
 * family's conversation with each group, and writes to the group; group workers read everything of
 * their groups, write to all parents or answer one family. Every new message is told to whom it
 * concerns, the way each chose.
 */
@Stateless
public class GroupMessages {

  /** A message as the pages show it. */
  public record Message(
      UUID id,
      UUID groupId,
      String group,
      UUID familyId,
      String familyName,
      String authorName,
      boolean byStaff,
      Instant writtenAt,
      String text)
      implements Serializable {}

  @PersistenceContext private EntityManager em;
  @Inject private Viewer viewer;
  @Inject private ChildAccess access;
  @Inject private CurrentUser currentUser;
  @Inject private FamilyCare familyCare;
  @Inject private Notifier notifier;
  @Inject private Accounts accounts;
  @Inject private Clock clock;

  /** The messages the caller may read, newest first: a parent's groups, or a worker's groups. */
  public List<Message> mine(int max) {
    List<UUID> groups = List.copyOf(viewer.groups());
    if (groups.isEmpty()) {
      return List.of();
    }
    List<GroupMessage> messages;
    if (viewer.isParent()) {
      Family family = access.familyOfCaller();
      messages =
          em.createQuery(
                  "select m from GroupMessage m join fetch m.group where m.group.id in :groups"
                      + " and (m.family is null or m.family = :family) order by m.writtenAt desc, m.id",
                  GroupMessage.class)
              .setParameter("groups", groups)
              .setParameter("family", family)
              .setMaxResults(Math.min(max, 200))
              .getResultList();
    } else {
      messages =
          em.createQuery(
                  "select m from GroupMessage m join fetch m.group left join fetch m.family"
                      + " where m.group.id in :groups order by m.writtenAt desc, m.id",
                  GroupMessage.class)
              .setParameter("groups", groups)
              .setMaxResults(Math.min(max, 200))
              .getResultList();
    }
    return messages.stream().map(GroupMessages::view).toList();
  }

  /** A parent writes to the group of one of their children; the group's staff read it. */
  public UUID writeToGroup(UUID groupId, String text) {
    Parent parent = access.parentOfCaller();
    Group group = viewer.group(groupId);
    familyCare.requireRunningCare(parent.family());
    GroupMessage message =
        new GroupMessage(
            group,
            parent.family(),
            parent.accountId(),
            parent.fullName(),
            false,
            text,
            clock.instant());
    em.persist(message);
    return message.id();
  }

  /**
   * A group worker writes to every parent of the group ({@code familyId} null), or answers one
   * family of the group.
   */
  public UUID post(UUID groupId, UUID familyId, String text) {
    UUID author = currentUser.require(Role.STAFF);
    Group group = viewer.group(groupId);
    StaffMember staff = access.staffOfCaller();
    Family family = null;
    if (familyId != null) {
      family = em.find(Family.class, familyId);
      if (family == null || !familiesOf(group).contains(family.id())) {
        throw new NotFoundException();
      }
    }
    GroupMessage message =
        new GroupMessage(group, family, author, staff.firstName(), true, text, clock.instant());
    em.persist(message);
    tell(group, family, staff.firstName(), text);
    return message.id();
  }

  private void tell(Group group, Family only, String author, String text) {
    List<UUID> families = only != null ? List.of(only.id()) : familiesOf(group);
    if (families.isEmpty()) {
      return;
    }
    List<Parent> parents =
        em.createQuery(
                "select p from Parent p where p.family.id in :families and p.accountId is not null",
                Parent.class)
            .setParameter("families", families)
            .getResultList();
    String preview = text.length() > 120 ? text.substring(0, 117) + "..." : text;
    for (Parent parent : parents) {
      var recipient = accounts.recipient(parent.accountId());
      String title =
          ("en".equals(recipient.language()) ? "Message from " : "Bericht van ")
              + group.name()
              + ": "
              + preview;
      notifier.notify(
          recipient,
          Category.GROUP_MESSAGES,
          title,
          "/messages.xhtml",
          "group-message",
          Map.of(
              "name", parent.firstName(),
              "group", group.name(),
              "author", author,
              "text", text,
              "organisation", group.location().organisation().name()));
    }
  }

  private List<UUID> familiesOf(Group group) {
    return em.createNamedQuery("Placement.currentInGroups", Placement.class)
        .setParameter("groups", List.of(group.id()))
        .setParameter("day", java.time.LocalDate.now(clock))
        .getResultStream()
        .map(p -> p.child().family().id())
        .distinct()
        .toList();
  }

  private static Message view(GroupMessage m) {
    return new Message(
        m.id(),
        m.group().id(),
        m.group().name(),
        m.family() == null ? null : m.family().id(),
        m.family() == null ? null : m.family().name(),
        m.authorName(),
        m.byStaff(),
        m.writtenAt(),
        m.text());
  }
}
