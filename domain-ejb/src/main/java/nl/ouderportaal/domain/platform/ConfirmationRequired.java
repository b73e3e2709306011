package nl.ouderportaal.domain.platform;

import java.io.Serializable;

/**
 * A use case that may go ahead, but only when the user confirms it after reading why it is unusual:
 * the message key says why, and the same call with its confirmation does it. Rolled back like every
 * refusal, so nothing was done yet.
 */
public class ConfirmationRequired extends BusinessException {

  public ConfirmationRequired(String messageKey, Serializable... arguments) {
    super(messageKey, arguments);
  }
}
