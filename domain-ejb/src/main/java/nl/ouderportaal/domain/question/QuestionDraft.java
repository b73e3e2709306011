package nl.ouderportaal.domain.question;

import java.io.Serializable;
import java.util.UUID;

/** What a parent fills in to ask a question; the child may be left out, except for a contract. */
public record QuestionDraft(Topic topic, UUID childId, String subject, String text)
    implements Serializable {}
