package nl.ouderportaal.domain.account;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.security.SecureRandom;
import java.time.Clock;
import java.util.Base64;
import java.util.EnumSet;
import java.util.Optional;
import java.util.UUID;
import nl.ouderportaal.domain.audit.AuditLog;
import nl.ouderportaal.domain.organisation.Organisation;
import nl.ouderportaal.domain.organisation.StaffMember;
import nl.ouderportaal.domain.platform.BusinessException;
import nl.ouderportaal.domain.platform.Role;

/**
 * The first start of a new installation: no organisation, nobody to log in. The server logs a
 * one-time link ({@link SetupOnBoot}); whoever has it names the organisation and becomes its first
 * service desk employee with a password of their own. From then on everything is set up in the
 * back-office, by hand or with an import, and the link works no more.
 */
@Stateless
public class Setup {

  private static final SecureRandom RANDOM = new SecureRandom();

  /** What the setup page asks. */
  public record SetupForm(
      String organisationName,
      String serviceDeskEmail,
      String serviceDeskPhone,
      String firstName,
      String lastName,
      String email,
      String password)
      implements java.io.Serializable {}

  @PersistenceContext private EntityManager em;
  @Inject private AuditLog audit;
  @Inject private Clock clock;

  /** Whether the installation has no organisation yet. */
  public boolean needed() {
    return em.createQuery("select count(o) from Organisation o", Long.class).getSingleResult() == 0;
  }

  /**
   * A new secret for the setup link, while the installation has no organisation; the links of
   * earlier starts stop working.
   */
  public Optional<String> issue() {
    if (!needed()) {
      return Optional.empty();
    }
    em.createQuery("update SetupToken t set t.usedAt = :now where t.usedAt is null")
        .setParameter("now", clock.instant())
        .executeUpdate();
    byte[] random = new byte[32];
    RANDOM.nextBytes(random);
    String secret = Base64.getUrlEncoder().withoutPadding().encodeToString(random);
    em.persist(new SetupToken(AccountToken.hash(secret), clock.instant()));
    return Optional.of(secret);
  }

  /** Whether a link still works (for the page, before it shows the form). */
  public boolean usable(String secret) {
    return token(secret).filter(t -> !t.isUsed()).isPresent() && needed();
  }

  /**
   * Sets up the organisation and its first service desk employee, who can log in at once.
   *
   * @throws BusinessException {@code setup.linkNotUsable}, or a refusal of a field
   */
  public UUID setUp(String secret, SetupForm form, String clientAddress) {
    SetupToken token =
        token(secret)
            .map(
                t ->
                    em.find(
                        SetupToken.class,
                        AccountToken.hash(secret),
                        LockModeType.PESSIMISTIC_WRITE))
            .filter(t -> !t.isUsed())
            .orElseThrow(() -> new BusinessException("setup.linkNotUsable"));
    if (!needed()) {
      throw new BusinessException("setup.linkNotUsable");
    }
    String email;
    String deskEmail;
    try {
      email = UserAccount.normaliseEmail(form.email() == null ? "" : form.email());
    } catch (IllegalArgumentException notAnAddress) {
      throw new BusinessException("email.invalid").on("email");
    }
    try {
      deskEmail =
          UserAccount.normaliseEmail(
              form.serviceDeskEmail() == null ? "" : form.serviceDeskEmail());
    } catch (IllegalArgumentException notAnAddress) {
      throw new BusinessException("email.invalid").on("serviceDeskEmail");
    }
    Organisation organisation =
        new Organisation(
            required(form.organisationName(), "organisationName"),
            deskEmail,
            required(form.serviceDeskPhone(), "serviceDeskPhone"));
    try {
      PasswordPolicy.check(form.password(), email);
    } catch (BusinessException weak) {
      throw weak.on("password");
    }
    em.persist(organisation);
    UserAccount account =
        new UserAccount(organisation, email, EnumSet.of(Role.SERVICEDESK), clock.instant());
    account.activate(PasswordHash.hash(form.password().toCharArray()));
    em.persist(account);
    em.persist(
        new StaffMember(
            organisation,
            account.id(),
            required(form.firstName(), "firstName"),
            required(form.lastName(), "lastName")));
    token.use(clock.instant());
    audit.record(
        account.id(),
        "ORGANISATION_SET_UP",
        "ORGANISATION",
        organisation.id(),
        organisation.name(),
        clientAddress);
    return organisation.id();
  }

  private Optional<SetupToken> token(String secret) {
    if (secret == null || secret.isBlank() || secret.length() > 100) {
      return Optional.empty();
    }
    return Optional.ofNullable(em.find(SetupToken.class, AccountToken.hash(secret)));
  }

  private static String required(String value, String field) {
    if (value == null || value.isBlank()) {
      throw new BusinessException("field.required").on(field);
    }
    if (value.strip().length() > 100) {
      throw new BusinessException("details.tooLong").on(field);
    }
    return value.strip();
  }
}
