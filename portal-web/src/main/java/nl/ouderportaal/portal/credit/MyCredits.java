package nl.ouderportaal.portal.credit;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import nl.ouderportaal.domain.credit.Credits;
import nl.ouderportaal.portal.platform.Messages;

/** 'Tegoeden': per child and type the hours and until when, and every change. */
@Named
@RequestScoped
public class MyCredits {

  @Inject private Credits credits;

  private List<Credits.ChildCredits> all;

  @PostConstruct
  void load() {
    all = credits.mine();
  }

  public List<Credits.ChildCredits> getChildren() {
    return all;
  }

  public String until(Credits.Balance balance) {
    return Messages.date(balance.validUntil());
  }

  public String when(Credits.Change change) {
    return Messages.dateTime(change.occurredAt());
  }

  /** The day of care a spending or refund was for. */
  public String day(Credits.Change change) {
    return Messages.date(change.careDay());
  }
}
