package nl.ouderportaal.systemtest.support;

import static org.awaitility.Awaitility.await;

import jakarta.ejb.EJB;
import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.StringWriter;
import java.math.BigDecimal;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.Properties;
import java.util.UUID;
import nl.ouderportaal.domain.billing.Invoices;
import nl.ouderportaal.domain.care.CareRequests;
import nl.ouderportaal.domain.care.LineDraft;
import nl.ouderportaal.domain.credit.CreditType;
import nl.ouderportaal.domain.credit.Credits;
import nl.ouderportaal.domain.diary.Diary;
import nl.ouderportaal.domain.diary.DiaryDraft;
import nl.ouderportaal.domain.diary.Mood;
import nl.ouderportaal.domain.family.ConsentPurpose;
import nl.ouderportaal.domain.family.Consents;
import nl.ouderportaal.domain.family.Invitations;
import nl.ouderportaal.domain.job.JobKind;
import nl.ouderportaal.domain.job.Jobs;
import nl.ouderportaal.domain.messaging.GroupMessages;
import nl.ouderportaal.domain.organisation.DayPart;

/**
 * Test data and test actions for tests that work from outside the server (browser and HTTP tests).
 * Only in test deployments.
 *
 * <ul>
 *   <li>{@code GET fixtures/scenario}: a new {@link Scenario}
 *   <li>{@code GET fixtures/new-family?start=<days from today>&end=<days>&active=<true|false>}: a
 *       new {@link NewFamily}
 *   <li>{@code GET fixtures/outbox?recipient=<address>}: {@code total sent attempts} of the mails
 *       to that address
 *   <li>{@code GET fixtures/invite-due}: runs the daily invitations now; answers how many
 *   <li>{@code GET fixtures/grant?desk=<account>&child=<id>&type=<CreditType>&hours=<h>}: the
 *       service desk grants credit valid to the end of next year
 *   <li>{@code GET fixtures/pending-request}: a new {@link Scenario} in which parent A asked for a
 *       morning for child A1 on the invoice (so it waits for the service desk): a {@link
 *       PendingRequest}
 *   <li>{@code GET fixtures/invoiced}: a new {@link Scenario} whose service desk ran the invoicing
 *       of this month to the end: an {@link InvoicedScenario}
 *   <li>{@code GET fixtures/diary}: a new {@link Scenario} with a diary entry and photo for A1 and
 *       a message to group X, written by group worker X: a {@link DiaryScenario}
 *   <li>{@code GET fixtures/contract-question}: a new {@link Scenario} in which parent A asked the
 *       service desk to change the contract of child A1: the scenario, then a line {@code
 *       question=<id>}
 *   <li>{@code GET fixtures/group-photos}: a new {@link Scenario} with family C only in group X and
 *       an album with a photo in each group: a {@link GroupPhotosScenario}
 * </ul>
 */
@WebServlet("/fixtures/*")
public class FixtureServlet extends HttpServlet {

  @Inject private Fixtures fixtures;

  @EJB(lookup = "java:global/ouderportaal/domain-ejb/Invitations")
  private Invitations invitations;

  @EJB(lookup = "java:global/ouderportaal/domain-ejb/Credits")
  private Credits credits;

  @EJB(lookup = "java:global/ouderportaal/domain-ejb/CareRequests")
  private CareRequests careRequests;

  @EJB(lookup = "java:global/ouderportaal/domain-ejb/Diary")
  private Diary diary;

  @EJB(lookup = "java:global/ouderportaal/domain-ejb/Photos")
  private nl.ouderportaal.domain.diary.Photos photos;

  @EJB(lookup = "java:global/ouderportaal/domain-ejb/Consents")
  private Consents consents;

  @EJB(lookup = "java:global/ouderportaal/domain-ejb/GroupMessages")
  private GroupMessages messages;

  @EJB(lookup = "java:global/ouderportaal/domain-ejb/Jobs")
  private Jobs jobs;

  @EJB(lookup = "java:global/ouderportaal/domain-ejb/Invoices")
  private Invoices invoices;

  @EJB(lookup = "java:global/ouderportaal/domain-ejb/Questions")
  private nl.ouderportaal.domain.question.Questions questions;

