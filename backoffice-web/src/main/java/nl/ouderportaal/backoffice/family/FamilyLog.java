package nl.ouderportaal.backoffice.family;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import java.util.Map;
import nl.ouderportaal.backoffice.platform.Messages;
import nl.ouderportaal.domain.audit.AuditLog;
import nl.ouderportaal.domain.family.Families;
import org.primefaces.model.FilterMeta;
import org.primefaces.model.LazyDataModel;
import org.primefaces.model.SortMeta;

/**
 * The family's log (its page Logboek): who did what, and what it was before and after, newest
 * first, a page at a time, in words (the actions by their text in the bundle).
 */
@Named
@ViewScoped
public class FamilyLog implements Serializable {

  @Inject private Families families;
  @Inject private FamilyHeading heading;

  private final LazyDataModel<AuditLog.Entry> entries =
      new LazyDataModel<>() {
        @Override
        public int count(Map<String, FilterMeta> filterBy) {
          return (int) families.logSize(heading.getId());
        }

        @Override
        public List<AuditLog.Entry> load(
            int first,
            int pageSize,
            Map<String, SortMeta> sortBy,
            Map<String, FilterMeta> filterBy) {
          return families.log(heading.getId(), first, pageSize);
        }

        @Override
        public String getRowKey(AuditLog.Entry entry) {
          return entry.occurredAt() + "/" + entry.action();
        }
      };

  public LazyDataModel<AuditLog.Entry> getEntries() {
    return entries;
  }

  /** What happened, in words: the action's text, for the system when nobody did it by hand. */
  public String what(AuditLog.Entry entry) {
    return Messages.action(entry.action());
  }

  public String when(AuditLog.Entry entry) {
    return Messages.dateTime(entry.occurredAt());
  }

  public String who(AuditLog.Entry entry) {
    return entry.actorName() != null
        ? entry.actorName()
        : Messages.text(entry.actorId() == null ? "audit.system" : "audit.unknown");
  }
}
