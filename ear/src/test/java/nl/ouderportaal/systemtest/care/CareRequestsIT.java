package nl.ouderportaal.systemtest.care;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import jakarta.annotation.Resource;
import jakarta.ejb.EJB;
import jakarta.enterprise.concurrent.ManagedExecutorService;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityManagerFactory;
import java.math.BigDecimal;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;
import nl.ouderportaal.domain.care.AbsenceReason;
import nl.ouderportaal.domain.care.Absences;
import nl.ouderportaal.domain.care.Agenda;
import nl.ouderportaal.domain.care.CareRequests;
import nl.ouderportaal.domain.care.DayList;
import nl.ouderportaal.domain.care.LineDraft;
import nl.ouderportaal.domain.care.RequestStatus;
import nl.ouderportaal.domain.care.Reviews;
import nl.ouderportaal.domain.credit.CreditType;
import nl.ouderportaal.domain.credit.Credits;
import nl.ouderportaal.domain.organisation.CalendarKind;
import nl.ouderportaal.domain.organisation.CareType;
import nl.ouderportaal.domain.organisation.DayPart;
import nl.ouderportaal.domain.organisation.Settings;
import nl.ouderportaal.domain.platform.BusinessException;
import nl.ouderportaal.domain.platform.NotFoundException;
import nl.ouderportaal.systemtest.support.Caller;
import nl.ouderportaal.systemtest.support.Fixtures;
import nl.ouderportaal.systemtest.support.Scenario;
import nl.ouderportaal.systemtest.support.SystemTestDeployment;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Requests for extra care in the boundary: approved at once, waiting and decided, cancelled,
 * refused for a reason; credits that are never spent twice; absences; the agenda and day list.
 * Every scenario's KDV children have contract care on Mondays (morning and afternoon).
 */
@ExtendWith(ArquillianExtension.class)
public class CareRequestsIT {

  @Deployment
  public static WebArchive deployment() {
    return SystemTestDeployment.forTest(CareRequestsIT.class);
  }

  @EJB(lookup = "java:global/ouderportaal/domain-ejb/CareRequests")
  private CareRequests requests;

  @EJB(lookup = "java:global/ouderportaal/domain-ejb/Reviews")
  private Reviews reviews;

  @EJB(lookup = "java:global/ouderportaal/domain-ejb/Credits")
  private Credits credits;

  @EJB(lookup = "java:global/ouderportaal/domain-ejb/Absences")
  private Absences absences;

  @EJB(lookup = "java:global/ouderportaal/domain-ejb/Agenda")
  private Agenda agenda;

  @EJB(lookup = "java:global/ouderportaal/domain-ejb/DayList")
  private DayList dayList;

  @EJB(lookup = "java:global/ouderportaal/domain-ejb/Settings")
  private Settings settings;

  @Inject private Fixtures fixtures;

  @Resource(lookup = "java:global/ouderportaal/persistence")
  private EntityManagerFactory emf;

  @Resource private ManagedExecutorService executor;

  private final LocalDate today = LocalDate.now();

  @Test
  public void aRequestPaidWithCreditWhileTheGroupHasRoomIsApprovedAtOnce() throws Exception {
    Scenario s = fixtures.scenario();
    grant(s, s.childA1(), "20");
    LocalDate wednesday = next(DayOfWeek.WEDNESDAY);

    CareRequests.Sent sent =
        asParentA(
            s,
            () ->
                requests.submit(List.of(morning(s.childA1(), wednesday, CreditType.DAYCARE_FLEX))));

    assertThat(sent.status()).isEqualTo(RequestStatus.APPROVED);
    assertThat(usable(s, s.childA1())).isEqualByComparingTo("14.50");
    assertThat(asParentA(s, () -> requests.mine()))
        .singleElement()
        .satisfies(
            r ->
                assertThat(r.lines())
                    .singleElement()
                    .satisfies(l -> assertThat(l.cancellable()).isTrue()));
  }

