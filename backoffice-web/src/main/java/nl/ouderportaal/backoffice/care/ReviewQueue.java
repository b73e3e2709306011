package nl.ouderportaal.backoffice.care;

import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.DayOfWeek;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import nl.ouderportaal.backoffice.platform.Messages;
import nl.ouderportaal.domain.care.Reviews;
import nl.ouderportaal.domain.family.ContractDay;
import nl.ouderportaal.domain.platform.BusinessException;
import org.primefaces.PrimeFaces;
import org.primefaces.model.FilterMeta;
import org.primefaces.model.LazyDataModel;
import org.primefaces.model.SortMeta;

/**
 * The service desk's queue of requests that wait for a decision, oldest first, with what it takes
 * to decide, a page at a time from the boundary. Approving is one click; rejecting asks for the
 * reason the parents will read.
 */
@Named
@ViewScoped
public class ReviewQueue implements Serializable {

  /** The form in the dialog that asks why a request is rejected. */
  private static final String REJECT_FORM = "reject";

  @Inject private Reviews reviews;

  private final LazyDataModel<Reviews.Waiting> model =
      new LazyDataModel<>() {
        @Override
        public int count(Map<String, FilterMeta> filterBy) {
          return (int) reviews.waitingCount();
        }

        @Override
        public List<Reviews.Waiting> load(
            int first,
            int pageSize,
            Map<String, SortMeta> sortBy,
            Map<String, FilterMeta> filterBy) {
          return reviews.queue(first, pageSize);
        }

        @Override
        public String getRowKey(Reviews.Waiting row) {
          return row.id().toString();
        }
      };

  private long waiting;
  private Reviews.Waiting rejecting;
  private String reason;

  /** Counts the waiting requests; the page of them is loaded by the model when it is shown. */
  @PostConstruct
  void load() {
    waiting = reviews.waitingCount();
  }

  public void approve(Reviews.Waiting request) {
    try {
      reviews.approve(request.id(), null);
      Messages.info("reviews.approved", request.familyName());
    } catch (BusinessException refused) {
      Messages.error(null, refused);
    }
    load();
  }

  /** Opens the question why, for one request. */
  public void startRejecting(Reviews.Waiting request) {
    rejecting = request;
    reason = null;
  }

  public void reject() {
    if (rejecting == null) {
      return;
    }
    try {
      reviews.reject(rejecting.id(), reason);
      Messages.info("reviews.rejected", rejecting.familyName());
      closeDialog();
    } catch (BusinessException refused) {
      Messages.error(REJECT_FORM, refused);
      if (refused.field() == null) {
        // not about the reason (e.g. decided meanwhile): nothing to fix in the dialog
        closeDialog();
      }
    }
  }

  private void closeDialog() {
    rejecting = null;
    reason = null;
    load();
    PrimeFaces.current().ajax().addCallbackParam("closed", true);
  }

  public String submitted(Reviews.Waiting request) {
    return Messages.dateTime(request.submittedAt());
  }

  public String day(Reviews.LineContext line) {
    return Messages.day(line.day());
  }

  public String times(Reviews.LineContext line) {
    return Messages.times(line.start(), line.end());
  }

  /** The child's contract days in short, in the order of the week, e.g. "ma ochtend, ma middag". */
  public String contract(Reviews.LineContext line) {
    return line.contractDays().stream()
        .sorted(
            Comparator.comparing(ContractDay::weekday, Comparator.comparing(DayOfWeek::getValue))
                .thenComparing(ContractDay::dayPart))
        .map(
            d ->
                Messages.text("weekday.short." + d.weekday().name())
                    + " "
                    + Messages.text("dayPart." + d.dayPart().name()))
        .collect(Collectors.joining(", "));
  }

  public LazyDataModel<Reviews.Waiting> getModel() {
    return model;
  }

  /** How many requests wait in all, not only on this page. */
  public long getWaiting() {
    return waiting;
  }

  public Reviews.Waiting getRejecting() {
    return rejecting;
  }

  public String getReason() {
    return reason;
  }

  public void setReason(String reason) {
    this.reason = reason;
  }
}
