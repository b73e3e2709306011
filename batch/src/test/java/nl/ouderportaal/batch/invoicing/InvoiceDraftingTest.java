package nl.ouderportaal.batch.invoicing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.Set;
import nl.ouderportaal.batch.job.ItemRefused;
import nl.ouderportaal.domain.billing.CareCharge;
import nl.ouderportaal.domain.billing.InvoiceInput;
import nl.ouderportaal.domain.billing.LineKind;
import nl.ouderportaal.domain.billing.Money;
import nl.ouderportaal.domain.family.Child;
import nl.ouderportaal.domain.family.Contract;
import nl.ouderportaal.domain.family.ContractDay;
import nl.ouderportaal.domain.family.Family;
import nl.ouderportaal.domain.family.Parent;
import nl.ouderportaal.domain.job.JobItemFailure;
import nl.ouderportaal.domain.organisation.Address;
import nl.ouderportaal.domain.organisation.CareType;
import nl.ouderportaal.domain.organisation.DayPart;
import nl.ouderportaal.domain.organisation.Location;
import nl.ouderportaal.domain.organisation.Organisation;
import nl.ouderportaal.domain.platform.DateRange;
import org.junit.jupiter.api.Test;

/** The processor of the invoicing job, as the pure function it is. */
class InvoiceDraftingTest {

  private static final YearMonth MAY = YearMonth.of(2026, 5);

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
  private final Parent bart = new Parent(family, "Bart", "Aalbers", "bart@test.example", null);
  private final Child abel = new Child(family, "Abel", "Aalbers", LocalDate.of(2025, 3, 1));

  /** The system tests' fixture contract: Monday morning and afternoon, 528 h a year at 10.95. */
  private Contract contract(DateRange period) {
    return new Contract(
        abel,
        kdv,
        Set.of(
            new ContractDay(DayOfWeek.MONDAY, DayPart.MORNING),
            new ContractDay(DayOfWeek.MONDAY, DayPart.AFTERNOON)),
        new BigDecimal("528"),
        new BigDecimal("10.95"),
        period);
  }

  private InvoiceInput input(int parents, List<Contract> contracts, List<String> problems) {
    return new InvoiceInput(
        family, MAY, List.of(anna, bart).subList(0, parents), contracts, List.of(), problems);
  }

  @Test
  void aFullMonthOfTheContractIsOneTwelfthOfTheYear() {
    DraftedInvoice drafted =
        InvoiceDrafting.draft(
            input(1, List.of(contract(DateRange.from(LocalDate.of(2026, 1, 1)))), List.of()));

    assertThat(drafted.draft().total()).isEqualTo(Money.euros("481.80"));
    assertThat(drafted.draft().lines())
        .singleElement()
        .satisfies(
            line -> {
              assertThat(line.kind()).isEqualTo(LineKind.CONTRACT_CARE);
              assertThat(line.hours()).isEqualByComparingTo("44");
              assertThat(line.location().lrkNumber()).isEqualTo("123456789");
            });
    assertThat(drafted.input().familyId()).isEqualTo(family.id());
  }

  @Test
  void theInvoiceIsAddressedToTheParentsByName() {
    DraftedInvoice drafted =
        InvoiceDrafting.draft(
            input(2, List.of(contract(DateRange.from(LocalDate.of(2026, 1, 1)))), List.of()));

    var debtor =
        drafted
            .draft()
            .issue(
                new nl.ouderportaal.domain.billing.InvoiceNumber(2026, 1), LocalDate.of(2026, 5, 1))
            .debtor();
    assertThat(debtor.name()).isEqualTo("Anna Aalbers en Bart Aalbers");
    assertThat(debtor.address()).isEqualTo(family.address());
  }

  @Test
  void extraCareOnTheInvoiceIsChargedInFullNextToTheContract() {
    CareCharge extra =
        CareCharge.extraCare(
            abel,
            kdv,
            LocalDate.of(2026, 4, 29),
            new BigDecimal("5.5"),
            Money.euros("10.95"),
            "Extra opvang 29-04-2026");
    InvoiceInput input =
        new InvoiceInput(
            family,
            MAY,
            List.of(anna, bart),
            List.of(contract(DateRange.from(LocalDate.of(2026, 1, 1)))),
            List.of(new InvoiceInput.OpenCharge(java.util.UUID.randomUUID(), extra)),
            List.of());

    assertThat(InvoiceDrafting.draft(input).draft().total()).isEqualTo(Money.euros("542.03"));
  }

  @Test
  void theFirstMonthIsProRata() {
    DraftedInvoice drafted =
        InvoiceDrafting.draft(
            input(1, List.of(contract(DateRange.from(LocalDate.of(2026, 5, 16)))), List.of()));

    // 5781.60 / 12 * 16 / 31 = 248.67
    assertThat(drafted.draft().total()).isEqualTo(Money.euros("248.67"));
  }

  @Test
  void nothingToChargeIsFilteredOutAndUsesNoNumber() {
    assertThat(
            InvoiceDrafting.draft(
                input(
                    1,
                    List.of(
                        contract(
                            new DateRange(LocalDate.of(2026, 1, 1), LocalDate.of(2026, 4, 30)))),
                    List.of())))
        .isNull();
    assertThat(new InvoiceDrafting().processItem(input(1, List.of(), List.of()))).isNull();
  }

  @Test
  void aFamilyWithoutAParentIsRefusedWithItsNameAndTheReason() {
    InvoiceInput orphan =
        input(0, List.of(contract(DateRange.from(LocalDate.of(2026, 1, 1)))), List.of());

    assertThatThrownBy(() -> InvoiceDrafting.draft(orphan))
        .isInstanceOfSatisfying(
            ItemRefused.class,
            refused -> {
              assertThat(refused.itemType()).isEqualTo(JobItemFailure.ItemType.FAMILY);
              assertThat(refused.itemId()).isEqualTo(family.id());
              assertThat(refused.itemName()).isEqualTo("Aalbers");
              assertThat(refused.reason()).isEqualTo("job.failure.noParent");
            });
  }

  @Test
  void dataThatBreakAModelRuleAreRefusedNotThrownAtTheRun() {
    InvoiceInput broken =
        input(
            1,
            List.of(contract(DateRange.from(LocalDate.of(2026, 1, 1)))),
            List.of("charge 42: a location of another organisation"));

    assertThatThrownBy(() -> InvoiceDrafting.draft(broken))
        .isInstanceOfSatisfying(
            ItemRefused.class,
            refused -> {
              assertThat(refused.reason()).isEqualTo("job.failure.invalidData");
              assertThat(refused.detail()).contains("another organisation");
            });
  }

  @Test
  void aContractOfAnotherFamilysChildIsRefused() {
    Family other = new Family(organisation, "Bakker", new Address("Bweg 2", "3511 BB", "Utrecht"));
    Child bo = new Child(other, "Bo", "Bakker", LocalDate.of(2024, 1, 1));
    Contract notOurs =
        new Contract(
            bo,
            kdv,
            Set.of(new ContractDay(DayOfWeek.MONDAY, DayPart.MORNING)),
            new BigDecimal("264"),
            new BigDecimal("10.95"),
            DateRange.from(LocalDate.of(2026, 1, 1)));

    assertThatThrownBy(() -> InvoiceDrafting.draft(input(1, List.of(notOurs), List.of())))
        .isInstanceOf(ItemRefused.class)
        .hasMessageContaining("job.failure.invalidData");
  }
}