  @Test
  public void aRequestOnTheInvoiceWaitsAndTheApprovalMakesACharge() throws Exception {
    Scenario s = fixtures.scenario();
    LocalDate thursday = next(DayOfWeek.THURSDAY);

    CareRequests.Sent sent =
        asParentA(s, () -> requests.submit(List.of(morning(s.childA1(), thursday, null))));
    assertThat(sent.status()).isEqualTo(RequestStatus.SUBMITTED);
    List<Reviews.Waiting> queue = asDesk(s, () -> reviews.queue(0, Reviews.MAX_PAGE));
    assertThat(queue).extracting(Reviews.Waiting::id).contains(sent.requestId());
    Reviews.Waiting waiting =
        queue.stream().filter(w -> w.id().equals(sent.requestId())).findFirst().orElseThrow();
    assertThat(waiting.reviewNote()).isEqualTo("review.why.invoice");
    assertThat(waiting.lines())
        .singleElement()
        .satisfies(
            l -> {
              assertThat(l.capacity()).isEqualTo(12);
              assertThat(l.contractDays()).isNotEmpty();
              assertThat(l.staffWith().staff())
                  .as("with the child there, the group needs a group worker")
                  .isPositive()
                  .isGreaterThanOrEqualTo(l.staffNow().staff());
            });

    asDesk(
        s,
        () -> {
          reviews.approve(sent.requestId(), null);
          return null;
        });

    assertThat(asParentA(s, () -> requests.request(sent.requestId())).status())
        .isEqualTo(RequestStatus.APPROVED);
    EntityManager em = emf.createEntityManager();
    try {
      BigDecimal amount =
          em.createQuery(
                  "select c.amount from CareCharge c where c.careDay = :day and c.childId = :child",
                  BigDecimal.class)
              .setParameter("day", thursday)
              .setParameter("child", s.childA1())
              .getSingleResult();
      assertThat(amount).isEqualByComparingTo("60.23"); // 5.5 h x 10.95
      Long told =
          em.createQuery(
                  "select count(n) from PortalNotification n where n.accountId = :parent",
                  Long.class)
              .setParameter("parent", s.parentAAccount())
              .getSingleResult();
      assertThat(told).isEqualTo(1);
    } finally {
      em.close();
    }
  }

  @Test
  public void whenTheGroupIsFullTheRequestWaitsAndARejectionGivesTheCreditBack() throws Exception {
    Scenario s = fixtures.scenario();
    fixtures.capacity(s.groupX(), 1);
    grant(s, s.childA1(), "20");
    grant(s, s.childB1(), "20");
    LocalDate wednesday = next(DayOfWeek.WEDNESDAY);
    assertThat(
            asParentA(
                    s,
                    () ->
                        requests.submit(
                            List.of(morning(s.childA1(), wednesday, CreditType.DAYCARE_FLEX))))
                .status())
        .isEqualTo(RequestStatus.APPROVED);

    CareRequests.Sent full =
        Caller.as(
            s.parentBAccount(),
            "PARENT",
            () ->
                requests.submit(List.of(morning(s.childB1(), wednesday, CreditType.DAYCARE_FLEX))));
    assertThat(full.status()).isEqualTo(RequestStatus.SUBMITTED);
    assertThat(usable(s, s.childB1())).isEqualByComparingTo("14.50");
    assertThatThrownBy(
            () ->
                asDesk(
                    s,
                    () -> {
                      reviews.reject(full.requestId(), " ");
                      return null;
                    }))
        .isInstanceOf(BusinessException.class);

    asDesk(
        s,
        () -> {
          reviews.reject(full.requestId(), "De groep is vol op woensdag.");
          return null;
        });

    assertThat(usable(s, s.childB1())).isEqualByComparingTo("20.00");
    assertThat(Caller.as(s.parentBAccount(), "PARENT", () -> requests.request(full.requestId())))
        .satisfies(
            r -> {
              assertThat(r.status()).isEqualTo(RequestStatus.REJECTED);
              assertThat(r.reason()).isEqualTo("De groep is vol op woensdag.");
            });
  }

