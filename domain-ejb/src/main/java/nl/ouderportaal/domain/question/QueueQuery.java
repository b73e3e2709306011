package nl.ouderportaal.domain.question;

import jakarta.persistence.EntityManager;
import jakarta.persistence.TypedQuery;
import java.util.UUID;

/**
 * The service desk's queue of one organisation's questions, filtered on topic and status: open
 * questions first, the one that waits longest on top; then the others, latest activity first. Only
 * the filters that are set go into the query, so that no database has to guess the type of an
 * unused parameter.
 */
final class QueueQuery {

  private QueueQuery() {}

  static TypedQuery<Question> page(
      EntityManager em, UUID organisation, Topic topic, QuestionStatus status) {
    return bind(
        em.createQuery(
            "select q from Question q join fetch q.family f left join fetch q.child"
                + " where f.organisation.id = :organisation"
                + filters(topic, status)
                + " order by q.waitingSince asc nulls last, q.updatedAt desc, q.id",
            Question.class),
        organisation,
        topic,
        status);
  }

  static TypedQuery<Long> count(
      EntityManager em, UUID organisation, Topic topic, QuestionStatus status) {
    return bind(
        em.createQuery(
            "select count(q) from Question q where q.family.organisation.id = :organisation"
                + filters(topic, status),
            Long.class),
        organisation,
        topic,
        status);
  }

  private static String filters(Topic topic, QuestionStatus status) {
    return (topic == null ? "" : " and q.topic = :topic")
        + (status == null ? "" : " and q.status = :status");
  }

  private static <T> TypedQuery<T> bind(
      TypedQuery<T> query, UUID organisation, Topic topic, QuestionStatus status) {
    query.setParameter("organisation", organisation);
    if (topic != null) {
      query.setParameter("topic", topic);
    }
    if (status != null) {
      query.setParameter("status", status);
    }
    return query;
  }
}