  @Override
  protected void doGet(HttpServletRequest request, HttpServletResponse response)
      throws IOException {
    response.setContentType("text/plain");
    response.setCharacterEncoding("UTF-8");
    String what = request.getPathInfo() == null ? "" : request.getPathInfo();
    switch (what) {
      case "/scenario" -> response.getWriter().write(fixtures.scenario().toText());
      case "/new-family" -> {
        LocalDate today = LocalDate.now();
        LocalDate start = today.plusDays(Long.parseLong(request.getParameter("start")));
        String end = request.getParameter("end");
        NewFamily family =
            fixtures.newFamily(
                start,
                end == null || end.isBlank() ? null : today.plusDays(Long.parseLong(end)),
                Boolean.parseBoolean(request.getParameter("active")));
        Properties properties = new Properties();
        properties.putAll(family.toMap());
        StringWriter out = new StringWriter();
        properties.store(out, null);
        response.getWriter().write(out.toString());
      }
      case "/outbox" -> {
        int[] counts = fixtures.outbox(request.getParameter("recipient"));
        response.getWriter().write(counts[0] + " " + counts[1] + " " + counts[2]);
      }
      case "/invite-due" -> response.getWriter().write(String.valueOf(invitations.inviteDue()));
      case "/grant" -> {
        UUID desk = UUID.fromString(request.getParameter("desk"));
        UUID child = UUID.fromString(request.getParameter("child"));
        CreditType type = CreditType.valueOf(request.getParameter("type"));
        BigDecimal hours = new BigDecimal(request.getParameter("hours"));
        try {
          Caller.as(
              desk,
              "SERVICEDESK",
              () -> {
                credits.change(child, type, LocalDate.now().getYear() + 1, hours, "Test");
                return null;
              });
        } catch (Exception e) {
          throw new IOException(e);
        }
        response.getWriter().write("ok");
      }
      case "/pending-request" -> response.getWriter().write(pendingRequest().toText());
      case "/diary" -> response.getWriter().write(diaryScenario().toText());
      case "/invoiced" -> response.getWriter().write(invoicedScenario().toText());
      case "/group-photos" -> response.getWriter().write(groupPhotosScenario().toText());
      case "/former-group-photos" -> {
        // family C's care ended ten days ago, after fifty days in group X; X's photo is of day 20
        GroupPhotosScenario photos = groupPhotosScenario();
        LocalDate today = LocalDate.now();
        fixtures.careBetween(photos.familyC().childId(), today.minusDays(60), today.minusDays(10));
        fixtures.photoOn(photos.photoX(), today.minusDays(20));
        response.getWriter().write(photos.toText());
      }
      case "/contract-question" -> {
        Scenario s = fixtures.scenario();
        UUID question;
        try {
          question =
              Caller.as(
                  s.parentAAccount(),
                  "PARENT",
                  () ->
                      questions.ask(
                          new nl.ouderportaal.domain.question.QuestionDraft(
                              nl.ouderportaal.domain.question.Topic.CONTRACT_CHANGE,
                              s.childA1(),
                              "Ook op dinsdag",
                              "Kan Abel vanaf volgende maand ook op dinsdag komen?")));
        } catch (Exception e) {
          throw new IOException(e);
        }
        response.getWriter().write(s.toText() + "\nquestion=" + question + "\n");
      }
      case "/more-families" -> {
        List<UUID> more =
            fixtures.moreFamilies(
                UUID.fromString(request.getParameter("organisation")),
                Integer.parseInt(request.getParameter("count")),
                true);
        response.getWriter().write(String.valueOf(more.size()));
      }
      case "/sql" -> {
        // the statements of the last page requests (the server counts them in the page filter)
        for (var counted : nl.ouderportaal.domain.platform.SqlStatements.last()) {
          response
              .getWriter()
              .write(counted.statements() + " " + counted.method() + " " + counted.path() + "\n");
          for (String sql : counted.sql()) {
            response.getWriter().write("\t" + sql.replace('\n', ' ') + "\n");
          }
        }
      }
      default -> response.sendError(404);
    }
  }

  /**
   * The service desk runs the invoicing of this month and waits for it to finish: each family gets
   * its invoice (the fixture contracts).
   */
  private InvoicedScenario invoicedScenario() {
    Scenario s = fixtures.scenario();
    try {
      long run =
          Caller.as(
              s.serviceDeskAccount(),
              "SERVICEDESK",
              () -> jobs.start(JobKind.MONTHLY_INVOICING, YearMonth.now().toString()));
      String status =
          await()
              .atMost(Duration.ofSeconds(25))
              .pollInterval(Duration.ofMillis(300))
              .until(
                  () ->
                      Caller.as(s.serviceDeskAccount(), "SERVICEDESK", () -> jobs.run(run))
                          .status(),
                  done ->
                      java.util.Set.of("COMPLETED", "FAILED", "STOPPED", "ABANDONED")
                          .contains(done));
      if (!"COMPLETED".equals(status)) {
        throw new IllegalStateException("the invoicing ended " + status);
      }
      return new InvoicedScenario(
          s,
          Caller.as(s.parentAAccount(), "PARENT", () -> invoices.mine()).get(0).id(),
          Caller.as(s.parentBAccount(), "PARENT", () -> invoices.mine()).get(0).id());
    } catch (Exception e) {
      throw new IllegalStateException("the scenario could not be invoiced", e);
    }
  }