  @Test
  public void cancellingBeforeTheDeadlineGivesTheCreditBackAfterItIsRefused() throws Exception {
    Scenario s = fixtures.scenario();
    grant(s, s.childA1(), "20");
    LocalDate far = next(DayOfWeek.TUESDAY).plusWeeks(2);
    CareRequests.Sent sent =
        asParentA(
            s, () -> requests.submit(List.of(morning(s.childA1(), far, CreditType.DAYCARE_FLEX))));
    var line = asParentA(s, () -> requests.request(sent.requestId())).lines().get(0);

    asParentA(
        s,
        () -> {
          requests.cancel(line.id());
          return null;
        });

    assertThat(usable(s, s.childA1())).isEqualByComparingTo("20.00");
    assertThat(asParentA(s, () -> requests.request(sent.requestId()).status()))
        .isEqualTo(RequestStatus.CANCELLED);

    // with a deadline of ten days before, care in two to nine days can no longer be cancelled
    asDesk(
        s,
        () -> {
          settings.changeCarePolicy(
              CareType.DAYCARE, new Settings.CarePolicyView(2, 90, 10, LocalTime.of(18, 0)));
          return null;
        });
    LocalDate soon = today.plusDays(2);
    while (soon.getDayOfWeek() == DayOfWeek.SATURDAY
        || soon.getDayOfWeek() == DayOfWeek.SUNDAY
        || soon.getDayOfWeek() == DayOfWeek.MONDAY) {
      soon = soon.plusDays(1);
    }
    LocalDate lateDay = soon;
    CareRequests.Sent late =
        asParentA(
            s,
            () -> requests.submit(List.of(morning(s.childA1(), lateDay, CreditType.DAYCARE_FLEX))));
    var lateLine = asParentA(s, () -> requests.request(late.requestId())).lines().get(0);
    assertThat(lateLine.cancellable()).isFalse();
    assertThatThrownBy(
            () ->
                asParentA(
                    s,
                    () -> {
                      requests.cancel(lateLine.id());
                      return null;
                    }))
        .isInstanceOf(BusinessException.class)
        .extracting(e -> ((BusinessException) e).messageKey())
        .isEqualTo("care.cancel.tooLate");
    assertThat(usable(s, s.childA1())).isEqualByComparingTo("14.50");
  }

  @Test
  public void requestsAreRefusedWithAReason() throws Exception {
    Scenario s = fixtures.scenario();
    grant(s, s.childA1(), "5");
    LocalDate monday = next(DayOfWeek.MONDAY);
    LocalDate wednesday = next(DayOfWeek.WEDNESDAY);
    LocalDate friday = next(DayOfWeek.FRIDAY);
    asDesk(
        s,
        () ->
            settings.addCalendarDay(
                fixtures.locationOf(s.groupX()), CalendarKind.CLOSED, friday, friday, "Teamdag"));

    assertRefused(s, morning(s.childA1(), monday, null), "care.alreadyBooked");
    assertRefused(s, morning(s.childA1(), friday, null), "care.closed");
    assertRefused(s, morning(s.childA1(), today.minusDays(1), null), "care.past");
    assertRefused(s, morning(s.childA1(), wednesday, CreditType.HOLIDAY), "credit.typeDoesNotFit");
    assertRefused(
        s,
        new LineDraft(s.childA1(), wednesday, null, LocalTime.of(6, 0), LocalTime.of(9, 0), null),
        "care.outsideOpeningHours");
    assertThatThrownBy(
            () ->
                asParentA(s, () -> requests.submit(List.of(morning(s.childB1(), wednesday, null)))))
        .isInstanceOf(NotFoundException.class);
  }

