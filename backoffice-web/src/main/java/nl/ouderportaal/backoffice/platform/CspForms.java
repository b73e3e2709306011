package nl.ouderportaal.backoffice.platform;

import jakarta.faces.component.UIComponent;
import jakarta.faces.context.FacesContext;
import jakarta.faces.context.ResponseWriter;
import jakarta.faces.render.RenderKit;
import jakarta.faces.render.RenderKitFactory;
import jakarta.faces.render.RenderKitWrapper;
import jakarta.faces.render.Renderer;
import jakarta.faces.render.RendererWrapper;
import java.io.IOException;
import java.util.Iterator;
import org.primefaces.context.PrimeFacesContext;

/**
 * Puts the page's CSP nonce in every form. PrimeFaces checks the nonce on every post; its script
 * adds it to forms, but pages without PrimeFaces components do not load that script, and a form
 * should also work where no script runs. (Registered in faces-config.xml.)
 */
public class CspForms extends RenderKitFactory {

  private static final String NONCE_FIELD = "primefaces.nonce";

  public CspForms(RenderKitFactory wrapped) {
    super(wrapped);
  }

  @Override
  public RenderKit getRenderKit(FacesContext context, String renderKitId) {
    RenderKit kit = getWrapped().getRenderKit(context, renderKitId);
    return kit == null ? null : new FormsWithNonce(kit);
  }

  @Override
  public void addRenderKit(String renderKitId, RenderKit renderKit) {
    getWrapped().addRenderKit(renderKitId, renderKit);
  }

  @Override
  public Iterator<String> getRenderKitIds() {
    return getWrapped().getRenderKitIds();
  }

  private static final class FormsWithNonce extends RenderKitWrapper {

    FormsWithNonce(RenderKit wrapped) {
      super(wrapped);
    }

    @Override
    public Renderer getRenderer(String family, String rendererType) {
      Renderer renderer = super.getRenderer(family, rendererType);
      return "jakarta.faces.Form".equals(family) && renderer != null
          ? new FormWithNonce(renderer)
          : renderer;
    }
  }

  private static final class FormWithNonce extends RendererWrapper {

    FormWithNonce(Renderer wrapped) {
      super(wrapped);
    }

    @Override
    public void encodeEnd(FacesContext context, UIComponent form) throws IOException {
      ResponseWriter writer = context.getResponseWriter();
      writer.startElement("input", null);
      writer.writeAttribute("type", "hidden", null);
      writer.writeAttribute("name", NONCE_FIELD, null);
      writer.writeAttribute("value", PrimeFacesContext.getCspState(context).getNonce(), null);
      writer.endElement("input");
      super.encodeEnd(context, form);
    }
  }
}
