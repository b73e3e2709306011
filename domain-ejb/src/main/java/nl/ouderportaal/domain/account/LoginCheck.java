package nl.ouderportaal.domain.account;

import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import nl.ouderportaal.domain.platform.Role;

/**
 * A rule of another feature that can refuse a login with the right password, e.g. a parent whose
 * care ended too long ago. Implementations are CDI beans; the login asks every one of them. (So
 * that the account feature need not know the features that decide.)
 */
public interface LoginCheck {

  /** A reason to refuse this account, as a message key, or empty to let it in. */
  Optional<String> refuse(UUID accountId, Set<Role> roles);
}