  @Test
  public void aDayOutsideTheWindowOrCreditThatDoesNotCoverItWaitsForTheServiceDesk()
      throws Exception {
    Scenario s = fixtures.scenario();
    grant(s, s.childA1(), "10");
    LocalDate far = firstWeekdayFrom(today.plusDays(120), DayOfWeek.WEDNESDAY);
    LocalDate wednesday = next(DayOfWeek.WEDNESDAY);

    // the parent is told before sending why the service desk decides
    CareRequests.LinePreview beyond =
        asParentA(
                s,
                () -> requests.preview(List.of(morning(s.childA1(), far, CreditType.DAYCARE_FLEX))))
            .get(0);
    assertThat(beyond.approvedAtOnce()).isFalse();
    assertThat(beyond.reviewReason()).isEqualTo("review.why.outsideWindow");
    assertThat(beyond.reviewArgs()).containsExactly("2", "90");
    assertThat(asParentA(s, () -> requests.options(far)).get(0).reviewNote())
        .isEqualTo("review.why.outsideWindow");
    assertThat(asParentA(s, () -> requests.windows()))
        .containsExactly(new CareRequests.Window(CareType.DAYCARE, 2, 90));

    // a day beyond the window waits; the credit that covers it is spent at once (5.5 of 10)
    CareRequests.Sent later =
        asParentA(
            s, () -> requests.submit(List.of(morning(s.childA1(), far, CreditType.DAYCARE_FLEX))));
    assertThat(later.status()).isEqualTo(RequestStatus.SUBMITTED);
    assertThat(usable(s, s.childA1())).isEqualByComparingTo("4.50");

    // credit that does not cover a morning waits too, and is not spent yet
    assertThat(
            asParentA(
                    s,
                    () ->
                        requests.preview(
                            List.of(morning(s.childA1(), wednesday, CreditType.DAYCARE_FLEX))))
                .get(0)
                .reviewReason())
        .isEqualTo("review.why.creditShort");
    CareRequests.Sent short_ =
        asParentA(
            s,
            () ->
                requests.submit(List.of(morning(s.childA1(), wednesday, CreditType.DAYCARE_FLEX))));
    assertThat(short_.status()).isEqualTo(RequestStatus.SUBMITTED);
    assertThat(usable(s, s.childA1())).isEqualByComparingTo("4.50");

    // the service desk cannot approve it before there is credit for it; then it is spent
    assertThatThrownBy(
            () ->
                asDesk(
                    s,
                    () -> {
                      reviews.approve(short_.requestId(), null);
                      return null;
                    }))
        .isInstanceOf(BusinessException.class)
        .extracting(e -> ((BusinessException) e).messageKey())
        .isEqualTo("review.creditNotEnough");
    assertThat(asParentA(s, () -> requests.request(short_.requestId()).status()))
        .isEqualTo(RequestStatus.SUBMITTED);
    grant(s, s.childA1(), "2");
    asDesk(
        s,
        () -> {
          reviews.approve(short_.requestId(), null);
          reviews.approve(later.requestId(), null);
          return null;
        });
    assertThat(usable(s, s.childA1())).isEqualByComparingTo("1.00");
    assertThat(asParentA(s, () -> requests.request(short_.requestId()).status()))
        .isEqualTo(RequestStatus.APPROVED);
    assertTheLedgerAddsUp(s.childA1());
  }

  @Test
  public void aWaitingRequestCanBeWithdrawnAfterTheDeadlineButALateApprovalStands()
      throws Exception {
    Scenario s = fixtures.scenario();
    // cancel until ten days before: care in three to nine days is past its deadline
    asDesk(
        s,
        () -> {
          settings.changeCarePolicy(
              CareType.DAYCARE, new Settings.CarePolicyView(2, 90, 10, LocalTime.of(18, 0)));
          return null;
        });
    LocalDate soon = next(DayOfWeek.WEDNESDAY);
    LocalDate soonAfter = next(DayOfWeek.THURSDAY);

    // on the invoice, so it waits; nothing was decided, so the parent can still withdraw it
    CareRequests.Sent waiting =
        asParentA(s, () -> requests.submit(List.of(morning(s.childA1(), soon, null))));
    var line = asParentA(s, () -> requests.request(waiting.requestId())).lines().get(0);
    assertThat(line.cancellable()).isTrue();
    asParentA(
        s,
        () -> {
          requests.cancel(line.id());
          return null;
        });
    assertThat(asParentA(s, () -> requests.request(waiting.requestId()).status()))
        .isEqualTo(RequestStatus.CANCELLED);

    // approved after its deadline, it is charged, and then too late to cancel
    CareRequests.Sent late =
        asParentA(s, () -> requests.submit(List.of(morning(s.childA1(), soonAfter, null))));
    asDesk(
        s,
        () -> {
          reviews.approve(late.requestId(), null);
          return null;
        });
    var approved = asParentA(s, () -> requests.request(late.requestId())).lines().get(0);
    assertThat(approved.cancellable()).isFalse();
    assertThatThrownBy(
            () ->
                asParentA(
                    s,
                    () -> {
                      requests.cancel(approved.id());
                      return null;
                    }))
        .isInstanceOf(BusinessException.class)
        .extracting(e -> ((BusinessException) e).messageKey())
        .isEqualTo("care.cancel.tooLate");
    assertThat(fixtures.chargesOf(s.childA1()))
        .extracting(nl.ouderportaal.domain.care.CareCharge::careDay)
        .containsExactly(soonAfter);

    // a request whose day has passed while it waited can only be rejected
    CareRequests.Sent forgotten =
        asParentA(
            s, () -> requests.submit(List.of(morning(s.childA1(), next(DayOfWeek.FRIDAY), null))));
    fixtures.moveRequestTo(forgotten.requestId(), today.minusDays(1));
    assertThatThrownBy(
            () ->
                asDesk(
                    s,
                    () -> {
                      reviews.approve(forgotten.requestId(), null);
                      return null;
                    }))
        .isInstanceOf(BusinessException.class)
        .extracting(e -> ((BusinessException) e).messageKey())
        .isEqualTo("review.dayPassed");
    var passed = asParentA(s, () -> requests.request(forgotten.requestId())).lines().get(0);
    assertThat(passed.cancellable()).isFalse();
  }

