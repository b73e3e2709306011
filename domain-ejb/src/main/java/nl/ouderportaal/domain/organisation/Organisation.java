package nl.ouderportaal.domain.organisation;

import jakarta.persistence.Cacheable;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.util.Objects;
import java.util.UUID;
import org.hibernate.annotations.Cache;
import org.hibernate.annotations.CacheConcurrencyStrategy;

/** The childcare organisation that runs the locations; the debtor's counterparty. */
@Entity
@Table(name = "organisation")
@Cacheable
@Cache(usage = CacheConcurrencyStrategy.READ_WRITE)
public class Organisation {

  @Id private UUID id;

  @Column(nullable = false)
  private String name;

  @Column(name = "service_desk_email", nullable = false)
  private String serviceDeskEmail;

  @Column(name = "service_desk_phone", nullable = false)
  private String serviceDeskPhone;

  @Column(name = "invitation_lead_months", nullable = false)
  private int invitationLeadMonths = 2;

  @Column(name = "access_after_care_weeks", nullable = false)
  private int accessAfterCareWeeks = 8;

  @Column(name = "diary_age_months", nullable = false)
  private int diaryAgeMonths = 12;

  protected Organisation() {}

  public Organisation(String name, String serviceDeskEmail, String serviceDeskPhone) {
    this.id = UUID.randomUUID();
    this.name = requireText(name, "name");
    this.serviceDeskEmail = requireText(serviceDeskEmail, "serviceDeskEmail");
    this.serviceDeskPhone = requireText(serviceDeskPhone, "serviceDeskPhone");
  }

  static String requireText(String value, String what) {
    Objects.requireNonNull(value, what);
    if (value.isBlank()) {
      throw new IllegalArgumentException(what + " is empty");
    }
    return value.strip();
  }

  /**
   * The account policies: new parents are invited this many months before their care starts, and
   * can still log in this many weeks after it ended.
   */
  public void changeAccountPolicies(int invitationLeadMonths, int accessAfterCareWeeks) {
    if (invitationLeadMonths < 0 || invitationLeadMonths > 12) {
      throw new IllegalArgumentException("invitation lead must be 0-12 months");
    }
    if (accessAfterCareWeeks < 0 || accessAfterCareWeeks > 104) {
      throw new IllegalArgumentException("access after care must be 0-104 weeks");
    }
    this.invitationLeadMonths = invitationLeadMonths;
    this.accessAfterCareWeeks = accessAfterCareWeeks;
  }

  public int invitationLeadMonths() {
    return invitationLeadMonths;
  }

  public int accessAfterCareWeeks() {
    return accessAfterCareWeeks;
  }

  /** The diary is kept for children younger than this many months. */
  public int diaryAgeMonths() {
    return diaryAgeMonths;
  }

  public void changeDiaryAge(int months) {
    if (months < 0 || months > 60) {
      throw new IllegalArgumentException("diary age must be 0-60 months");
    }
    this.diaryAgeMonths = months;
  }

  public UUID id() {
    return id;
  }

  public String name() {
    return name;
  }

  public String serviceDeskEmail() {
    return serviceDeskEmail;
  }

  public String serviceDeskPhone() {
    return serviceDeskPhone;
  }
}
