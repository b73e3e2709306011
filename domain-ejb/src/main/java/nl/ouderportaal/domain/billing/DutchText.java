package nl.ouderportaal.domain.billing;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.Month;
import java.time.YearMonth;
import java.util.Locale;
import nl.ouderportaal.domain.organisation.CareType;
import nl.ouderportaal.domain.organisation.DayPart;

/**
 * The Dutch texts and number formats of invoices, annual statements and contract confirmations, in
 * one place. These are documents for the Dutch tax office and Dutch parents, so they are Dutch
 * only, and the formats are written out here rather than taken from the JVM's locale data, which
 * differs between JDKs (some put a no-break space after the euro sign, which breaks searching a PDF
 * for an amount).
 */
final class DutchText {

  static final String INVOICE = "Factuur";
  static final String INVOICE_NUMBER = "Factuurnummer";
  static final String INVOICE_DATE = "Factuurdatum";
  static final String PERIOD = "Periode";
  static final String LOCATION = "Locatie";
  static final String LRK_NUMBER = "LRK-nummer";
  static final String CHILD = "Kind";
  static final String DESCRIPTION = "Omschrijving";
  static final String HOURS = "Uren";
  static final String HOURLY_RATE = "Uurtarief";
  static final String AMOUNT = "Bedrag";
  static final String SUBTOTAL = "Subtotaal";
  static final String TOTAL = "Totaal";
  static final String SEPA = "Betaling via automatische incasso (SEPA)";
  static final String SEPA_EXPLAINED =
      "Het totaalbedrag schrijven we af van je rekening. Je hoeft zelf niets over te maken.";

  static final String ANNUAL_STATEMENT = "Jaaropgave kinderopvang";
  static final String ORGANISATION = "Organisatie";
  static final String PARENT = "Ouder/verzorger";
  static final String BIRTH_DATE = "Geboortedatum";
  static final String CARE_TYPE = "Soort opvang";
  static final String MONTH = "Maand";
  static final String HOURS_PER_MONTH = "Uren per maand";
  static final String TOTAL_HOURS = "Totaal uren";
  static final String TOTAL_AMOUNT = "Totaalbedrag";
  static final String AVERAGE_RATE = "Gemiddelde uurprijs";
  static final String NO_HOURS = "geen uren";
  static final String ALLOWANCE_NOTE =
      "Gebruik deze jaaropgave voor de kinderopvangtoeslag bij de Belastingdienst."
          + " Bewaar hem bij je administratie.";

  static final String CONTRACT_CONFIRMATION = "Contractbevestiging";
  static final String CONTRACT_INTRO =
      "Dit zijn de afspraken over de opvang van %s, zoals ze op %s in onze administratie staan.";
  static final String ADDRESS = "Adres";
  static final String BILLING_ADDRESS = "Factuuradres";
  static final String START_DATE = "Startdatum";
  static final String END_DATE = "Einddatum";
  static final String NO_END = "onbepaalde tijd";
  static final String CARE_DAYS = "Opvangdagen";
  static final String DAY = "Dag";
  static final String DAY_PARTS = "Dagdelen";
  static final String COSTS = "Kosten";
  static final String HOURS_PER_YEAR = "Uren per jaar";
  static final String AMOUNT_PER_YEAR = "Bedrag per jaar";
  static final String AMOUNT_PER_MONTH = "Bedrag per maand";
  static final String MONTHLY_EXPLAINED =
      "Het bedrag per maand is uren per jaar maal uurtarief, gedeeld door twaalf. Begint of eindigt"
          + " het contract midden in een maand, dan betaal je die maand naar verhouding.";
  static final String CENTS_SPREAD =
      "Het bedrag per jaar is niet precies door twaalf te delen: een maand kan daarom een cent"
          + " meer of minder zijn, zodat het jaar precies klopt.";
  static final String STRUCTURAL_CHANGE =
      "Wil je iets blijvend veranderen, zoals andere dagen of meer uren? Geef het door via 'Stel"
          + " een vraag' in het ouderportaal, of neem contact op met het Servicepunt: %s, %s.";

