package nl.ouderportaal.portal.care;

import jakarta.faces.context.ExternalContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.io.Serializable;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import nl.ouderportaal.domain.care.CareRequests;
import nl.ouderportaal.domain.care.LineDraft;
import nl.ouderportaal.domain.credit.CreditType;
import nl.ouderportaal.domain.organisation.DayPart;
import nl.ouderportaal.domain.organisation.DayPartTimes;
import nl.ouderportaal.domain.platform.BusinessException;
import nl.ouderportaal.domain.platform.Clocks;
import nl.ouderportaal.portal.platform.Messages;

/**
 * 'Dag aanvragen', the seed's steps: add a day, choose per child the day parts (or own times) and
 * how to pay, add it to the request (several days can be added), see what each line will come to,
 * and only then send it. Nothing is sent before 'Aanvraag indienen'.
 */
@Named
@ViewScoped
public class RequestCare implements Serializable {

  /** What the parent chooses for one child on the day being added. */
  public static class Choice implements Serializable {
    private final CareRequests.ChildOptions options;
    private List<String> parts = new ArrayList<>();
    private boolean manual;
    private String start;
    private String end;
    private String payment;

    Choice(CareRequests.ChildOptions options) {
      this.options = options;
      // the credit that is most likely meant is chosen already when there is one with hours
      this.payment =
          options.credits().entrySet().stream()
              .filter(e -> e.getValue().signum() > 0)
              .map(e -> e.getKey().name())
              .findFirst()
              .orElse(null);
    }

    public CareRequests.ChildOptions getOptions() {
      return options;
    }

    public List<String> getParts() {
      return parts;
    }

    public void setParts(List<String> parts) {
      this.parts = parts == null ? new ArrayList<>() : new ArrayList<>(parts);
    }

    public boolean isManual() {
      return manual;
    }

    public void setManual(boolean manual) {
      this.manual = manual;
    }

    public String getStart() {
      return start;
    }

    public void setStart(String start) {
      this.start = start;
    }

    public String getEnd() {
      return end;
    }

    public void setEnd(String end) {
      this.end = end;
    }

    public String getPayment() {
      return payment;
    }

    public void setPayment(String payment) {
      this.payment = payment;
    }

    boolean chosen() {
      return manual ? start != null && !start.isBlank() : !parts.isEmpty();
    }
  }

  @Inject private CareRequests requests;
  @Inject private ExternalContext external;

  private String day;
  private List<Choice> choices = List.of();
  private final List<LineDraft> drafts = new ArrayList<>();
  private List<CareRequests.LinePreview> previews = List.of();
  private String windowHint;

  /** 'Dag toevoegen': shows what each child can have on the day. */
  public void showDay() {
    LocalDate date = parse(day);
    if (date == null) {
      Messages.error("day:date", "care.dateRequired");
      return;
    }
    choices = requests.options(date).stream().map(Choice::new).toList();
  }

  /** 'Toevoegen': adds the chosen lines, after checking them together with the rest. */
  public void add() {
    LocalDate date = parse(day);
    List<LineDraft> added = new ArrayList<>();
    for (Choice choice : choices) {
      if (!choice.options.possible() || !choice.chosen()) {
        continue;
      }
      if (choice.payment == null) {
        Messages.error(null, "care.paymentRequired", choice.options.name());
        return;
      }
      CreditType credit =
          "INVOICE".equals(choice.payment) ? null : CreditType.valueOf(choice.payment);
      if (choice.manual) {
        LocalTime start = time(choice.start);
        LocalTime end = time(choice.end);
        if (start == null || end == null) {
          Messages.error(null, "care.timesInvalid", choice.options.name());
          return;
        }
        added.add(new LineDraft(choice.options.childId(), date, null, start, end, credit));
      } else {
        for (String part : choice.parts) {
          added.add(
              new LineDraft(
                  choice.options.childId(), date, DayPart.valueOf(part), null, null, credit));
        }
      }
    }
    if (added.isEmpty()) {
      Messages.error(null, "care.nothingChosen");
      return;
    }
    List<LineDraft> all = new ArrayList<>(drafts);
    all.addAll(added);
    try {
      previews = requests.preview(all);
      drafts.clear();
      drafts.addAll(all);
      choices = List.of();
      day = null;
    } catch (BusinessException refused) {
      Messages.error(null, refused);
    }
  }

  public void remove(int index) {
    List<LineDraft> rest = new ArrayList<>(drafts);
    rest.remove(index);
    try {
      previews = rest.isEmpty() ? List.of() : requests.preview(rest);
      drafts.clear();
      drafts.addAll(rest);
    } catch (BusinessException refused) {
      Messages.error(null, refused);
    }
  }

  /** 'Aanvraag indienen': only now is the request sent. */
  public void submit() throws IOException {
    try {
      CareRequests.Sent sent = requests.submit(drafts);
      external.redirect(external.getRequestContextPath() + "/requests.xhtml?sent=" + sent.status());
    } catch (BusinessException refused) {
      Messages.error(null, refused);
    }
  }

