package nl.ouderportaal.domain.billing;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.Map;
import java.util.Set;
import nl.ouderportaal.domain.family.Contract;
import nl.ouderportaal.domain.family.ContractDay;
import nl.ouderportaal.domain.organisation.DayPart;
import nl.ouderportaal.domain.organisation.DayPartTimes;
import nl.ouderportaal.domain.platform.DateRange;
import org.junit.jupiter.api.Test;

class ContractConfirmationPdfTest {

  private static final LocalDate TODAY = LocalDate.of(2026, 11, 29);
  private static final List<String> PARENTS = List.of("Sanne de Vries", "Tom de Vries");

  private final Families families = new Families();

  @Test
  void theConfirmationShowsTheContractAsItStandsWithTheMonthlyAmountOfTheInvoices()
      throws Exception {
    Contract contract =
        new Contract(
            families.noor,
            families.kdv,
            Set.of(
                new ContractDay(DayOfWeek.MONDAY, DayPart.MORNING),
                new ContractDay(DayOfWeek.MONDAY, DayPart.AFTERNOON),
                new ContractDay(DayOfWeek.THURSDAY, DayPart.MORNING)),
            new BigDecimal("1056"),
            new BigDecimal("10.95"),
            DateRange.from(LocalDate.of(2026, 1, 1)));
    // this location closes half an hour early
    Map<DayPart, DayPartTimes.Span> times =
        Map.of(
            DayPart.MORNING,
            DayPartTimes.standard(DayPart.MORNING),
            DayPart.AFTERNOON,
            new DayPartTimes.Span(LocalTime.of(13, 0), LocalTime.of(18, 0)));

    String text = written(new ContractConfirmationPdf(contract, PARENTS, times, TODAY));

    assertThat(text)
        .contains("Kinderopvang De Zonnebloem")
        .contains("Contractbevestiging")
        .contains("op 29 november 2026")
        .contains("De Boomhut", "Biltstraat 120", "3572 BK Utrecht")
        .contains("LRK-nummer 123456789")
        .contains("Sanne de Vries", "Tom de Vries")
        .contains("Familie De Vries", "Oudegracht 210", "3511 NR Utrecht")
        .contains("Noor de Vries", "15-04-2024")
        .contains("Kinderdagverblijf")
        .contains("maandag ochtend 07:30-13:00, middag 13:00-18:00")
        .contains("donderdag ochtend 07:30-13:00")
        .doesNotContain("dinsdag", "woensdag", "vrijdag")
        .containsPattern("Uren per jaar\\s*1\\.056,00")
        .containsPattern("Uurtarief\\s*€ 10,95")
        .containsPattern("Bedrag per jaar\\s*€ 11\\.563,20")
        // 1056 x 10.95 / 12, the same as every full month of the invoices
        .containsPattern("Bedrag per maand\\s*€ 963,60")
        .containsPattern("Startdatum\\s*1 januari 2026")
        .containsPattern("Einddatum\\s*onbepaalde tijd")
        .contains("'Stel een vraag'", "servicepunt@zonnebloem.example", "030 123 45 67")
        .doesNotContain("een cent");
  }

  @Test
  void aContractWithAnEndShowsItAndSaysWhyAMonthCanDifferACent() throws Exception {
    Contract contract =
        families.bsoContract(
            families.daan,
            "1000",
            "10.01",
            new DateRange(LocalDate.of(2025, 8, 18), LocalDate.of(2026, 7, 31)));

    String text = written(new ContractConfirmationPdf(contract, PARENTS, Map.of(), TODAY));

    assertThat(text)
        .contains("Het Klimrek", "LRK-nummer 987654321")
        .contains("Daan de Vries", "02-09-2019")
        .contains("Buitenschoolse opvang")
        .contains("dinsdag naschoolse opvang 14:00-18:30")
        // 10010.00 / 12 = 834.166..
        .containsPattern("Bedrag per jaar\\s*€ 10\\.010,00")
        .containsPattern("Bedrag per maand\\s*€ 834,17")
        .contains("een cent")
        .containsPattern("Startdatum\\s*18 augustus 2025")
        .containsPattern("Einddatum\\s*31 juli 2026")
        .doesNotContain("onbepaalde tijd");
  }

  @Test
  void itIsSavedUnderTheChildsNameAndTheCallersStreamStaysOpen() throws Exception {
    ContractConfirmationPdf pdf =
        new ContractConfirmationPdf(
            families.kdvContract(
                families.noor, "1056", "10.95", DateRange.from(LocalDate.of(2026, 1, 1))),
            PARENTS,
            Map.of(),
            TODAY);
    PdfText.Sink out = new PdfText.Sink();

    pdf.writeTo(out);

    assertThat(pdf.fileName())
        .isEqualTo("contractbevestiging-noor-de-vries-kinderdagverblijf-2026-01-01.pdf");
    assertThat(out.closed).isFalse();
    assertThat(new String(out.toByteArray(), 0, 5, StandardCharsets.US_ASCII)).isEqualTo("%PDF-");
  }

  private static String written(ContractConfirmationPdf pdf) throws Exception {
    PdfText.Sink out = new PdfText.Sink();
    pdf.writeTo(out);
    return PdfText.of(out.toByteArray());
  }
}