  private static final String[] MONTHS = {
    "januari", "februari", "maart", "april", "mei", "juni",
    "juli", "augustus", "september", "oktober", "november", "december"
  };

  private static final String[] WEEKDAYS = {
    "maandag", "dinsdag", "woensdag", "donderdag", "vrijdag", "zaterdag", "zondag"
  };

  private DutchText() {}

  /** E.g. {@code € 1.234,56}, with a plain space. */
  static String euros(Money money) {
    return "€ " + decimal(money.amount());
  }

  /** E.g. {@code 88,00}. */
  static String hours(BigDecimal hours) {
    return decimal(hours);
  }

  /** E.g. {@code 15 november 2026}. */
  static String date(LocalDate date) {
    return date.getDayOfMonth() + " " + month(date.getMonth()) + " " + date.getYear();
  }

  /** E.g. {@code 15-11-2026}, for tables. */
  static String shortDate(LocalDate date) {
    return String.format(
        "%02d-%02d-%04d", date.getDayOfMonth(), date.getMonthValue(), date.getYear());
  }

  /** E.g. {@code november 2026}. */
  static String month(YearMonth month) {
    return month(month.getMonth()) + " " + month.getYear();
  }

  static String month(Month month) {
    return MONTHS[month.ordinal()];
  }

  static String weekday(DayOfWeek weekday) {
    return WEEKDAYS[weekday.ordinal()];
  }

  static String dayPart(DayPart dayPart) {
    return switch (dayPart) {
      case MORNING -> "ochtend";
      case AFTERNOON -> "middag";
      case BEFORE_SCHOOL -> "voorschoolse opvang";
      case AFTER_SCHOOL -> "naschoolse opvang";
      case HOLIDAY_DAY -> "vakantiedag";
    };
  }

  /** E.g. {@code 07:30-13:00}. */
  static String times(LocalTime start, LocalTime end) {
    return start + "-" + end;
  }

  static String careType(CareType careType) {
    return switch (careType) {
      case DAYCARE -> "Kinderdagverblijf";
      case OUT_OF_SCHOOL -> "Buitenschoolse opvang";
    };
  }

  /**
   * E.g. {@code Kinderdagverblijf, vaste opvang november 2026}, and for a month the contract covers
   * partly {@code ..., 16 van 30 dagen}, so the parent sees why the amount is lower.
   */
  static String contractCare(CareType careType, YearMonth month, int coveredDays, int daysInMonth) {
    String text = careType(careType) + ", vaste opvang " + month(month);
    return coveredDays < daysInMonth
        ? text + ", " + coveredDays + " van " + daysInMonth + " dagen"
        : text;
  }

  /** Two decimals, decimal comma, a dot between thousands: {@code 11.563,20}. */
  private static String decimal(BigDecimal value) {
    DecimalFormatSymbols symbols = new DecimalFormatSymbols(Locale.ROOT);
    symbols.setDecimalSeparator(',');
    symbols.setGroupingSeparator('.');
    symbols.setMinusSign('-');
    DecimalFormat format = new DecimalFormat("#,##0.00", symbols);
    format.setRoundingMode(RoundingMode.HALF_UP);
    return format.format(value);
  }

  /** The description of extra care on an invoice line, e.g. "Extra opvang 3-3-2026". */
  static String extraCare(LocalDate day) {
    return "Extra opvang " + shortDate(day);
  }

  /**
   * The description of extra care called off after the cancel deadline, e.g. "Extra opvang
   * 3-3-2026, afgemeld na de annuleertermijn": the parent sees why a day the child was not there is
   * charged.
   */
  static String lateCancellation(LocalDate day) {
    return extraCare(day) + ", afgemeld na de annuleertermijn";
  }
}
