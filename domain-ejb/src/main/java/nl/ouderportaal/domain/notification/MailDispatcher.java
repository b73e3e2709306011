package nl.ouderportaal.domain.notification;

import jakarta.annotation.Resource;
import jakarta.ejb.ConcurrencyManagement;
import jakarta.ejb.ConcurrencyManagementType;
import jakarta.ejb.Schedule;
import jakarta.ejb.Singleton;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import jakarta.mail.Transport;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeBodyPart;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeMultipart;
import java.lang.System.Logger;
import java.lang.System.Logger.Level;
import java.time.Duration;
import java.util.Date;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * Sends what is in the outbox, every few seconds, through the server's mail session. Every server
 * of a cluster runs it; the claim in {@link OutboxStore} makes sure each mail is sent by one of
 * them. When the mail server is down the mail waits and is tried again later (see {@link
 * OutboxMail}); nothing is lost when this server stops, as the outbox is in the database.
 */
@Singleton
@ConcurrencyManagement(ConcurrencyManagementType.BEAN)
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class MailDispatcher {

  private static final Logger LOG = System.getLogger(MailDispatcher.class.getName());
  private static final int BATCH = 50;

  /** The first wait after a failure; doubles with every failure. Tests make it short. */
  private static final Duration FIRST_WAIT =
      Duration.ofSeconds(Long.getLong("ouderportaal.mail.first-retry-seconds", 30));

  @Resource(lookup = "java:jboss/mail/Ouderportaal")
  private Session mailSession;

  @Inject private OutboxStore store;

  private final AtomicBoolean running = new AtomicBoolean();

  @Schedule(hour = "*", minute = "*", second = "*/5", persistent = false)
  void dispatch() {
    if (!running.compareAndSet(false, true)) {
      return;
    }
    try {
      for (UUID id : store.due(BATCH)) {
        store.claim(id).ifPresent(this::send);
      }
    } finally {
      running.set(false);
    }
  }

  private void send(OutboxMail mail) {
    try {
      Transport.send(message(mail));
      store.sent(mail.id());
      LOG.log(Level.DEBUG, "Mail {0} sent", mail.id());
    } catch (MessagingException | RuntimeException e) {
      LOG.log(
          Level.WARNING,
          "Mail {0} not sent (attempt {1}): {2}",
          mail.id(),
          mail.attempts() + 1,
          e.toString());
      store.failed(mail.id(), e.toString(), FIRST_WAIT);
    }
  }

  private MimeMessage message(OutboxMail mail) throws MessagingException {
    MimeMessage message = new MimeMessage(mailSession);
    // the From header is the mail session's address (mail.from): JavaMail only uses that for the
    // envelope, and a mail without a From header is refused or marked as spam
    message.setFrom();
    message.setRecipient(Message.RecipientType.TO, new InternetAddress(mail.recipient(), true));
    message.setSubject(mail.subject(), "UTF-8");
    message.setSentDate(new Date());
    message.setHeader("Auto-Submitted", "auto-generated");
    MimeBodyPart text = new MimeBodyPart();
    text.setText(mail.textBody(), "UTF-8", "plain");
    MimeBodyPart html = new MimeBodyPart();
    html.setText(mail.htmlBody(), "UTF-8", "html");
    MimeMultipart alternatives = new MimeMultipart("alternative");
    alternatives.addBodyPart(text);
    alternatives.addBodyPart(html);
    message.setContent(alternatives);
    return message;
  }
}
