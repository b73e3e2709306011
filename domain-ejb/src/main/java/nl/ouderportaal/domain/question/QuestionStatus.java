package nl.ouderportaal.domain.question;

/**
 * Where a question stands. Open: it waits for the service desk. Answered: the service desk wrote
 * last; a parent's reply opens it again. Closed: done, nothing can be added.
 */
public enum QuestionStatus {
  OPEN,
  ANSWERED,
  CLOSED
}
