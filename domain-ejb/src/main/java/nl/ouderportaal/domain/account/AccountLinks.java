package nl.ouderportaal.domain.account;

import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Objects;
import nl.ouderportaal.domain.notification.Outbox;
import nl.ouderportaal.domain.platform.Links;

/**
 * Makes the links that let someone act on their account from a mail, and sends them. A new link
 * replaces the open links of the same purpose; a link is not sent again within {@link
 * #RESEND_PAUSE}, so that a form cannot be used to flood someone's mailbox.
 */
@Dependent
public class AccountLinks {

  static final Duration RESEND_PAUSE = Duration.ofMinutes(2);

  @PersistenceContext private EntityManager em;
  @Inject private Clock clock;
  @Inject private Links links;
  @Inject private Outbox outbox;

  /**
   * Sends an invitation to choose a password (template {@code invitation}); {@code values} are the
   * template's own values besides {@code link} and {@code organisation}.
   */
  public void invite(UserAccount account, Map<String, String> values) {
    String link = issue(account, TokenPurpose.ACTIVATION, null);
    account.invited(clock.instant());
    outbox.queue(account.email(), account.language(), "invitation", with(values, account, link));
  }

  /**
   * Sends an employee the link to choose a password for the back-office (template {@code
   * staff-invitation}); {@code values} holds their {@code name} and {@code work}.
   */
  public void inviteStaff(UserAccount account, Map<String, String> values) {
    String link = issue(account, TokenPurpose.ACTIVATION, null);
    account.invited(clock.instant());
    Map<String, String> all = new java.util.HashMap<>(values);
    all.put("backoffice", links.backoffice("/"));
    outbox.queue(account.email(), account.language(), "staff-invitation", with(all, account, link));
  }

  /**
   * Sends a link to get in: a new activation link to an account without a password, a reset link to
   * an active one, nothing to a blocked one or when a link just went out.
   */
  void sendLoginLink(UserAccount account) {
    TokenPurpose purpose =
        switch (account.status()) {
          case NEW -> TokenPurpose.ACTIVATION;
          case ACTIVE -> TokenPurpose.RESET;
          case BLOCKED -> null;
        };
    if (purpose == null || sentRecently(account, purpose)) {
      return;
    }
    String link = issue(account, purpose, null);
    String template = purpose == TokenPurpose.ACTIVATION ? "activation" : "password-reset";
    outbox.queue(account.email(), account.language(), template, with(Map.of(), account, link));
  }

  /** Sends the confirmation link to the new address, and a notice to the old one. */
  void sendEmailConfirmation(UserAccount account, String newEmail) {
    String link = issue(account, TokenPurpose.EMAIL_CHANGE, newEmail);
    outbox.queue(
        newEmail,
        account.language(),
        "email-confirm",
        with(Map.of("email", newEmail), account, link));
    outbox.queue(
        account.email(),
        account.language(),
        "email-change-notice",
        with(Map.of("email", newEmail), account, links.portal("/")));
  }

  private String issue(UserAccount account, TokenPurpose purpose, String newEmail) {
    Instant now = clock.instant();
    em.createNamedQuery("AccountToken.openOf", AccountToken.class)
        .setParameter("account", account)
        .setParameter("purpose", purpose)
        .getResultList()
        .forEach(open -> open.use(now));
    AccountToken.Issued issued = AccountToken.issue(account, purpose, newEmail, now);
    em.persist(issued.token());
    return links.portal(page(purpose) + "?token=" + issued.secret());
  }

  private boolean sentRecently(UserAccount account, TokenPurpose purpose) {
    Instant since = clock.instant().minus(RESEND_PAUSE);
    return em.createNamedQuery("AccountToken.openOf", AccountToken.class)
        .setParameter("account", account)
        .setParameter("purpose", purpose)
        .getResultStream()
        .anyMatch(t -> t.createdAt().isAfter(since));
  }

  static String page(TokenPurpose purpose) {
    return switch (purpose) {
      case ACTIVATION -> "/activate.xhtml";
      case RESET -> "/reset-password.xhtml";
      case EMAIL_CHANGE -> "/confirm-email.xhtml";
    };
  }

  private static Map<String, String> with(
      Map<String, String> values, UserAccount account, String link) {
    Map<String, String> all = new java.util.HashMap<>(values);
    all.put("link", Objects.requireNonNull(link));
    all.put("organisation", account.organisation().name());
    all.putIfAbsent("email", account.email());
    return all;
  }
}
