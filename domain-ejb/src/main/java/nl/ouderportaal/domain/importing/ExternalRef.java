package nl.ouderportaal.domain.importing;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EmbeddedId;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import java.io.Serializable;
import java.util.Objects;
import java.util.UUID;

/**
 * Which of our records an id of the old system became, per organisation and kind of record: the key
 * that makes an import idempotent. Importing the same row again finds its record; a changed row
 * updates it.
 */
@Entity
@Table(name = "external_ref")
@NamedQuery(
    name = "ExternalRef.idsOfOrganisation",
    query =
        "select r.key.kind, r.key.externalId, r.internalId from ExternalRef r"
            + " where r.key.organisationId = :organisation")
@NamedQuery(
    name = "ExternalRef.externalIdsOfKind",
    query =
        "select r.key.externalId from ExternalRef r"
            + " where r.key.organisationId = :organisation and r.key.kind = :kind")
public class ExternalRef {

  /** The kinds of record an import makes. */
  public enum Kind {
    LOCATION,
    GROUP,
    FAMILY,
    PARENT,
    CHILD,
    CONTRACT,
    PLACEMENT
  }

  /** The organisation, the kind and the old system's id. */
  @Embeddable
  public record Key(
      @Column(name = "organisation_id") UUID organisationId,
      @Enumerated(EnumType.STRING) @Column(name = "kind") Kind kind,
      @Column(name = "external_id") String externalId)
      implements Serializable {}

  @EmbeddedId private Key key;

  @Column(name = "internal_id", nullable = false)
  private UUID internalId;

  protected ExternalRef() {}

  ExternalRef(UUID organisationId, Kind kind, String externalId, UUID internalId) {
    this.key =
        new Key(
            Objects.requireNonNull(organisationId, "organisationId"),
            Objects.requireNonNull(kind, "kind"),
            Objects.requireNonNull(externalId, "externalId"));
    this.internalId = Objects.requireNonNull(internalId, "internalId");
  }

  public Kind kind() {
    return key.kind();
  }

  public String externalId() {
    return key.externalId();
  }

  public UUID internalId() {
    return internalId;
  }
}
