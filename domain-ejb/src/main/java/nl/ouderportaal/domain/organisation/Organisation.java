package nl.ouderportaal.domain.organisation;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.util.Objects;
import java.util.UUID;

/** The childcare organisation that runs the locations; the debtor's counterparty. */
@Entity
@Table(name = "organisation")
public class Organisation {

  @Id private UUID id;

  @Column(nullable = false)
  private String name;

  @Column(name = "service_desk_email", nullable = false)
  private String serviceDeskEmail;

  @Column(name = "service_desk_phone", nullable = false)
  private String serviceDeskPhone;

  protected Organisation() {}

  public Organisation(String name, String serviceDeskEmail, String serviceDeskPhone) {
    this.id = UUID.randomUUID();
    this.name = requireText(name, "name");
    this.serviceDeskEmail = requireText(serviceDeskEmail, "serviceDeskEmail");
    this.serviceDeskPhone = requireText(serviceDeskPhone, "serviceDeskPhone");
  }

  static String requireText(String value, String what) {
    Objects.requireNonNull(value, what);
    if (value.isBlank()) {
      throw new IllegalArgumentException(what + " is empty");
    }
    return value.strip();
  }

  public UUID id() {
    return id;
  }

  public String name() {
    return name;
  }

  public String serviceDeskEmail() {
    return serviceDeskEmail;
  }

  public String serviceDeskPhone() {
    return serviceDeskPhone;
  }
}
