package nl.ouderportaal.domain.account;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Instant;
import java.util.Base64;
import java.util.HexFormat;
import java.util.Objects;
import java.util.UUID;

/**
 * A link sent by mail to act on an account without a password: 256 random bits, of which only the
 * SHA-256 hash is stored, so a copy of the database opens no account. It works once, until it
 * expires; a newer link of the same purpose replaces it.
 */
@Entity
@Table(name = "account_token")
@NamedQuery(
    name = "AccountToken.byHash",
    query = "select t from AccountToken t join fetch t.account where t.tokenHash = :hash")
@NamedQuery(
    name = "AccountToken.openOf",
    query =
        "select t from AccountToken t where t.account = :account and t.purpose = :purpose"
            + " and t.usedAt is null")
public class AccountToken {

  private static final SecureRandom RANDOM = new SecureRandom();

  @Id private UUID id;

  @ManyToOne(fetch = FetchType.LAZY, optional = false)
  @JoinColumn(name = "account_id")
  private UserAccount account;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false)
  private TokenPurpose purpose;

  @Column(name = "token_hash", nullable = false, unique = true)
  private String tokenHash;

  @Column(name = "new_email")
  private String newEmail;

  @Column(name = "created_at", nullable = false)
  private Instant createdAt;

  @Column(name = "expires_at", nullable = false)
  private Instant expiresAt;

  @Column(name = "used_at")
  private Instant usedAt;

  protected AccountToken() {}

  private AccountToken(
      UserAccount account, TokenPurpose purpose, String tokenHash, String newEmail, Instant now) {
    this.id = UUID.randomUUID();
    this.account = Objects.requireNonNull(account, "account");
    this.purpose = Objects.requireNonNull(purpose, "purpose");
    this.tokenHash = tokenHash;
    this.newEmail = newEmail;
    this.createdAt = now;
    this.expiresAt = now.plus(purpose.validity());
  }

  /** A new token: the entity to keep, and the secret to put in the link (never stored). */
  public record Issued(AccountToken token, String secret) {}

  static Issued issue(UserAccount account, TokenPurpose purpose, String newEmail, Instant now) {
    byte[] random = new byte[32];
    RANDOM.nextBytes(random);
    String secret = Base64.getUrlEncoder().withoutPadding().encodeToString(random);
    return new Issued(new AccountToken(account, purpose, hash(secret), newEmail, now), secret);
  }

  static String hash(String secret) {
    try {
      byte[] digest =
          MessageDigest.getInstance("SHA-256").digest(secret.getBytes(StandardCharsets.UTF_8));
      return HexFormat.of().formatHex(digest);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }

  boolean isUsable(TokenPurpose expected, Instant now) {
    return purpose == expected && usedAt == null && now.isBefore(expiresAt);
  }

  /** Uses the token up (or revokes it: a newer one replaces it). */
  void use(Instant now) {
    if (usedAt == null) {
      usedAt = now;
    }
  }

  public UserAccount account() {
    return account;
  }

  public TokenPurpose purpose() {
    return purpose;
  }

  public String newEmail() {
    return newEmail;
  }

  public Instant expiresAt() {
    return expiresAt;
  }

  public Instant createdAt() {
    return createdAt;
  }

  public Instant usedAt() {
    return usedAt;
  }
}
