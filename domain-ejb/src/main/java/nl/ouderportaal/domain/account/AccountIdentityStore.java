package nl.ouderportaal.domain.account;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.security.enterprise.credential.UsernamePasswordCredential;
import jakarta.security.enterprise.identitystore.CredentialValidationResult;
import jakarta.security.enterprise.identitystore.IdentityStore;
import jakarta.servlet.http.HttpServletRequest;
import java.util.stream.Collectors;
import nl.ouderportaal.domain.platform.Role;

/**
 * The identity store of both web modules: the caller becomes the account id, the roles become the
 * caller's groups (and so the container's roles).
 */
@ApplicationScoped
public class AccountIdentityStore implements IdentityStore {

  @Inject private Authentication authentication;
  @Inject private LoginAttempt attempt;
  @Inject private HttpServletRequest request;

  public CredentialValidationResult validate(UsernamePasswordCredential credential) {
    LoginResult result =
        authentication.verify(
            credential.getCaller(), credential.getPassword().getValue(), request.getRemoteAddr());
    attempt.record(result);
    if (!result.succeeded()) {
      return CredentialValidationResult.INVALID_RESULT;
    }
    return new CredentialValidationResult(
        result.accountId().toString(),
        result.roles().stream().map(Role::name).collect(Collectors.toSet()));
  }
}
