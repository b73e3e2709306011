package nl.ouderportaal.domain.diary;

import java.io.Serializable;

/** What someone writes in the diary: the text and, if they like, the baby's day in brief. */
public record DiaryDraft(String text, String eating, String sleeping, String nappies, Mood mood)
    implements Serializable {}
