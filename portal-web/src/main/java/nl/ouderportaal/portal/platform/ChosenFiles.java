package nl.ouderportaal.portal.platform;

import jakarta.faces.component.UIComponent;
import jakarta.faces.context.FacesContext;
import jakarta.faces.render.RenderKit;
import jakarta.faces.render.RenderKitFactory;
import jakarta.faces.render.RenderKitWrapper;
import jakarta.faces.render.Renderer;
import jakarta.faces.render.RendererWrapper;
import jakarta.servlet.http.Part;
import java.util.Collection;
import java.util.Iterator;
import java.util.List;

/**
 * Gives {@code h:inputFile} every file the person chose, also an empty one (0 bytes). Mojarra
 * leaves empty files out, so an entry would be saved without the photo and without a word; the
 * boundary refuses an empty file with a message instead. A part without a file name (nothing
 * chosen) is still left out. (Registered in faces-config.xml.)
 */
public class ChosenFiles extends RenderKitFactory {

  public ChosenFiles(RenderKitFactory wrapped) {
    super(wrapped);
  }

  @Override
  public RenderKit getRenderKit(FacesContext context, String renderKitId) {
    RenderKit kit = getWrapped().getRenderKit(context, renderKitId);
    return kit == null ? null : new WithChosenFiles(kit);
  }

  @Override
  public void addRenderKit(String renderKitId, RenderKit renderKit) {
    getWrapped().addRenderKit(renderKitId, renderKit);
  }

  @Override
  public Iterator<String> getRenderKitIds() {
    return getWrapped().getRenderKitIds();
  }

  static boolean chosen(Object part) {
    return part instanceof Part p
        && p.getSubmittedFileName() != null
        && !p.getSubmittedFileName().isBlank();
  }

  private static final class WithChosenFiles extends RenderKitWrapper {

    WithChosenFiles(RenderKit wrapped) {
      super(wrapped);
    }

    @Override
    public Renderer getRenderer(String family, String rendererType) {
      Renderer renderer = super.getRenderer(family, rendererType);
      return "jakarta.faces.File".equals(rendererType) && renderer != null
          ? new FileRenderer(renderer)
          : renderer;
    }
  }

  private static final class FileRenderer extends RendererWrapper {

    FileRenderer(Renderer wrapped) {
      super(wrapped);
    }

    @Override
    public Object getConvertedValue(FacesContext context, UIComponent input, Object submitted) {
      if (submitted instanceof Collection<?> parts) {
        List<Part> files =
            parts.stream().filter(ChosenFiles::chosen).map(Part.class::cast).toList();
        return files.isEmpty() ? super.getConvertedValue(context, input, submitted) : files;
      }
      return chosen(submitted) ? submitted : super.getConvertedValue(context, input, submitted);
    }
  }
}
