package nl.ouderportaal.domain.platform;

import jakarta.ejb.ApplicationException;

/**
 * The object does not exist, or the caller may not see it: the two look the same on purpose, so
 * that a guessed id of another family reveals nothing.
 */
@ApplicationException(rollback = true)
public class NotFoundException extends BusinessException {

  public NotFoundException() {
    super("error.notFound");
  }
}
