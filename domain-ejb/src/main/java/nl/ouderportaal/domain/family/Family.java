package nl.ouderportaal.domain.family;

import jakarta.persistence.Cacheable;
import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.util.Objects;
import java.util.UUID;
import nl.ouderportaal.domain.organisation.Address;
import nl.ouderportaal.domain.organisation.Organisation;
import org.hibernate.annotations.Cache;
import org.hibernate.annotations.CacheConcurrencyStrategy;

/** A household: the debtor of the invoices, with one or two parents and their children. */
@Entity
@Table(name = "family")
@Cacheable
@Cache(usage = CacheConcurrencyStrategy.READ_WRITE)
public class Family {

  @Id private UUID id;

  @ManyToOne(fetch = FetchType.LAZY, optional = false)
  @JoinColumn(name = "organisation_id")
  private Organisation organisation;

  @Column(nullable = false)
  private String name;

  @Embedded private Address address;

  protected Family() {}

  public Family(Organisation organisation, String name, Address address) {
    this.id = UUID.randomUUID();
    this.organisation = Objects.requireNonNull(organisation, "organisation");
    this.name = Text.require(name, "name");
    this.address = Objects.requireNonNull(address, "address");
  }

  public void rename(String name) {
    this.name = Text.require(name, "name");
  }

  public void move(Address address) {
    this.address = Objects.requireNonNull(address, "address");
  }

  public UUID id() {
    return id;
  }

  public Organisation organisation() {
    return organisation;
  }

  public String name() {
    return name;
  }

  public Address address() {
    return address;
  }
}
