package nl.ouderportaal.domain.account;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.Objects;

/** A link to set up the first organisation; its secret is only in the server log. */
@Entity
@Table(name = "setup_token")
public class SetupToken {

  @Id
  @Column(name = "token_hash")
  private String tokenHash;

  @Column(name = "created_at", nullable = false)
  private Instant createdAt;

  @Column(name = "used_at")
  private Instant usedAt;

  protected SetupToken() {}

  SetupToken(String tokenHash, Instant now) {
    this.tokenHash = Objects.requireNonNull(tokenHash, "tokenHash");
    this.createdAt = Objects.requireNonNull(now, "now");
  }

  boolean isUsed() {
    return usedAt != null;
  }

  void use(Instant now) {
    usedAt = now;
  }
}