  @Test
  public void manyParallelRequestsSpendExactlyTheHoursThereAreAndTheLedgerAddsUp()
      throws Exception {
    Scenario s = fixtures.scenario();
    grant(s, s.childA1(), "55");
    List<LocalDate> days = new ArrayList<>();
    LocalDate day = firstWeekdayFrom(today.plusDays(2), DayOfWeek.TUESDAY);
    while (days.size() < 20) {
      if (day.getDayOfWeek() != DayOfWeek.SATURDAY
          && day.getDayOfWeek() != DayOfWeek.SUNDAY
          && day.getDayOfWeek() != DayOfWeek.MONDAY) {
        days.add(day);
      }
      day = day.plusDays(1);
    }

    List<Future<RequestStatus>> results = new ArrayList<>();
    for (LocalDate d : days) {
      results.add(
          executor.submit(
              () ->
                  asParentA(
                          s,
                          () ->
                              requests.submit(
                                  List.of(morning(s.childA1(), d, CreditType.DAYCARE_FLEX))))
                      .status()));
    }
    int approved = 0;
    int waiting = 0;
    for (Future<RequestStatus> result : results) {
      try {
        RequestStatus status = result.get();
        approved += status == RequestStatus.APPROVED ? 1 : 0;
        waiting += status == RequestStatus.SUBMITTED ? 1 : 0;
      } catch (ExecutionException e) {
        throw new AssertionError(e.getCause());
      }
    }

    // 55 hours pay for ten mornings; the other ten wait for the service desk, unpaid
    assertThat(approved).isEqualTo(10);
    assertThat(waiting).isEqualTo(10);
    assertThat(usable(s, s.childA1())).isEqualByComparingTo("0.00");
    assertTheLedgerAddsUp(s.childA1());
  }

  @Test
  public void oneRequestWhoseLinesEmptyTheFirstBatchGoesOnWithTheNext() throws Exception {
    Scenario s = fixtures.scenario();
    List<LocalDate> days = new ArrayList<>();
    for (LocalDate d = today.plusDays(3); d.getYear() == today.getYear(); d = d.plusDays(1)) {
      if (d.getDayOfWeek().getValue() >= 2 && d.getDayOfWeek().getValue() <= 5 && days.size() < 2) {
        days.add(d);
      }
    }
    Assumptions.assumeTrue(
        days.size() == 2, "needs two care days left in this year; none in its last days");
    asDesk(
        s,
        () -> {
          // 5.5 hours that end this year, spent first; 22 that last until the end of next year
          credits.change(
              s.childA1(), CreditType.DAYCARE_FLEX, today.getYear(), new BigDecimal("5.5"), "Rest");
          credits.change(
              s.childA1(),
              CreditType.DAYCARE_FLEX,
              today.getYear() + 1,
              new BigDecimal("22"),
              "Contract");
          return null;
        });

    CareRequests.Sent sent =
        asParentA(
            s,
            () ->
                requests.submit(
                    List.of(
                        morning(s.childA1(), days.get(0), CreditType.DAYCARE_FLEX),
                        morning(s.childA1(), days.get(1), CreditType.DAYCARE_FLEX))));

    assertThat(sent.status()).isEqualTo(RequestStatus.APPROVED);
    assertThat(usable(s, s.childA1())).isEqualByComparingTo("16.50");
    assertTheLedgerAddsUp(s.childA1());
    // the history tells for which day and request the hours went
    assertThat(asDesk(s, () -> credits.ofChild(s.childA1())).changes())
        .filteredOn(c -> c.kind() == nl.ouderportaal.domain.credit.MutationKind.SPEND)
        .hasSize(2)
        .allSatisfy(c -> assertThat(c.requestId()).isEqualTo(sent.requestId()))
        .extracting(Credits.Change::careDay)
        .containsExactlyInAnyOrderElementsOf(days);
  }

