package nl.ouderportaal.backoffice.family;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import java.util.Map;
import nl.ouderportaal.domain.family.FamilyDirectory;
import nl.ouderportaal.domain.family.FamilyRow;
import org.primefaces.model.FilterMeta;
import org.primefaces.model.LazyDataModel;
import org.primefaces.model.SortMeta;
import org.primefaces.model.SortOrder;

/** The service desk's table of families: searched and paged in the database. */
@Named
@ViewScoped
public class Families implements Serializable {

  @Inject private FamilyDirectory directory;

  private final LazyDataModel<FamilyRow> model =
      new LazyDataModel<>() {
        @Override
        public int count(Map<String, FilterMeta> filterBy) {
          return (int) directory.count(query(filterBy));
        }

        @Override
        public List<FamilyRow> load(
            int first,
            int pageSize,
            Map<String, SortMeta> sortBy,
            Map<String, FilterMeta> filterBy) {
          FamilyDirectory.Sort sort = FamilyDirectory.Sort.NAME;
          boolean ascending = true;
          for (SortMeta meta : sortBy.values()) {
            if ("city".equals(meta.getField())) {
              sort = FamilyDirectory.Sort.CITY;
            }
            ascending = meta.getOrder() != SortOrder.DESCENDING;
          }
          return directory.search(query(filterBy), first, pageSize, sort, ascending);
        }

        @Override
        public String getRowKey(FamilyRow row) {
          return row.id().toString();
        }
      };

  /** What the service desk typed in the table's search field. */
  private static String query(Map<String, FilterMeta> filterBy) {
    FilterMeta global = filterBy.get(FilterMeta.GLOBAL_FILTER_KEY);
    return global == null || global.getFilterValue() == null
        ? null
        : global.getFilterValue().toString();
  }

  public LazyDataModel<FamilyRow> getModel() {
    return model;
  }
}
