package nl.ouderportaal.domain.account;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import java.time.Duration;
import java.time.Instant;
import java.util.EnumSet;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;
import nl.ouderportaal.domain.organisation.Organisation;
import nl.ouderportaal.domain.platform.Role;

/**
 * A login: the e-mail address is the login name. Created without a password (status NEW); the owner
 * sets one and the account becomes ACTIVE. Failed logins are counted, and from {@link
 * #FAILURES_BEFORE_LOCK} failures in a row the account is locked for a time that doubles with every
 * further failure, up to {@link #MAX_LOCK}; a success resets the count.
 */
@Entity
@Table(name = "user_account")
@NamedQuery(
    name = "UserAccount.findByEmail",
    query = "select a from UserAccount a where a.email = :email")
public class UserAccount {

  static final int FAILURES_BEFORE_LOCK = 5;
  static final Duration FIRST_LOCK = Duration.ofMinutes(1);
  static final Duration MAX_LOCK = Duration.ofMinutes(15);

  @Id private UUID id;

  @ManyToOne(fetch = FetchType.LAZY, optional = false)
  @JoinColumn(name = "organisation_id")
  private Organisation organisation;

  @Column(nullable = false, unique = true)
  private String email;

  @Column(name = "password_hash")
  private String passwordHash;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false)
  private AccountStatus status;

  @ElementCollection(fetch = FetchType.EAGER)
  @CollectionTable(name = "account_role", joinColumns = @JoinColumn(name = "account_id"))
  @Column(name = "role", nullable = false)
  @Enumerated(EnumType.STRING)
  private Set<Role> roles = EnumSet.noneOf(Role.class);

  @Column(name = "failed_logins", nullable = false)
  private int failedLogins;

  @Column(name = "last_failed_login_at")
  private Instant lastFailedLoginAt;

  @Column(name = "locked_until")
  private Instant lockedUntil;

  @Column(name = "last_login_at")
  private Instant lastLoginAt;

  @Column(name = "created_at", nullable = false)
  private Instant createdAt;

  @Column(nullable = false)
  private String language = "nl";

  @Column(name = "invited_at")
  private Instant invitedAt;

  protected UserAccount() {}

  public UserAccount(Organisation organisation, String email, Set<Role> roles, Instant now) {
    if (roles.isEmpty()) {
      throw new IllegalArgumentException("an account needs a role");
    }
    this.id = UUID.randomUUID();
    this.organisation = Objects.requireNonNull(organisation, "organisation");
    this.email = normaliseEmail(email);
    this.roles = EnumSet.copyOf(roles);
    this.status = AccountStatus.NEW;
    this.createdAt = Objects.requireNonNull(now, "now");
  }

  /** Login names compare without case and surrounding spaces. */
  public static String normaliseEmail(String email) {
    Objects.requireNonNull(email, "email");
    String normalised = email.strip().toLowerCase(Locale.ROOT);
    if (!normalised.matches("[^@\\s]+@[^@\\s]+\\.[^@\\s]+")) {
      throw new IllegalArgumentException("not an e-mail address: " + email);
    }
    return normalised;
  }

  /** The owner chose a password (already hashed): from now on they can log in. */
  public void activate(String newPasswordHash) {
    changePasswordHash(newPasswordHash);
    if (status == AccountStatus.NEW) {
      status = AccountStatus.ACTIVE;
    }
  }

  void changePasswordHash(String newPasswordHash) {
    this.passwordHash = Objects.requireNonNull(newPasswordHash, "newPasswordHash");
  }

  /** An invitation to choose a password went out. */
  public void invited(Instant now) {
    invitedAt = now;
  }

  /** The service desk blocks the account: no login, and open sessions lose their rights. */
  public void block() {
    status = AccountStatus.BLOCKED;
  }

  /** Back to what it was: active with a password, or new without one. */
  public void unblock() {
    if (status == AccountStatus.BLOCKED) {
      status = passwordHash == null ? AccountStatus.NEW : AccountStatus.ACTIVE;
      failedLogins = 0;
      lockedUntil = null;
    }
  }

  /** A new password chosen through a reset link: it also lifts a lock from failed logins. */
  void resetPassword(String newPasswordHash) {
    changePasswordHash(newPasswordHash);
    failedLogins = 0;
    lockedUntil = null;
  }

  /**
   * The service desk corrects the address of an account whose owner has not chosen a password yet
   * (a typing error); an active account changes its address itself, confirmed by mail.
   */
  public void correctEmail(String newEmail) {
    if (status != AccountStatus.NEW) {
      throw new IllegalStateException("the address of an active account changes by confirmation");
    }
    changeEmail(newEmail);
  }

  void changeEmail(String newEmail) {
    this.email = normaliseEmail(newEmail);
  }

  public void chooseLanguage(String language) {
    if (!"nl".equals(language) && !"en".equals(language)) {
      throw new IllegalArgumentException("language nl or en, not " + language);
    }
    this.language = language;
  }

  public boolean isLocked(Instant now) {
    return lockedUntil != null && now.isBefore(lockedUntil);
  }

  public boolean canLogIn() {
    return status == AccountStatus.ACTIVE && passwordHash != null;
  }

  void loginFailed(Instant now) {
    failedLogins++;
    lastFailedLoginAt = now;
    if (failedLogins >= FAILURES_BEFORE_LOCK) {
      lockedUntil = now.plus(lockDuration(failedLogins));
    }
  }

  static Duration lockDuration(int failures) {
    int doublings = Math.min(failures - FAILURES_BEFORE_LOCK, 10);
    Duration lock = FIRST_LOCK.multipliedBy(1L << Math.max(doublings, 0));
    return lock.compareTo(MAX_LOCK) > 0 ? MAX_LOCK : lock;
  }

  void loginSucceeded(Instant now) {
    failedLogins = 0;
    lockedUntil = null;
    lastLoginAt = now;
  }

  public UUID id() {
    return id;
  }

  public Organisation organisation() {
    return organisation;
  }

  public String language() {
    return language;
  }

  public Instant invitedAt() {
    return invitedAt;
  }

  public Instant createdAt() {
    return createdAt;
  }

  public String email() {
    return email;
  }

  String passwordHash() {
    return passwordHash;
  }

  public AccountStatus status() {
    return status;
  }

  public Set<Role> roles() {
    return Set.copyOf(roles);
  }

  public int failedLogins() {
    return failedLogins;
  }

  public Instant lockedUntil() {
    return lockedUntil;
  }

  public Instant lastLoginAt() {
    return lastLoginAt;
  }
}
