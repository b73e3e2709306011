package nl.ouderportaal.domain.messaging;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.Objects;
import java.util.UUID;
import nl.ouderportaal.domain.family.Family;
import nl.ouderportaal.domain.organisation.Group;
import nl.ouderportaal.domain.platform.BusinessException;

/**
 * A message in a group: from the staff to every parent of the group (no family), or in one family's
 * conversation with the group (from a parent, or the staff's answer to that family).
 */
@Entity
@Table(name = "group_message")
public class GroupMessage {

  static final int MAX_TEXT = 2000;

  @Id private UUID id;

  @ManyToOne(fetch = FetchType.LAZY, optional = false)
  @JoinColumn(name = "group_id")
  private Group group;

  @ManyToOne(fetch = FetchType.LAZY)
  @JoinColumn(name = "family_id")
  private Family family;

  @Column(name = "author_id", nullable = false)
  private UUID authorId;

  @Column(name = "author_name", nullable = false)
  private String authorName;

  @Column(name = "by_staff", nullable = false)
  private boolean byStaff;

  @Column(name = "written_at", nullable = false)
  private Instant writtenAt;

  @Column(nullable = false)
  private String text;

  protected GroupMessage() {}

  public GroupMessage(
      Group group,
      Family family,
      UUID authorId,
      String authorName,
      boolean byStaff,
      String text,
      Instant now) {
    if (text == null || text.isBlank()) {
      throw new BusinessException("message.textRequired").on("text");
    }
    if (text.strip().length() > MAX_TEXT) {
      throw new BusinessException("message.textTooLong", MAX_TEXT).on("text");
    }
    this.id = UUID.randomUUID();
    this.group = Objects.requireNonNull(group, "group");
    this.family = family;
    this.authorId = Objects.requireNonNull(authorId, "authorId");
    this.authorName = Objects.requireNonNull(authorName, "authorName");
    this.byStaff = byStaff;
    this.text = text.strip();
    this.writtenAt = now;
  }

  public UUID id() {
    return id;
  }

  public Group group() {
    return group;
  }

  public Family family() {
    return family;
  }

  public String authorName() {
    return authorName;
  }

  public boolean byStaff() {
    return byStaff;
  }

  public Instant writtenAt() {
    return writtenAt;
  }

  public String text() {
    return text;
  }
}
