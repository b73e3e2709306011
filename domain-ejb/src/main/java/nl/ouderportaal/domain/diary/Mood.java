package nl.ouderportaal.domain.diary;

/** How a baby was that day, in the diary. */
public enum Mood {
  HAPPY,
  CONTENT,
  TIRED,
  GRUMPY,
  UNWELL
}
