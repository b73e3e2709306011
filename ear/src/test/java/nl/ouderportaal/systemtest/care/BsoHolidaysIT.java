package nl.ouderportaal.systemtest.care;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import jakarta.ejb.EJB;
import jakarta.inject.Inject;
import java.math.BigDecimal;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.ThreadLocalRandom;
import nl.ouderportaal.domain.account.StaffAccounts;
import nl.ouderportaal.domain.care.AbsenceReason;
import nl.ouderportaal.domain.care.Absences;
import nl.ouderportaal.domain.care.Agenda;
import nl.ouderportaal.domain.care.CareRequests;
import nl.ouderportaal.domain.care.DayList;
import nl.ouderportaal.domain.care.LineDraft;
import nl.ouderportaal.domain.care.RequestStatus;
import nl.ouderportaal.domain.credit.CreditType;
import nl.ouderportaal.domain.family.ContractDay;
import nl.ouderportaal.domain.family.ContractForm;
import nl.ouderportaal.domain.family.Contracts;
import nl.ouderportaal.domain.family.Families;
import nl.ouderportaal.domain.organisation.CalendarKind;
import nl.ouderportaal.domain.organisation.CareType;
import nl.ouderportaal.domain.organisation.DayPart;
import nl.ouderportaal.domain.organisation.Locations;
import nl.ouderportaal.domain.organisation.Settings;
import nl.ouderportaal.domain.organisation.Weekdays;
import nl.ouderportaal.domain.platform.BusinessException;
import nl.ouderportaal.systemtest.support.Caller;
import nl.ouderportaal.systemtest.support.Fixtures;
import nl.ouderportaal.systemtest.support.Scenario;
import nl.ouderportaal.systemtest.support.SystemTestDeployment;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * A BSO child's contract care is before and after school: in a school holiday it is not there. The
 * agenda, the group's day list, absences and requests agree: no after-school care in the holiday,
 * nothing to report absent for, and a Vakantiepret holiday day on the contract's weekday can be
 * requested; after the holiday the after-school care is back.
 */
@ExtendWith(ArquillianExtension.class)
public class BsoHolidaysIT {

  @Deployment
  public static WebArchive deployment() {
    return SystemTestDeployment.forTest(BsoHolidaysIT.class);
  }

  @EJB(lookup = "java:global/ouderportaal/domain-ejb/Locations")
  private Locations locations;

  @EJB(lookup = "java:global/ouderportaal/domain-ejb/Settings")
  private Settings settings;

  @EJB(lookup = "java:global/ouderportaal/domain-ejb/Families")
  private Families families;

  @EJB(lookup = "java:global/ouderportaal/domain-ejb/Contracts")
  private Contracts contracts;

  @EJB(lookup = "java:global/ouderportaal/domain-ejb/StaffAccounts")
  private StaffAccounts staff;

  @EJB(lookup = "java:global/ouderportaal/domain-ejb/Agenda")
  private Agenda agenda;

  @EJB(lookup = "java:global/ouderportaal/domain-ejb/DayList")
  private DayList dayList;

  @EJB(lookup = "java:global/ouderportaal/domain-ejb/Absences")
  private Absences absences;

  @EJB(lookup = "java:global/ouderportaal/domain-ejb/CareRequests")
  private CareRequests requests;

  @EJB(lookup = "java:global/ouderportaal/domain-ejb/Credits")
  private nl.ouderportaal.domain.credit.Credits credits;

  @Inject private Fixtures fixtures;

