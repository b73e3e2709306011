package nl.ouderportaal.domain.diary;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Objects;
import java.util.UUID;
import nl.ouderportaal.domain.family.Child;
import nl.ouderportaal.domain.platform.BusinessException;

/**
 * A day's report on a baby, by a group worker or a parent: free text and the things parents of
 * babies ask about (eating and drinking, sleeping, nappies, mood), with photos.
 */
@Entity
@Table(name = "diary_entry")
@NamedQuery(
    name = "DiaryEntry.ofChild",
    query = "select e from DiaryEntry e where e.child = :child order by e.writtenAt desc, e.id")
@NamedQuery(
    name = "DiaryEntry.countOfChild",
    query = "select count(e) from DiaryEntry e where e.child = :child")
public class DiaryEntry {

  static final int MAX_TEXT = 4000;

  @Id private UUID id;

  @ManyToOne(fetch = FetchType.LAZY, optional = false)
  @JoinColumn(name = "child_id")
  private Child child;

  @Column(name = "author_id", nullable = false)
  private UUID authorId;

  @Column(name = "author_name", nullable = false)
  private String authorName;

  @Column(name = "by_staff", nullable = false)
  private boolean byStaff;

  @Column(name = "written_at", nullable = false)
  private Instant writtenAt;

  @Column(name = "care_day", nullable = false)
  private LocalDate careDay;

  @Column(nullable = false)
  private String text;

  @Column private String eating;

  @Column private String sleeping;

  @Column private String nappies;

  @Enumerated(EnumType.STRING)
  @Column
  private Mood mood;

  protected DiaryEntry() {}

  public DiaryEntry(
      Child child,
      UUID authorId,
      String authorName,
      boolean byStaff,
      Instant now,
      LocalDate careDay,
      DiaryDraft draft) {
    this.id = UUID.randomUUID();
    this.child = Objects.requireNonNull(child, "child");
    this.authorId = Objects.requireNonNull(authorId, "authorId");
    this.authorName = Objects.requireNonNull(authorName, "authorName");
    this.byStaff = byStaff;
    this.writtenAt = Objects.requireNonNull(now, "now");
    this.careDay = Objects.requireNonNull(careDay, "careDay");
    this.text = required(draft.text());
    this.eating = optional(draft.eating(), 500, "eating");
    this.sleeping = optional(draft.sleeping(), 500, "sleeping");
    this.nappies = optional(draft.nappies(), 200, "nappies");
    this.mood = draft.mood();
  }

  private static String required(String text) {
    if (text == null || text.isBlank()) {
      throw new BusinessException("diary.textRequired").on("text");
    }
    if (text.strip().length() > MAX_TEXT) {
      throw new BusinessException("diary.textTooLong", MAX_TEXT).on("text");
    }
    return text.strip();
  }

  private static String optional(String text, int max, String field) {
    if (text == null || text.isBlank()) {
      return null;
    }
    if (text.strip().length() > max) {
      throw new BusinessException("diary.fieldTooLong", max).on(field);
    }
    return text.strip();
  }

  public UUID id() {
    return id;
  }

  public Child child() {
    return child;
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

  public LocalDate careDay() {
    return careDay;
  }

  public String text() {
    return text;
  }

  public String eating() {
    return eating;
  }

  public String sleeping() {
    return sleeping;
  }

  public String nappies() {
    return nappies;
  }

  public Mood mood() {
    return mood;
  }
}
