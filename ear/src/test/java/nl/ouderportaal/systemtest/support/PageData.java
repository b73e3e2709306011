package nl.ouderportaal.systemtest.support;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.Dependent;
import java.io.ByteArrayInputStream;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import nl.ouderportaal.domain.care.CareRequests;
import nl.ouderportaal.domain.care.LineDraft;
import nl.ouderportaal.domain.diary.Diary;
import nl.ouderportaal.domain.diary.DiaryDraft;
import nl.ouderportaal.domain.diary.Mood;
import nl.ouderportaal.domain.diary.Photos;
import nl.ouderportaal.domain.family.ConsentPurpose;
import nl.ouderportaal.domain.family.Consents;
import nl.ouderportaal.domain.messaging.GroupMessages;
import nl.ouderportaal.domain.news.News;
import nl.ouderportaal.domain.organisation.DayPart;
import nl.ouderportaal.domain.question.QuestionDraft;
import nl.ouderportaal.domain.question.QuestionQueue;
import nl.ouderportaal.domain.question.Questions;
import nl.ouderportaal.domain.question.Topic;

/**
 * Data for every page of a scenario, as its people make it through the boundaries: diary entries
 * with a photo for child A1, group photos of A1 in an album, group messages both ways, requests
 * (one waiting, one approved), questions (one answered), news. Made in rounds, so that a test can
 * look at every page with a little data and again with much more.
 */
@Dependent
public class PageData {

  /** The ids a page needs in its address, from the first round. */
  public record Ids(UUID album, UUID request, UUID question, UUID news) {}

  @EJB(lookup = "java:global/ouderportaal/domain-ejb/Diary")
  private Diary diary;

  @EJB(lookup = "java:global/ouderportaal/domain-ejb/Photos")
  private Photos photos;

  @EJB(lookup = "java:global/ouderportaal/domain-ejb/Consents")
  private Consents consents;

  @EJB(lookup = "java:global/ouderportaal/domain-ejb/GroupMessages")
  private GroupMessages messages;

  @EJB(lookup = "java:global/ouderportaal/domain-ejb/CareRequests")
  private CareRequests requests;

  @EJB(lookup = "java:global/ouderportaal/domain-ejb/Questions")
  private Questions questions;

  @EJB(lookup = "java:global/ouderportaal/domain-ejb/QuestionQueue")
  private QuestionQueue queue;

  @EJB(lookup = "java:global/ouderportaal/domain-ejb/News")
  private News news;

  /** Consents for the photos of child A1, in the portal and in group photos. */
  public void consents(Scenario s) throws Exception {
    Caller.as(
        s.parentAAccount(),
        "PARENT",
        () -> {
          consents.change(s.childA1(), ConsentPurpose.PHOTOS_IN_PORTAL, true);
          consents.change(s.childA1(), ConsentPurpose.GROUP_PHOTOS, true);
          return null;
        });
  }

  /**
   * One round of {@code count} of everything, its requests on the weekdays after the first {@code
   * daysUsed} (of earlier rounds); the ids of the first ones.
   */
  public Ids round(Scenario s, int count, int daysUsed) throws Exception {
    UUID request = null;
    UUID question = null;
    UUID item = null;
    String albumName = "Album " + UUID.randomUUID().toString().substring(0, 8);
    byte[] photo = TestPhotos.jpeg(640, 480, java.awt.Color.ORANGE);
    List<LocalDate> days = weekdays(daysUsed + count * 2).subList(daysUsed, daysUsed + count * 2);
    for (int i = 0; i < count; i++) {
      int n = i;
      Caller.as(
          s.staffXAccount(),
          "STAFF",
          () -> {
            diary.write(
                s.childA1(),
                new DiaryDraft("Dag " + n + " van " + s.token(), "Fruit", "Uur", null, Mood.HAPPY),
                List.of(new ByteArrayInputStream(photo)));
            photos.upload(
                s.groupX(),
                null,
                n == 0 ? albumName : null,
                Set.of(s.childA1()),
                "Foto " + n,
                List.of(new ByteArrayInputStream(photo)));
            messages.post(s.groupX(), null, "Bericht " + n + " aan de groep");
            return null;
          });
      Caller.as(
          s.parentAAccount(),
          "PARENT",
          () -> messages.writeToGroup(s.groupX(), "Vraagje " + n + " van ouder A"));
      UUID sent =
          Caller.as(
                  s.parentAAccount(),
                  "PARENT",
                  () ->
                      requests.submit(
                          List.of(
                              new LineDraft(
                                  s.childA1(),
                                  days.get(2 * n),
                                  DayPart.MORNING,
                                  null,
                                  null,
                                  null))))
              .requestId();
      request = request == null ? sent : request;
      UUID asked =
          Caller.as(
              s.parentAAccount(),
              "PARENT",
              () ->
                  questions.ask(
                      new QuestionDraft(Topic.OTHER, null, "Vraag " + n, "Hoe zit het met " + n)));
      question = question == null ? asked : question;
      Caller.as(
          s.serviceDeskAccount(),
          "SERVICEDESK",
          () -> {
            queue.answer(asked, "Antwoord op " + n);
            return null;
          });
      UUID published =
          Caller.as(
                  s.serviceDeskAccount(),
                  "SERVICEDESK",
                  () -> news.publish(null, "Nieuws " + n, "Tekst van nieuws " + n, null, -1, null))
              .id();
      item = item == null ? published : item;
    }
    UUID album =
        Caller.as(s.staffXAccount(), "STAFF", () -> photos.albumNames(s.groupX()))
            .entrySet()
            .stream()
            .filter(e -> e.getValue().equals(albumName))
            .map(java.util.Map.Entry::getKey)
            .findFirst()
            .orElse(null);
    return new Ids(album, request, question, item);
  }

  /** Weekdays but Mondays (the scenario's contract day), from three days ahead. */
  private static List<LocalDate> weekdays(int count) {
    List<LocalDate> days = new ArrayList<>();
    for (LocalDate day = LocalDate.now().plusDays(3); days.size() < count; day = day.plusDays(1)) {
      if (day.getDayOfWeek() != DayOfWeek.SATURDAY
          && day.getDayOfWeek() != DayOfWeek.SUNDAY
          && day.getDayOfWeek() != DayOfWeek.MONDAY) {
        days.add(day);
      }
    }
    return days;
  }
}
