package nl.ouderportaal.systemtest.care;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import jakarta.ejb.EJB;
import jakarta.inject.Inject;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.Callable;
import nl.ouderportaal.domain.care.CareRequests;
import nl.ouderportaal.domain.care.LineDraft;
import nl.ouderportaal.domain.care.RequestStatus;
import nl.ouderportaal.domain.care.Reviews;
import nl.ouderportaal.domain.organisation.DayPart;
import nl.ouderportaal.domain.platform.NotFoundException;
import nl.ouderportaal.systemtest.support.Caller;
import nl.ouderportaal.systemtest.support.Fixtures;
import nl.ouderportaal.systemtest.support.Scenario;
import nl.ouderportaal.systemtest.support.SystemTestDeployment;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The service desk's queue of waiting requests comes a page at a time from the boundary: counted in
 * the database, oldest first, each request with its context, and only the requests of the caller's
 * own organisation. Every request here is a morning on the invoice, so it waits.
 */
@ExtendWith(ArquillianExtension.class)
public class ReviewQueuePagingIT {

  @Deployment
  public static WebArchive deployment() {
    return SystemTestDeployment.forTest(ReviewQueuePagingIT.class);
  }

  @EJB(lookup = "java:global/ouderportaal/domain-ejb/CareRequests")
  private CareRequests requests;

  @EJB(lookup = "java:global/ouderportaal/domain-ejb/Reviews")
  private Reviews reviews;

  @Inject private Fixtures fixtures;

  @Test
  public void theQueueIsCountedAndPagedOldestFirstWithTheContextOfEveryRequest() throws Exception {
    Scenario s = fixtures.scenario();
    List<UUID> submitted = waitingRequests(s, 5);

    assertThat(asDesk(s, () -> reviews.waitingCount())).isEqualTo(5);
    List<Reviews.Waiting> first = asDesk(s, () -> reviews.queue(0, 2));
    List<Reviews.Waiting> second = asDesk(s, () -> reviews.queue(2, 2));
    List<Reviews.Waiting> last = asDesk(s, () -> reviews.queue(4, 2));

    assertThat(first)
        .extracting(Reviews.Waiting::id)
        .containsExactlyElementsOf(submitted.subList(0, 2));
    assertThat(second)
        .extracting(Reviews.Waiting::id)
        .containsExactly(submitted.get(2), submitted.get(3));
    assertThat(last).extracting(Reviews.Waiting::id).containsExactly(submitted.get(4));
    assertThat(asDesk(s, () -> reviews.queue(5, 2))).isEmpty();
    assertThat(second)
        .allSatisfy(
            waiting -> {
              assertThat(waiting.familyName()).isEqualTo(s.familyAName());
              assertThat(waiting.reviewNote()).isEqualTo("review.why.invoice");
              assertThat(waiting.lines())
                  .singleElement()
                  .satisfies(
                      line -> {
                        assertThat(line.childName()).isEqualTo(s.childA1Name());
                        assertThat(line.capacity()).isEqualTo(12);
                        assertThat(line.occupied()).isNotNegative();
                        assertThat(line.contractDays()).isNotEmpty();
                      });
            });
  }

  @Test
  public void aDecidedRequestLeavesThePagesAndTheNextMovesUp() throws Exception {
    Scenario s = fixtures.scenario();
    List<UUID> submitted = waitingRequests(s, 3);

    asDesk(
        s,
        () -> {
          reviews.approve(submitted.get(0), null);
          return null;
        });

    assertThat(asDesk(s, () -> reviews.waitingCount())).isEqualTo(2);
    assertThat(asDesk(s, () -> reviews.queue(0, 1)))
        .extracting(Reviews.Waiting::id)
        .containsExactly(submitted.get(1));
    assertThat(asDesk(s, () -> reviews.queue(1, 1)))
        .extracting(Reviews.Waiting::id)
        .containsExactly(submitted.get(2));
  }

  @Test
  public void anotherOrganisationsWaitingRequestsNeverAppearOnAnyPage() throws Exception {
    Scenario s = fixtures.scenario();
    Scenario other = fixtures.scenario();
    List<UUID> ours = waitingRequests(s, 2);
    List<UUID> theirs = waitingRequests(other, 3);

    assertThat(asDesk(s, () -> reviews.waitingCount())).isEqualTo(2);
    assertThat(asDesk(s, () -> reviews.queue(0, Reviews.MAX_PAGE)))
        .extracting(Reviews.Waiting::id)
        .containsExactlyElementsOf(ours);
    assertThat(asDesk(s, () -> reviews.queue(2, Reviews.MAX_PAGE))).isEmpty();
    assertThat(asDesk(other, () -> reviews.waitingCount())).isEqualTo(3);
    assertThat(asDesk(other, () -> reviews.queue(0, Reviews.MAX_PAGE)))
        .extracting(Reviews.Waiting::id)
        .containsExactlyElementsOf(theirs);
  }

  @Test
  public void aPageIsNeverLargerThanTheLargestPageAndOnlyTheServiceDeskGetsOne() throws Exception {
    Scenario s = fixtures.scenario();
    waitingRequests(s, 1);

    assertThat(asDesk(s, () -> reviews.queue(-5, 0))).hasSize(1);
    assertThatThrownBy(() -> Caller.as(s.staffXAccount(), "STAFF", () -> reviews.queue(0, 10)))
        .isInstanceOf(NotFoundException.class);
    assertThatThrownBy(() -> Caller.as(s.parentAAccount(), "PARENT", () -> reviews.waitingCount()))
        .isInstanceOf(NotFoundException.class);
  }

  /**
   * Parent A asks for {@code count} mornings for child A1 on the invoice, a week apart, one after
   * the other; their ids in the order they were sent.
   */
  private List<UUID> waitingRequests(Scenario s, int count) throws Exception {
    LocalDate day = LocalDate.now().plusDays(3);
    while (day.getDayOfWeek() != DayOfWeek.WEDNESDAY) {
      day = day.plusDays(1);
    }
    List<UUID> ids = new ArrayList<>();
    for (int i = 0; i < count; i++) {
      LineDraft morning =
          new LineDraft(s.childA1(), day.plusWeeks(i), DayPart.MORNING, null, null, null);
      CareRequests.Sent sent =
          Caller.as(s.parentAAccount(), "PARENT", () -> requests.submit(List.of(morning)));
      assertThat(sent.status()).isEqualTo(RequestStatus.SUBMITTED);
      ids.add(sent.requestId());
    }
    return ids;
  }

  private static <T> T asDesk(Scenario s, Callable<T> action) throws Exception {
    return Caller.as(s.serviceDeskAccount(), "SERVICEDESK", action);
  }
}
