package nl.ouderportaal.backoffice.platform;

import jakarta.faces.application.ViewHandler;
import jakarta.faces.application.ViewHandlerWrapper;
import jakarta.faces.component.UIViewRoot;
import jakarta.faces.context.FacesContext;
import java.util.Arrays;
import java.util.List;

/**
 * Makes the pages for visitors who are not logged in (the context parameter {@value #PARAM}: view
 * ids, or prefixes ending in /) stateless as soon as their view is created. The template's {@code
 * f:view transient} is applied only when the view is built, after PrimeFaces has stored its CSP
 * nonce in the view map, which costs every anonymous visitor an HTTP session.
 */
public class PublicViews extends ViewHandlerWrapper {

  static final String PARAM = "nl.ouderportaal.PUBLIC_VIEWS";

  private List<String> publicViews;

  public PublicViews(ViewHandler wrapped) {
    super(wrapped);
  }

  @Override
  public UIViewRoot createView(FacesContext context, String viewId) {
    UIViewRoot root = super.createView(context, viewId);
    if (root != null && isPublic(context, root.getViewId())) {
      root.setTransient(true);
    }
    return root;
  }

  private boolean isPublic(FacesContext context, String viewId) {
    if (publicViews == null) {
      String configured = context.getExternalContext().getInitParameter(PARAM);
      publicViews =
          configured == null
              ? List.of()
              : Arrays.stream(configured.split(",")).map(String::strip).toList();
    }
    return viewId != null
        && publicViews.stream()
            .anyMatch(p -> p.endsWith("/") ? viewId.startsWith(p) : viewId.equals(p));
  }
}