  public List<SelectItemRow> partItems(Choice choice) {
    List<SelectItemRow> rows = new ArrayList<>();
    for (Map.Entry<DayPart, DayPartTimes.Span> part : choice.options.dayParts().entrySet()) {
      rows.add(
          new SelectItemRow(
              part.getKey().name(),
              Messages.text("dayPart." + part.getKey())
                  + " "
                  + span(part.getValue())
                  + " ("
                  + Messages.text("care.hours", part.getValue().hours())
                  + ")"));
    }
    return rows;
  }

  public List<SelectItemRow> paymentItems(Choice choice) {
    List<SelectItemRow> rows = new ArrayList<>();
    for (Map.Entry<CreditType, BigDecimal> credit : choice.options.credits().entrySet()) {
      rows.add(
          new SelectItemRow(
              credit.getKey().name(),
              Messages.text("creditType." + credit.getKey())
                  + " ("
                  + Messages.text("care.hoursLeft", credit.getValue())
                  + ")"));
    }
    rows.add(
        new SelectItemRow(
            "INVOICE", Messages.text("care.onInvoice", choice.options.invoiceRate())));
    return rows;
  }

  /** An option of a radio or checkbox list. */
  public record SelectItemRow(String value, String label) implements Serializable {}

  public String span(DayPartTimes.Span span) {
    DateTimeFormatter hhmm = DateTimeFormatter.ofPattern("HH:mm");
    return span == null ? "" : span.start().format(hhmm) + "–" + span.end().format(hhmm);
  }

  public String what(CareRequests.LinePreview line) {
    return line.draft().dayPart() == null
        ? span(line.span())
        : Messages.text("dayPart." + line.draft().dayPart()) + " " + span(line.span());
  }

  public String dayOf(CareRequests.LinePreview line) {
    return Messages.longDay(line.draft().day());
  }

  public String deadline(CareRequests.LinePreview line) {
    return line.cancelUntil().format(DateTimeFormatter.ofPattern("d-M-yyyy HH:mm"));
  }

  /**
   * The date picker's first day: today in the organisation's zone (a day sooner than the window is
   * for the service desk to decide; the boundary checks).
   */
  public String getMinDay() {
    return LocalDate.now(Clocks.ZONE).toString();
  }

  /**
   * "Je kunt 2 tot 90 dagen vooruit aanvragen": the request window of the family's care, per kind
   * of care when they differ.
   */
  public String getWindowHint() {
    if (windowHint == null) {
      List<CareRequests.Window> windows = requests.windows();
      boolean same = windows.stream().map(w -> w.from() + "/" + w.to()).distinct().count() <= 1;
      windowHint =
          windows.isEmpty()
              ? ""
              : same
                  ? Messages.text("requestCare.window", windows.get(0).from(), windows.get(0).to())
                  : windows.stream()
                      .map(
                          w ->
                              Messages.text(
                                  "requestCare.windowOf",
                                  Messages.text("careType." + w.careType()),
                                  w.from(),
                                  w.to()))
                      .collect(java.util.stream.Collectors.joining(" "));
    }
    return windowHint;
  }

  /** Why the child cannot have care on the day, with the child's name where the text has it. */
  public String refusal(Choice choice) {
    return Messages.text(choice.options.refusal(), choice.options.name());
  }

  /** Why the service desk decides on the child's day, before anything is chosen. */
  public String note(Choice choice) {
    return Messages.text(
        choice.options.reviewNote(), choice.options.reviewArgs().toArray(Object[]::new));
  }

  /** Why the service desk decides on a line of the request. */
  public String why(CareRequests.LinePreview line) {
    return Messages.text(line.reviewReason(), line.reviewArgs().toArray(Object[]::new));
  }

  /** How a line is paid: with a credit and what is left of it, or on the invoice. */
  public String paid(CareRequests.LinePreview line) {
    if (line.payment() == nl.ouderportaal.domain.care.Payment.INVOICE) {
      return Messages.text("requestCare.paidOnInvoice", line.amount());
    }
    String credit = Messages.text("creditType." + line.creditType());
    return line.creditLeft().signum() < 0
        ? Messages.text("requestCare.creditShort", credit, line.creditLeft().add(line.hours()))
        : Messages.text("requestCare.paidWithCredit", credit, line.creditLeft());
  }

  public String getDay() {
    return day;
  }

  public void setDay(String day) {
    this.day = day;
  }

  public String getChosenDay() {
    LocalDate date = parse(day);
    return date == null ? "" : Messages.longDay(date);
  }

  public List<Choice> getChoices() {
    return choices;
  }

  public List<CareRequests.LinePreview> getPreviews() {
    return previews;
  }

  public boolean isNothingAdded() {
    return drafts.isEmpty();
  }

  public boolean isAnyToReview() {
    return previews.stream().anyMatch(p -> !p.approvedAtOnce());
  }

  private static LocalDate parse(String value) {
    try {
      return value == null || value.isBlank() ? null : LocalDate.parse(value.strip());
    } catch (DateTimeParseException notADay) {
      return null;
    }
  }

  private static LocalTime time(String value) {
    try {
      return value == null || value.isBlank() ? null : LocalTime.parse(value.strip());
    } catch (DateTimeParseException notATime) {
      return null;
    }
  }
}
