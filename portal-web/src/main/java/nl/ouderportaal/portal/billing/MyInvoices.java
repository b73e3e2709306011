package nl.ouderportaal.portal.billing;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.math.BigDecimal;
import java.text.NumberFormat;
import java.time.format.DateTimeFormatter;
import java.util.Currency;
import java.util.List;
import java.util.Locale;
import nl.ouderportaal.domain.billing.Invoices;
import nl.ouderportaal.portal.platform.Messages;

/** 'Facturen': the family's invoices, newest first, each with its PDF. */
@Named
@RequestScoped
public class MyInvoices {

  @Inject private Invoices invoices;

  private List<Invoices.Summary> all;

  @PostConstruct
  void load() {
    all = invoices.mine();
  }

  public List<Invoices.Summary> getInvoices() {
    return all;
  }

  /** The month, e.g. "mei 2026". */
  public String month(Invoices.Summary invoice) {
    return invoice.period().format(DateTimeFormatter.ofPattern("MMMM yyyy", Messages.locale()));
  }

  public String date(Invoices.Summary invoice) {
    return Messages.date(invoice.invoiceDate());
  }

  /** The amount in the user's notation, e.g. "€ 481,80". */
  public String amount(Invoices.Summary invoice) {
    return euros(invoice.total(), Messages.locale());
  }

  /**
   * Euros in the notation of a language: the currency is always the euro, also for a locale without
   * a country (plain "en" would otherwise print the generic currency sign).
   */
  static String euros(BigDecimal amount, Locale locale) {
    NumberFormat format = NumberFormat.getCurrencyInstance(locale);
    format.setCurrency(Currency.getInstance("EUR"));
    return format.format(amount);
  }
}
