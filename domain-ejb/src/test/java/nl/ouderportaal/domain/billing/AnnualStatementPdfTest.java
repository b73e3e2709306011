package nl.ouderportaal.domain.billing;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.Map;
import nl.ouderportaal.domain.family.Contract;
import nl.ouderportaal.domain.platform.DateRange;
import org.junit.jupiter.api.Test;

class AnnualStatementPdfTest {

  private final Families families = new Families();

  @Test
  void theStatementShowsWhatTheAllowanceOfficeAsksFor() throws Exception {
    Contract noor =
        families.kdvContract(
            families.noor, "1056", "10.95", DateRange.from(LocalDate.of(2026, 1, 1)));
    CareCharge extra =
        CareCharge.extraCare(
            families.noor,
            families.kdv,
            LocalDate.of(2026, 3, 18),
            new BigDecimal("5.5"),
            Money.euros("12.50"),
            "Extra opvang woensdag 18 maart");
    AnnualStatement statement =
        AnnualStatement.of(
                2026,
                families.monthlyInvoices(
                    YearMonth.of(2026, 12), List.of(noor), Map.of(YearMonth.of(2026, 3), extra)))
            .get(0);

    String text = written(statement);

    assertThat(text)
        .contains("Jaaropgave kinderopvang 2026")
        .contains("Kinderopvang De Zonnebloem")
        .contains("De Boomhut, LRK-nummer 123456789")
        .contains("Ouder/verzorger", "Mark de Vries en Sanne de Vries", "Oudegracht 210")
        .doesNotContain("Familie De Vries")
        .contains("Noor de Vries")
        .contains("15-04-2024")
        .contains("Kinderdagverblijf")
        .contains("januari", "december")
        .contains("93,50")
        // 1056 + 5.5 hours; 11563.20 + 68.75 euros; 11631.95 / 1061.50 = 10.958..
        .contains("1.061,50")
        .contains("€ 11.631,95")
        .contains("€ 10,96");
  }

  @Test
  void withoutHoursTheAverageRateSaysSo() throws Exception {
    InvoiceLine fee =
        new InvoiceLine(
            LineKind.LATE_CANCELLATION,
            BilledChild.of(families.daan),
            BilledLocation.of(families.bso),
            new DateRange(LocalDate.of(2026, 5, 4), LocalDate.of(2026, 5, 4)),
            "Annuleringskosten",
            BigDecimal.ZERO,
            Money.ZERO,
            Money.euros("25.00"));
    Invoice invoice =
        new Invoice(
            InvoiceNumber.first(2026),
            LocalDate.of(2026, 6, 1),
            YearMonth.of(2026, 6),
            families.organisation.name(),
            Debtor.of(families.deVries, families.parents),
            List.of(fee));

    String text = written(AnnualStatement.of(2026, List.of(invoice)).get(0));

    assertThat(text)
        .contains("Het Klimrek, LRK-nummer 987654321")
        .contains("Buitenschoolse opvang")
        .contains("€ 25,00")
        .contains("Gemiddelde uurprijs")
        .contains("geen uren")
        .doesNotContain("€ 0,00");
  }

  private static String written(AnnualStatement statement) throws Exception {
    PdfText.Sink out = new PdfText.Sink();
    new AnnualStatementPdf(statement).writeTo(out);
    return PdfText.of(out.toByteArray());
  }
}
