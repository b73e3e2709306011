package nl.ouderportaal.backoffice.question;

import jakarta.annotation.PostConstruct;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import java.util.Map;
import nl.ouderportaal.backoffice.platform.Messages;
import nl.ouderportaal.domain.question.QuestionQueue;
import nl.ouderportaal.domain.question.QuestionStatus;
import nl.ouderportaal.domain.question.Questions;
import nl.ouderportaal.domain.question.Topic;
import org.primefaces.component.datatable.DataTable;
import org.primefaces.model.FilterMeta;
import org.primefaces.model.LazyDataModel;
import org.primefaces.model.SortMeta;

/**
 * 'Vragen': the organisation's questions, paged in the database, those that wait on top with the
 * one waiting longest first; filtered on topic and status, with the count per status.
 */
@Named
@ViewScoped
public class QuestionsPage implements Serializable {

  private static final String TABLE = "queue:table";

  @Inject private QuestionQueue queue;

  private Topic topic;
  private QuestionStatus status;
  private QuestionQueue.Counts counts;

  private final LazyDataModel<Questions.Summary> model =
      new LazyDataModel<>() {
        @Override
        public int count(Map<String, FilterMeta> filterBy) {
          return (int) queue.count(topic, status);
        }

        @Override
        public List<Questions.Summary> load(
            int first,
            int pageSize,
            Map<String, SortMeta> sortBy,
            Map<String, FilterMeta> filterBy) {
          return queue.page(topic, status, first, pageSize);
        }

        @Override
        public String getRowKey(Questions.Summary row) {
          return row.id().toString();
        }
      };

  @PostConstruct
  void load() {
    counts = queue.counts();
  }

  /** Another topic or status was chosen: back to the first page, with fresh counts. */
  public void filter() {
    counts = queue.counts();
    if (FacesContext.getCurrentInstance().getViewRoot().findComponent(TABLE)
        instanceof DataTable table) {
      table.setFirst(0);
    }
  }

  public String when(java.time.Instant moment) {
    return Messages.dateTime(moment);
  }

  public LazyDataModel<Questions.Summary> getModel() {
    return model;
  }

  public QuestionQueue.Counts getCounts() {
    return counts;
  }

  public Topic[] getTopics() {
    return Topic.values();
  }

  public QuestionStatus[] getStatuses() {
    return QuestionStatus.values();
  }

  public Topic getTopic() {
    return topic;
  }

  public void setTopic(Topic topic) {
    this.topic = topic;
  }

  public QuestionStatus getStatus() {
    return status;
  }

  public void setStatus(QuestionStatus status) {
    this.status = status;
  }
}
