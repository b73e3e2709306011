package nl.ouderportaal.batch.statements;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import nl.ouderportaal.domain.billing.Invoice;
import nl.ouderportaal.domain.billing.InvoiceDraft;
import nl.ouderportaal.domain.billing.InvoiceNumber;
import nl.ouderportaal.domain.billing.Money;
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
import org.junit.jupiter.api.Test;

/** The processor of the annual statements job. */
class StatementDraftingTest {

  private final Organisation organisation =
      new Organisation("Testopvang", "servicepunt@test.example", "030 000 00 00");
  private final Location kdv =
      new Location(
          organisation,
          "KDV Test",
          new Address("Teststraat 1", "1234 AB", "Utrecht"),
          "123456789",
          CareType.DAYCARE);
  private final Family family =
      new Family(organisation, "Aalbers", new Address("Aweg 1", "3511 AA", "Utrecht"));
  private final Parent anna = new Parent(family, "Anna", "Aalbers", "anna@test.example", null);
  private final Child abel = new Child(family, "Abel", "Aalbers", LocalDate.of(2025, 3, 1));
  private final Contract contract =
      new Contract(
          abel,
          kdv,
          Set.of(new ContractDay(DayOfWeek.MONDAY, DayPart.MORNING)),
          new BigDecimal("528"),
          new BigDecimal("10.95"),
          DateRange.from(LocalDate.of(2026, 1, 1)));

  private List<Invoice> twelveMonths() {
    List<Invoice> invoices = new ArrayList<>();
    for (int month = 1; month <= 12; month++) {
      invoices.add(
          new InvoiceDraft(family, List.of(anna), YearMonth.of(2026, month))
              .addContractCare(contract)
              .issue(new InvoiceNumber(2026, month), LocalDate.of(2026, month, 1)));
    }
    return invoices;
  }

  @Test
  void aYearOfInvoicesIsOneStatementWithTheContractsYear() {
    DraftedStatements drafted =
        StatementDrafting.draft(new FamilyYear(family.id(), 2026, twelveMonths()));

    assertThat(drafted.statements())
        .singleElement()
        .satisfies(
            statement -> {
              assertThat(statement.totalHours()).isEqualByComparingTo("528");
              assertThat(statement.totalAmount()).isEqualTo(Money.euros("5781.60"));
              assertThat(statement.averageHourlyRate()).contains(Money.euros("10.95"));
            });
  }

  @Test
  void aFamilyWithoutCareInTheYearIsFilteredOut() {
    assertThat(StatementDrafting.draft(new FamilyYear(UUID.randomUUID(), 2025, twelveMonths())))
        .isNull();
  }
}