  /**
   * Parent A allows photos of A1 in the portal; group worker X writes in A1's diary with a photo,
   * and to all parents of group X.
   */
  private DiaryScenario diaryScenario() {
    Scenario s = fixtures.scenario();
    String entryText = "Abel heeft met de blokken gespeeld " + s.token();
    String messageText = "Morgen gaan we naar de kinderboerderij " + s.token();
    String albumName = "Kinderboerderij " + s.token();
    try {
      Caller.as(
          s.parentAAccount(),
          "PARENT",
          () -> {
            consents.change(s.childA1(), ConsentPurpose.PHOTOS_IN_PORTAL, true);
            return null;
          });
      Caller.as(
          s.staffXAccount(),
          "STAFF",
          () ->
              photos.upload(
                  s.groupX(),
                  null,
                  albumName,
                  java.util.Set.of(s.childA1()),
                  "Bij de geitjes",
                  List.of(TestPhotos.jpegStream())));
      Caller.as(
          s.staffXAccount(),
          "STAFF",
          () -> {
            diary.write(
                s.childA1(),
                new DiaryDraft(entryText, "Fruithapje", "Twee uur", null, Mood.HAPPY),
                List.of(
                    new java.io.ByteArrayInputStream(
                        TestPhotos.jpeg(1600, 1200, java.awt.Color.ORANGE))));
            return messages.post(s.groupX(), null, messageText);
          });
      UUID photo =
          Caller.as(s.parentAAccount(), "PARENT", () -> diary.entries(s.childA1(), 0, 1))
              .entries()
              .get(0)
              .photos()
              .get(0)
              .id();
      return new DiaryScenario(s, entryText, photo, messageText, albumName);
    } catch (Exception e) {
      throw new IllegalStateException("the diary scenario could not be written", e);
    }
  }

  /**
   * Family C with one child in group X; group worker X and group worker Y each put a photo without
   * tagged children in a new album of their group.
   */
  private GroupPhotosScenario groupPhotosScenario() {
    Scenario s = fixtures.scenario();
    FamilyInGroup familyC = fixtures.familyInGroup(s.groupX());
    try {
      UUID[] x = albumWithOnePhoto(s.staffXAccount(), s.groupX(), "Zandbak " + s.token());
      UUID[] y = albumWithOnePhoto(s.staffYAccount(), s.groupY(), "Verfhoek " + s.token());
      return new GroupPhotosScenario(s, familyC, x[0], x[1], y[0], y[1]);
    } catch (Exception e) {
      throw new IllegalStateException("the group photos could not be uploaded", e);
    }
  }

  /** A new album of the group with one untagged photo, by a group worker: {album, photo}. */
  private UUID[] albumWithOnePhoto(UUID staff, UUID group, String name) throws Exception {
    return Caller.as(
        staff,
        "STAFF",
        () -> {
          photos.upload(
              group, null, name, java.util.Set.of(), null, List.of(TestPhotos.jpegStream()));
          UUID album =
              photos.albumNames(group).entrySet().stream()
                  .filter(e -> e.getValue().equals(name))
                  .findFirst()
                  .orElseThrow()
                  .getKey();
          return new UUID[] {album, photos.album(album).get(0).id()};
        });
  }

  /**
   * Parent A asks for a Wednesday morning for child A1, at least three days ahead (inside the
   * request window), paid on the invoice: such a request always waits for the service desk.
   */
  private PendingRequest pendingRequest() {
    Scenario s = fixtures.scenario();
    LocalDate wednesday = LocalDate.now().plusDays(3);
    while (wednesday.getDayOfWeek() != DayOfWeek.WEDNESDAY) {
      wednesday = wednesday.plusDays(1);
    }
    LineDraft line = new LineDraft(s.childA1(), wednesday, DayPart.MORNING, null, null, null);
    try {
      CareRequests.Sent sent =
          Caller.as(s.parentAAccount(), "PARENT", () -> careRequests.submit(List.of(line)));
      return new PendingRequest(s, sent.requestId());
    } catch (Exception e) {
      throw new IllegalStateException("parent A could not send the request", e);
    }
  }
}