  @Test
  public void aLineCancelledTenTimesAtOnceGivesItsHoursBackOnce() throws Exception {
    Scenario s = fixtures.scenario();
    grant(s, s.childA1(), "20");
    LocalDate far = next(DayOfWeek.WEDNESDAY).plusWeeks(2);
    CareRequests.Sent sent =
        asParentA(
            s, () -> requests.submit(List.of(morning(s.childA1(), far, CreditType.DAYCARE_FLEX))));
    var line = asParentA(s, () -> requests.request(sent.requestId())).lines().get(0);
    assertThat(usable(s, s.childA1())).isEqualByComparingTo("14.50");

    List<Future<Object>> taps = new ArrayList<>();
    for (int i = 0; i < 10; i++) {
      taps.add(
          executor.submit(
              () ->
                  asParentA(
                      s,
                      () -> {
                        requests.cancel(line.id());
                        return null;
                      })));
    }
    for (Future<Object> tap : taps) {
      try {
        tap.get();
      } catch (ExecutionException e) {
        throw new AssertionError(e.getCause());
      }
    }

    assertThat(usable(s, s.childA1())).isEqualByComparingTo("20.00");
    assertThat(asParentA(s, () -> requests.request(sent.requestId()).status()))
        .isEqualTo(RequestStatus.CANCELLED);
    assertTheLedgerAddsUp(s.childA1());
    EntityManager em = emf.createEntityManager();
    try {
      assertThat(
              em.createQuery(
                      "select count(m) from CreditMutation m where m.requestLineId = :line"
                          + " and m.kind = nl.ouderportaal.domain.credit.MutationKind.REFUND",
                      Long.class)
                  .setParameter("line", line.id())
                  .getSingleResult())
          .isEqualTo(1L);
    } finally {
      em.close();
    }
  }

  /** Every batch's balance is the sum of its ledger: no hour lost or doubled. */
  private void assertTheLedgerAddsUp(java.util.UUID child) {
    EntityManager em = emf.createEntityManager();
    try {
      List<Object[]> accounts =
          em.createQuery(
                  "select a.balance, (select sum(m.hours) from CreditMutation m where m.account = a) from CreditAccount a"
                      + " where a.child.id = :child",
                  Object[].class)
              .setParameter("child", child)
              .getResultList();
      assertThat(accounts).isNotEmpty();
      assertThat(accounts)
          .allSatisfy(a -> assertThat((BigDecimal) a[0]).isEqualByComparingTo((BigDecimal) a[1]));
    } finally {
      em.close();
    }
  }

