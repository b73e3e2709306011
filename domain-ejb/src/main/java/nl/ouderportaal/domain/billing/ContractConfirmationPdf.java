package nl.ouderportaal.domain.billing;

import static nl.ouderportaal.domain.billing.PdfLayout.HEADING;
import static nl.ouderportaal.domain.billing.PdfLayout.SMALL;
import static nl.ouderportaal.domain.billing.PdfLayout.TEXT;
import static nl.ouderportaal.domain.billing.PdfLayout.TITLE;
import static nl.ouderportaal.domain.billing.PdfLayout.add;
import static nl.ouderportaal.domain.billing.PdfLayout.cell;
import static nl.ouderportaal.domain.billing.PdfLayout.header;
import static nl.ouderportaal.domain.billing.PdfLayout.paragraph;

import com.lowagie.text.Document;
import com.lowagie.text.Element;
import com.lowagie.text.pdf.PdfPTable;
import java.io.IOException;
import java.io.OutputStream;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Collectors;
import nl.ouderportaal.domain.document.FileNames;
import nl.ouderportaal.domain.family.Child;
import nl.ouderportaal.domain.family.Contract;
import nl.ouderportaal.domain.family.ContractDay;
import nl.ouderportaal.domain.family.Family;
import nl.ouderportaal.domain.organisation.Address;
import nl.ouderportaal.domain.organisation.DayPart;
import nl.ouderportaal.domain.organisation.DayPartTimes;
import nl.ouderportaal.domain.organisation.Location;
import nl.ouderportaal.domain.organisation.Organisation;

/**
 * A contractbevestiging: a contract as it stands on the day the PDF is made. Organisation, location
 * with address and LRK number, parents and billing address, child and date of birth, care type, the
 * day parts of the week with the location's times, hours per year, hourly rate, and the amounts per
 * year and per month as the invoices bill them ({@link ContractCare}), start and end, and that a
 * structural change goes through the service desk. Made on request and never stored, so it cannot
 * go stale when the service desk changes the contract.
 */
public final class ContractConfirmationPdf {

  private static final int LEFT = Element.ALIGN_LEFT;

  private final Contract contract;
  private final List<String> parents;
  private final Map<DayPart, DayPartTimes.Span> times;
  private final LocalDate madeOn;
  private final ContractCare care;

  /**
   * @param parents the names of the family's parents
   * @param times the day parts' times at the contract's location; a day part not in it has the
   *     standard times
   * @param madeOn the day the data is from
   */
  public ContractConfirmationPdf(
      Contract contract,
      List<String> parents,
      Map<DayPart, DayPartTimes.Span> times,
      LocalDate madeOn) {
    this.contract = Objects.requireNonNull(contract, "contract");
    this.parents = List.copyOf(parents);
    this.times = Map.copyOf(times);
    this.madeOn = Objects.requireNonNull(madeOn, "madeOn");
    this.care = new ContractCare(contract);
  }

  /**
   * The name to save it under, e.g. {@code
   * contractbevestiging-noor-de-vries-kinderdagverblijf-2026-01-01.pdf}.
   */
  public String fileName() {
    return FileNames.safe(
        DutchText.CONTRACT_CONFIRMATION
            + " "
            + contract.child().fullName()
            + " "
            + DutchText.careType(contract.careType())
            + " "
            + contract.period().start());
  }

  /** Writes the PDF; the stream stays open. */
  public void writeTo(OutputStream out) throws IOException {
    PdfLayout.write(
        out,
        DutchText.CONTRACT_CONFIRMATION + " " + contract.child().fullName(),
        contract.location().organisation().name(),
        this::content);
  }

