package nl.ouderportaal.domain.account;

import java.util.Set;
import java.util.UUID;
import nl.ouderportaal.domain.platform.Role;

/**
 * What a login attempt came to. Only a right password learns more than INVALID or LOCKED.
 *
 * @param refusal for REFUSED, the message key of the reason
 */
public record LoginResult(Outcome outcome, UUID accountId, Set<Role> roles, String refusal) {

  public enum Outcome {
    /** right password, account active */
    SUCCESS,
    /** unknown address or wrong password: the same answer for both */
    INVALID,
    /** too many failures in a row for this account or from this address: try again later */
    LOCKED,
    /** right password, but the service desk blocked the account */
    BLOCKED,
    /** right password, but another rule refuses it, e.g. care ended long ago */
    REFUSED
  }

  static LoginResult of(Outcome outcome) {
    return new LoginResult(outcome, null, Set.of(), null);
  }

  public boolean succeeded() {
    return outcome == Outcome.SUCCESS;
  }
}
