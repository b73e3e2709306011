package nl.ouderportaal.domain.billing;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EmbeddedId;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.io.Serializable;
import java.util.Objects;
import java.util.UUID;

/**
 * The last invoice number an organisation used in a year. Read with a row lock in the transaction
 * that stores the invoice, so two runs never take the same number, and a rolled-back invoice gives
 * its number back with the rollback: the series stays unbroken (see {@link InvoiceNumber}).
 */
@Entity
@Table(name = "invoice_number_sequence")
public class InvoiceNumberSequence {

  /** The organisation and the year of the series. */
  @Embeddable
  public record Key(
      @Column(name = "organisation_id") UUID organisationId,
      @Column(name = "invoice_year") int year)
      implements Serializable {}

  @EmbeddedId private Key key;

  @Column(name = "last_sequence", nullable = false)
  private int lastSequence;

  protected InvoiceNumberSequence() {}

  /** The series of a year before its first invoice. */
  InvoiceNumberSequence(UUID organisationId, int year) {
    this.key = new Key(Objects.requireNonNull(organisationId, "organisationId"), year);
    InvoiceNumber.first(year);
    this.lastSequence = 0;
  }

  /** Takes the next number of the series. */
  InvoiceNumber take() {
    InvoiceNumber next =
        lastSequence == 0
            ? InvoiceNumber.first(key.year())
            : new InvoiceNumber(key.year(), lastSequence).following(key.year());
    lastSequence = next.sequence();
    return next;
  }

  int lastSequence() {
    return lastSequence;
  }
}