  @Test
  public void inASchoolHolidayTheAfterSchoolCareIsNotThereAndAHolidayDayCanBeRequested()
      throws Exception {
    Scenario s = fixtures.scenario();
    LocalDate today = LocalDate.now();
    // the holiday is a whole week, the Monday of it at least three days ahead; the week after
    // it is a school week
    LocalDate holiday = today.plusDays(3);
    while (holiday.getDayOfWeek() != DayOfWeek.MONDAY) {
      holiday = holiday.plusDays(1);
    }
    LocalDate holidayMonday = holiday;
    LocalDate schoolMonday = holiday.plusWeeks(1);

    UUID bso =
        asDesk(
            s,
            () ->
                locations.create(
                    new Locations.LocationForm(
                        "BSO De Vlieger " + s.token(),
                        "Schoolplein 2",
                        "3511 AB",
                        "Utrecht",
                        String.valueOf(
                            ThreadLocalRandom.current().nextLong(100_000_000L, 1_000_000_000L)),
                        CareType.OUT_OF_SCHOOL,
                        LocalTime.of(7, 30),
                        LocalTime.of(18, 30),
                        Weekdays.WORKING_WEEK)));
    UUID group =
        asDesk(
            s,
            () ->
                locations.addGroup(
                    bso,
                    new Locations.GroupForm(
                        "Vliegers " + s.token(),
                        48,
                        156,
                        Map.of(
                            DayPart.BEFORE_SCHOOL, 20,
                            DayPart.AFTER_SCHOOL, 20,
                            DayPart.HOLIDAY_DAY, 20))));
    asDesk(
        s,
        () ->
            settings.addCalendarDay(
                bso,
                CalendarKind.SCHOOL_HOLIDAY,
                holidayMonday,
                holidayMonday.plusDays(6),
                "Herfstvakantie"));
    UUID child =
        asDesk(s, () -> families.addChild(s.familyA(), "Pim", "Aalbers", today.minusYears(6)));
    asDesk(
        s,
        () ->
            contracts.add(
                child,
                new ContractForm(
                    bso,
                    Set.of(new ContractDay(DayOfWeek.MONDAY, DayPart.AFTER_SCHOOL)),
                    new BigDecimal("140"),
                    new BigDecimal("9.85"),
                    null,
                    null,
                    new BigDecimal("44"),
                    today.minusMonths(2),
                    null,
                    group)));
    asDesk(
        s,
        () -> {
          credits.change(
              child, CreditType.HOLIDAY, holidayMonday.getYear(), new BigDecimal("20"), "Test");
          return null;
        });
    UUID staffX =
        asDesk(s, staff::list).stream()
            .filter(line -> line.accountId().equals(s.staffXAccount()))
            .findFirst()
            .orElseThrow()
            .id();
    asDesk(
        s,
        () -> {
          staff.changeGroups(staffX, Set.of(s.groupX(), group));
          return null;
        });

    // the agenda: after school on the school Monday, nothing on the holiday Monday
    Agenda.Period weeks =
        asParentA(s, () -> agenda.between(holidayMonday, schoolMonday.plusDays(4)));
    assertThat(weeks.on(holidayMonday)).noneMatch(e -> e.childId().equals(child));
    assertThat(weeks.on(schoolMonday))
        .anySatisfy(
            e -> {
              assertThat(e.childId()).isEqualTo(child);
              assertThat(e.kind()).isEqualTo(Agenda.Kind.CONTRACT);
              assertThat(e.dayPart()).isEqualTo(DayPart.AFTER_SCHOOL);
            });

    // the day list does not expect the child in the holiday, and does after it
    assertThat(expected(s, group, holidayMonday)).doesNotContain("Pim Aalbers");
    assertThat(expected(s, group, schoolMonday)).contains("Pim Aalbers");

    // there is no care to report absent for in the holiday
    assertThatThrownBy(
            () ->
                asParentA(
                    s,
                    () ->
                        absences.report(child, List.of(holidayMonday), AbsenceReason.OTHER, null)))
        .isInstanceOf(BusinessException.class)
        .extracting(e -> ((BusinessException) e).messageKey())
        .isEqualTo("absence.notExpected");

    // a Vakantiepret holiday day on the contract's weekday, paid from the holiday hours
    CareRequests.Sent sent =
        asParentA(
            s,
            () ->
                requests.submit(
                    List.of(
                        new LineDraft(
                            child,
                            holidayMonday,
                            DayPart.HOLIDAY_DAY,
                            null,
                            null,
                            CreditType.HOLIDAY))));
    assertThat(sent.status()).isEqualTo(RequestStatus.APPROVED);
    assertThat(extra(s, group, holidayMonday)).contains("Pim Aalbers");
  }

  private List<String> expected(Scenario s, UUID group, LocalDate day) throws Exception {
    return Caller.as(s.staffXAccount(), "STAFF", () -> dayList.of(day)).stream()
        .filter(part -> part.group().startsWith("Vliegers"))
        .flatMap(part -> part.expected().stream())
        .toList();
  }

  private List<String> extra(Scenario s, UUID group, LocalDate day) throws Exception {
    return Caller.as(s.staffXAccount(), "STAFF", () -> dayList.of(day)).stream()
        .filter(part -> part.group().startsWith("Vliegers"))
        .flatMap(part -> part.extra().stream())
        .toList();
  }

  private static <T> T asDesk(Scenario s, Callable<T> action) throws Exception {
    return Caller.as(s.serviceDeskAccount(), "SERVICEDESK", action);
  }

  private static <T> T asParentA(Scenario s, Callable<T> action) throws Exception {
    return Caller.as(s.parentAAccount(), "PARENT", action);
  }
}
