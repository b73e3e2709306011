package nl.ouderportaal.domain.billing;

import java.math.BigDecimal;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import nl.ouderportaal.domain.family.Child;
import nl.ouderportaal.domain.family.Contract;
import nl.ouderportaal.domain.family.ContractDay;
import nl.ouderportaal.domain.family.Family;
import nl.ouderportaal.domain.family.Parent;
import nl.ouderportaal.domain.organisation.Address;
import nl.ouderportaal.domain.organisation.CareType;
import nl.ouderportaal.domain.organisation.DayPart;
import nl.ouderportaal.domain.organisation.Location;
import nl.ouderportaal.domain.organisation.Organisation;
import nl.ouderportaal.domain.platform.DateRange;

/**
 * One organisation with a KDV and a BSO, and the De Vries family with two parents and two children.
 */
final class Families {

  final Organisation organisation =
      new Organisation(
          "Kinderopvang De Zonnebloem", "servicepunt@zonnebloem.example", "030 123 45 67");
  final Location kdv =
      new Location(
          organisation,
          "De Boomhut",
          new Address("Biltstraat 120", "3572 BK", "Utrecht"),
          "123456789",
          CareType.DAYCARE);
  final Location bso =
      new Location(
          organisation,
          "Het Klimrek",
          new Address("Biltstraat 122", "3572 BK", "Utrecht"),
          "987654321",
          CareType.OUT_OF_SCHOOL);
  final Family deVries =
      new Family(
          organisation, "Familie De Vries", new Address("Oudegracht 210", "3511 NR", "Utrecht"));
  final Parent sanne = new Parent(deVries, "Sanne", "de Vries", "sanne@test.example", null);
  final Parent mark = new Parent(deVries, "Mark", "de Vries", "mark@test.example", null);
  final List<Parent> parents = List.of(sanne, mark);
  final Child noor = new Child(deVries, "Noor", "de Vries", LocalDate.of(2024, 4, 15));
  final Child daan = new Child(deVries, "Daan", "de Vries", LocalDate.of(2019, 9, 2));

  Contract kdvContract(Child child, String hoursPerYear, String hourlyRate, DateRange period) {
    return new Contract(
        child,
        kdv,
        Set.of(new ContractDay(DayOfWeek.MONDAY, DayPart.MORNING)),
        new BigDecimal(hoursPerYear),
        new BigDecimal(hourlyRate),
        period);
  }

  Contract bsoContract(Child child, String hoursPerYear, String hourlyRate, DateRange period) {
    return new Contract(
        child,
        bso,
        Set.of(new ContractDay(DayOfWeek.TUESDAY, DayPart.AFTER_SCHOOL)),
        new BigDecimal(hoursPerYear),
        new BigDecimal(hourlyRate),
        period);
  }

  /**
   * The family's invoices for each month from January 2026 up to and including {@code last}, each
   * dated on the first of its month and numbered in one series.
   */
  List<Invoice> monthlyInvoices(
      YearMonth last, List<Contract> contracts, Map<YearMonth, CareCharge> charges) {
    List<Invoice> invoices = new ArrayList<>();
    InvoiceNumber number = null;
    for (YearMonth month = YearMonth.of(2026, 1);
        !month.isAfter(last);
        month = month.plusMonths(1)) {
      InvoiceDraft draft = new InvoiceDraft(deVries, parents, month);
      contracts.forEach(draft::addContractCare);
      if (charges.containsKey(month)) {
        draft.addCharge(charges.get(month));
      }
      LocalDate invoiceDate = month.atDay(1);
      number =
          number == null
              ? InvoiceNumber.first(invoiceDate.getYear())
              : number.following(invoiceDate.getYear());
      invoices.add(draft.issue(number, invoiceDate));
    }
    return invoices;
  }
}