  @Test
  public void anAbsenceIsForADayOfCareAndShowsInTheAgendaAndTheDayList() throws Exception {
    Scenario s = fixtures.scenario();
    LocalDate monday = next(DayOfWeek.MONDAY);

    assertThatThrownBy(
            () ->
                asParentA(
                    s,
                    () ->
                        absences.report(
                            s.childA1(),
                            List.of(next(DayOfWeek.WEDNESDAY)),
                            AbsenceReason.SICK,
                            null)))
        .isInstanceOf(BusinessException.class)
        .extracting(e -> ((BusinessException) e).messageKey())
        .isEqualTo("absence.notExpected");
    assertThat(
            asParentA(
                s,
                () -> absences.report(s.childA1(), List.of(monday), AbsenceReason.SICK, "Koorts")))
        .isEqualTo(1);

    Agenda.Period period = asParentA(s, () -> agenda.between(monday, monday));
    assertThat(period.on(monday))
        .extracting(Agenda.Entry::kind)
        .contains(Agenda.Kind.CONTRACT, Agenda.Kind.ABSENCE);
    List<DayList.Part> parts = Caller.as(s.staffXAccount(), "STAFF", () -> dayList.of(monday));
    assertThat(parts)
        .filteredOn(p -> p.dayPart() == DayPart.MORNING)
        .singleElement()
        .satisfies(
            p -> {
              assertThat(p.absent())
                  .containsExactly(new DayList.Away(s.childA1Name(), AbsenceReason.SICK));
              assertThat(p.expected()).containsExactly(s.childB1Name());
              assertThat(p.present()).isEqualTo(1);
              assertThat(p.staff().staff())
                  .as("the one child present needs one group worker")
                  .isEqualTo(1);
            });
    assertThatThrownBy(
            () ->
                Caller.as(
                    s.parentBAccount(),
                    "PARENT",
                    () -> absences.report(s.childA1(), List.of(monday), AbsenceReason.SICK, null)))
        .isInstanceOf(NotFoundException.class);
  }

  @Test
  public void theAgendaShowsContractCareAndRequestsOfTheMonth() throws Exception {
    Scenario s = fixtures.scenario();
    grant(s, s.childA1(), "20");
    LocalDate wednesday = next(DayOfWeek.WEDNESDAY);
    asParentA(
        s,
        () -> requests.submit(List.of(morning(s.childA1(), wednesday, CreditType.DAYCARE_FLEX))));

    Agenda.Period month = asParentA(s, () -> agenda.month(YearMonth.from(wednesday)));

    assertThat(month.on(wednesday))
        .singleElement()
        .satisfies(
            e -> {
              assertThat(e.kind()).isEqualTo(Agenda.Kind.REQUEST);
              assertThat(e.status()).isEqualTo(RequestStatus.APPROVED);
              assertThat(e.cancellable()).isTrue();
            });
    assertThat(month.entries())
        .filteredOn(e -> e.kind() == Agenda.Kind.CONTRACT)
        .allSatisfy(e -> assertThat(e.day().getDayOfWeek()).isEqualTo(DayOfWeek.MONDAY));
  }

  private void assertRefused(Scenario s, LineDraft draft, String key) {
    assertThatThrownBy(() -> asParentA(s, () -> requests.submit(List.of(draft))))
        .as(key)
        .isInstanceOf(BusinessException.class)
        .extracting(e -> ((BusinessException) e).messageKey())
        .isEqualTo(key);
  }

  private static LineDraft morning(java.util.UUID child, LocalDate day, CreditType credit) {
    return new LineDraft(child, day, DayPart.MORNING, null, null, credit);
  }

  private void grant(Scenario s, java.util.UUID child, String hours) throws Exception {
    asDesk(
        s,
        () -> {
          credits.change(
              child,
              CreditType.DAYCARE_FLEX,
              today.getYear() + 1,
              new BigDecimal(hours),
              "Contract");
          return null;
        });
  }

  private BigDecimal usable(Scenario s, java.util.UUID child) throws Exception {
    return asDesk(s, () -> credits.ofChild(child).usable(CreditType.DAYCARE_FLEX));
  }

  /** The first such weekday at least three days from today (inside the request window). */
  private LocalDate next(DayOfWeek weekday) {
    return firstWeekdayFrom(today.plusDays(3), weekday);
  }

  private static LocalDate firstWeekdayFrom(LocalDate from, DayOfWeek weekday) {
    LocalDate day = from;
    while (day.getDayOfWeek() != weekday) {
      day = day.plusDays(1);
    }
    return day;
  }

  private static <T> T asParentA(Scenario s, Callable<T> action) throws Exception {
    return Caller.as(s.parentAAccount(), "PARENT", action);
  }

  private static <T> T asDesk(Scenario s, Callable<T> action) throws Exception {
    return Caller.as(s.serviceDeskAccount(), "SERVICEDESK", action);
  }
}
