package nl.ouderportaal.backoffice.credit;

import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import nl.ouderportaal.backoffice.family.FamilyHeading;
import nl.ouderportaal.backoffice.platform.Messages;
import nl.ouderportaal.domain.credit.CreditType;
import nl.ouderportaal.domain.credit.Credits;
import nl.ouderportaal.domain.platform.BusinessException;
import nl.ouderportaal.domain.platform.Clocks;

/**
 * The credits of a family's children on the family's page Tegoed: per child the balances, the
 * history, and a form to grant or correct hours with a reason.
 */
@Named
@ViewScoped
public class FamilyCredits implements Serializable {

  @Inject private Credits credits;
  @Inject private FamilyHeading heading;

  private List<Integer> years;
  private List<ChildCredit> children;

  @PostConstruct
  void load() {
    int thisYear = LocalDate.now(Clocks.ZONE).getYear();
    years = List.of(thisYear, thisYear + 1);
    children = new ArrayList<>();
    for (Credits.ChildCredits child : credits.ofFamily(heading.getId())) {
      children.add(
          new ChildCredit("credit-" + children.size(), child, likelyType(child), thisYear));
    }
  }

  /**
   * The form starts with the flex credit the child has (its contract's flex hours): BSO once it
   * goes there.
   */
  private static CreditType likelyType(Credits.ChildCredits child) {
    return child.balances().stream().anyMatch(b -> b.type() == CreditType.OUT_OF_SCHOOL_FLEX)
        ? CreditType.OUT_OF_SCHOOL_FLEX
        : CreditType.DAYCARE_FLEX;
  }

  public void change(ChildCredit child) {
    try {
      credits.change(child.childId(), child.type, child.year, child.hours, child.reason);
      child.changed(credits.ofChild(child.childId()));
      Messages.info("credits.changed", child.credits.childName());
    } catch (BusinessException refused) {
      Messages.error(child.formId, refused);
    }
  }

  public String validUntil(Credits.Balance balance) {
    return Messages.date(balance.validUntil());
  }

  public String when(Credits.Change change) {
    return Messages.dateTime(change.occurredAt());
  }

  public List<ChildCredit> getChildren() {
    return children;
  }

  public List<Integer> getYears() {
    return years;
  }

  public CreditType[] getTypes() {
    return CreditType.values();
  }

  /** One child's credits, and what the service desk is typing in its form. */
  public static final class ChildCredit implements Serializable {

    private final String formId;
    private Credits.ChildCredits credits;
    private CreditType type;
    private Integer year;
    private BigDecimal hours;
    private String reason;

    ChildCredit(String formId, Credits.ChildCredits credits, CreditType type, int year) {
      this.formId = formId;
      this.credits = credits;
      this.type = type;
      this.year = year;
    }

    /** After a change: the new balances, and an empty form (type and year stay for the next). */
    void changed(Credits.ChildCredits now) {
      credits = now;
      hours = null;
      reason = null;
    }

    UUID childId() {
      return credits.childId();
    }

    /** The id of the child's form on the page, so that a message lands next to its field. */
    public String getFormId() {
      return formId;
    }

    public Credits.ChildCredits getCredits() {
      return credits;
    }

    public CreditType getType() {
      return type;
    }

    public void setType(CreditType type) {
      this.type = type;
    }

    public Integer getYear() {
      return year;
    }

    public void setYear(Integer year) {
      this.year = year;
    }

    public BigDecimal getHours() {
      return hours;
    }

    public void setHours(BigDecimal hours) {
      this.hours = hours;
    }

    public String getReason() {
      return reason;
    }

    public void setReason(String reason) {
      this.reason = reason;
    }
  }
}