  private void content(Document document) {
    Organisation organisation = contract.location().organisation();
    add(document, paragraph(organisation.name(), HEADING, 0));
    add(document, paragraph(DutchText.CONTRACT_CONFIRMATION, TITLE, 12));
    add(
        document,
        paragraph(
            String.format(
                DutchText.CONTRACT_INTRO, contract.child().firstName(), DutchText.date(madeOn)),
            TEXT,
            8));
    add(document, PdfLayout.facts(facts().toArray(String[][]::new)));
    add(document, paragraph(DutchText.CARE_DAYS, HEADING, 16));
    add(document, days());
    add(document, paragraph(DutchText.COSTS, HEADING, 16));
    add(document, costs());
    add(document, paragraph(DutchText.MONTHLY_EXPLAINED, SMALL, 6));
    if (!care.hasEqualMonths()) {
      add(document, paragraph(DutchText.CENTS_SPREAD, SMALL, 2));
    }
    add(
        document,
        paragraph(
            String.format(
                DutchText.STRUCTURAL_CHANGE,
                organisation.serviceDeskEmail(),
                organisation.serviceDeskPhone()),
            TEXT,
            18));
  }

  private List<String[]> facts() {
    Location location = contract.location();
    Child child = contract.child();
    Family family = child.family();
    List<String[]> facts = new ArrayList<>();
    facts.add(new String[] {DutchText.ORGANISATION, location.organisation().name()});
    facts.add(new String[] {DutchText.LOCATION, location.name()});
    facts.add(new String[] {DutchText.ADDRESS, lines(location.address())});
    facts.add(new String[] {DutchText.LRK_NUMBER, location.lrkNumber()});
    facts.add(
        new String[] {
          DutchText.PARENT, parents.isEmpty() ? family.name() : String.join("\n", parents)
        });
    facts.add(
        new String[] {DutchText.BILLING_ADDRESS, family.name() + "\n" + lines(family.address())});
    facts.add(new String[] {DutchText.CHILD, child.fullName()});
    facts.add(new String[] {DutchText.BIRTH_DATE, DutchText.shortDate(child.birthDate())});
    facts.add(new String[] {DutchText.CARE_TYPE, DutchText.careType(contract.careType())});
    facts.add(new String[] {DutchText.START_DATE, DutchText.date(contract.period().start())});
    facts.add(
        new String[] {
          DutchText.END_DATE,
          contract.period().isOpenEnded()
              ? DutchText.NO_END
              : DutchText.date(contract.period().end())
        });
    return facts;
  }

  /** One row per weekday, its day parts with their times, Monday first. */
  private PdfPTable days() {
    Map<DayOfWeek, String> byWeekday =
        contract.days().stream()
            .collect(
                Collectors.groupingBy(
                    ContractDay::weekday,
                    LinkedHashMap::new,
                    Collectors.mapping(day -> dayPart(day.dayPart()), Collectors.joining(", "))));
    PdfPTable table = PdfLayout.table(1, 3);
    table.setHeaderRows(1);
    table.addCell(header(DutchText.DAY, LEFT));
    table.addCell(header(DutchText.DAY_PARTS, LEFT));
    byWeekday.forEach(
        (weekday, parts) -> {
          table.addCell(cell(DutchText.weekday(weekday), TEXT, LEFT));
          table.addCell(cell(parts, TEXT, LEFT));
        });
    return table;
  }

  private String dayPart(DayPart dayPart) {
    DayPartTimes.Span span = times.getOrDefault(dayPart, DayPartTimes.standard(dayPart));
    return DutchText.dayPart(dayPart) + " " + DutchText.times(span.start(), span.end());
  }

  private PdfPTable costs() {
    return PdfLayout.facts(
        new String[] {DutchText.HOURS_PER_YEAR, DutchText.hours(contract.hoursPerYear())},
        new String[] {DutchText.HOURLY_RATE, DutchText.euros(new Money(contract.hourlyRate()))},
        new String[] {DutchText.AMOUNT_PER_YEAR, DutchText.euros(care.annualAmount())},
        new String[] {DutchText.AMOUNT_PER_MONTH, DutchText.euros(care.monthlyAmount())});
  }

  private static String lines(Address address) {
    return address.street() + "\n" + address.postalCode() + " " + address.city();
  }
}
