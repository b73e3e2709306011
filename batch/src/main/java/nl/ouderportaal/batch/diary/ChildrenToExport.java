package nl.ouderportaal.batch.diary;

import jakarta.batch.api.BatchProperty;
import jakarta.batch.api.chunk.AbstractItemReader;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;
import nl.ouderportaal.domain.diary.DiaryExportInput;
import nl.ouderportaal.domain.diary.DiaryExportSelection;
import nl.ouderportaal.domain.diary.DiaryExports;

/**
 * Reads the selected children of the organisation (job parameter {@code endingOn}, {@code group} or
 * {@code child}; see {@link DiaryExportSelection}), in id order, a page of ids at a time, and for
 * each what decides its export. The checkpoint is the last child id read, as in the invoicing job.
 * The organisation is required: the selection's rules (the weeks of access after care) are its.
 */
@Named
@Dependent
public class ChildrenToExport extends AbstractItemReader {

  static final int PAGE = 200;

  @Inject private DiaryExports diaryExports;

  @Inject
  @BatchProperty(name = DiaryExportSelection.ENDING_ON)
  private String endingOn;

  @Inject
  @BatchProperty(name = DiaryExportSelection.GROUP)
  private String group;

  @Inject
  @BatchProperty(name = DiaryExportSelection.CHILD)
  private String child;

  @Inject
  @BatchProperty(name = "organisation")
  private String organisation;

  private DiaryExportSelection selection;
  private UUID organisationId;
  private final Deque<UUID> page = new ArrayDeque<>();
  private UUID last;
  private boolean exhausted;

  @Override
  public void open(Serializable checkpoint) {
    if (organisation == null || organisation.isBlank()) {
      throw new IllegalArgumentException("diary-exports needs the job parameter organisation");
    }
    organisationId = UUID.fromString(organisation.strip());
    Map<String, String> parameters = new HashMap<>();
    put(parameters, DiaryExportSelection.ENDING_ON, endingOn);
    put(parameters, DiaryExportSelection.GROUP, group);
    put(parameters, DiaryExportSelection.CHILD, child);
    selection = DiaryExportSelection.of(parameters);
    last = (UUID) checkpoint;
  }

  private static void put(Map<String, String> parameters, String name, String value) {
    if (value != null) {
      parameters.put(name, value.strip());
    }
  }

  @Override
  public DiaryExportInput readItem() {
    if (page.isEmpty() && !exhausted) {
      page.addAll(diaryExports.children(organisationId, selection, last, PAGE));
      exhausted = page.size() < PAGE;
    }
    UUID next = page.poll();
    if (next == null) {
      return null;
    }
    last = next;
    return diaryExports.inputFor(next, selection);
  }

  @Override
  public Serializable checkpointInfo() {
    return last;
  }
}
