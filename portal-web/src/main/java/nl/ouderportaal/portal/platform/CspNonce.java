package nl.ouderportaal.portal.platform;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Named;
import org.primefaces.context.PrimeFacesContext;

/**
 * The CSP nonce of this response, for the forms of stateless pages: PrimeFaces checks it on a post,
 * and a stateless page has no view to keep it in. Written as a hidden field, so that the login also
 * works where no script runs.
 */
@Named("csp")
@RequestScoped
public class CspNonce {

  public String getNonce() {
    return PrimeFacesContext.getCspState(FacesContext.getCurrentInstance()).getNonce();
  }
}
