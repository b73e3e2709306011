package nl.ouderportaal.domain.platform;

import jakarta.ejb.ApplicationException;
import java.io.Serializable;
import java.util.List;
import java.util.Objects;

/**
 * A use case was refused for a reason the user can act on. Carries a message key that each web
 * module turns into text in the user's language, the values to fill in, and optionally the field of
 * the form it is about. The transaction is rolled back, so nothing is half-written.
 */
@ApplicationException(rollback = true)
public class BusinessException extends RuntimeException {

  private final String messageKey;
  private final List<Serializable> arguments;
  private String field;

  public BusinessException(String messageKey, Serializable... arguments) {
    super(messageKey);
    this.messageKey = Objects.requireNonNull(messageKey, "messageKey");
    this.arguments = List.of(arguments);
  }

  /** The same refusal, about one field of the form (its id). */
  public BusinessException on(String field) {
    this.field = field;
    return this;
  }

  public String messageKey() {
    return messageKey;
  }

  public List<Serializable> arguments() {
    return arguments;
  }

  /** The field of the form it is about, or null for the whole form. */
  public String field() {
    return field;
  }
}
