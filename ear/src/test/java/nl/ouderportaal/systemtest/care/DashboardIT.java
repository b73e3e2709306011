package nl.ouderportaal.systemtest.care;

import static nl.ouderportaal.systemtest.support.Caller.refused;
import static org.assertj.core.api.Assertions.assertThat;

import jakarta.ejb.EJB;
import jakarta.inject.Inject;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;
import java.util.List;
import java.util.concurrent.Callable;
import nl.ouderportaal.domain.care.OccupancyForecast;
import nl.ouderportaal.domain.family.KeyFigures;
import nl.ouderportaal.domain.organisation.DayPart;
import nl.ouderportaal.domain.question.QuestionDraft;
import nl.ouderportaal.domain.question.Questions;
import nl.ouderportaal.domain.question.Topic;
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
 * The dashboard's numbers: the figures of the organisation and what waits for the service desk,
 * each counted in one statement, and the occupancy of the coming weeks per group and day part
 * against the places and the staff the ratio asks for; the service desk sees every group of its own
 * organisation, a group worker only their own, a parent nothing.
 */
@ExtendWith(ArquillianExtension.class)
public class DashboardIT {

  @Deployment
  public static WebArchive deployment() {
    return SystemTestDeployment.forTest(DashboardIT.class);
  }

  @EJB(lookup = "java:global/ouderportaal/domain-ejb/KeyFigures")
  private KeyFigures figures;

  @EJB(lookup = "java:global/ouderportaal/domain-ejb/OccupancyForecast")
  private OccupancyForecast forecast;

  @EJB(lookup = "java:global/ouderportaal/domain-ejb/Questions")
  private Questions questions;

  @Inject private Fixtures fixtures;

  @Test
  public void theFiguresAndWhatWaitsAreTheOrganisationsOwn() throws Exception {
    Scenario s = fixtures.scenario();
    fixtures.scenario();

    KeyFigures.Figures now = asDesk(s, figures::now);
    assertThat(now.families()).isEqualTo(2);
    assertThat(now.childrenInCareToday()).isEqualTo(4);
    assertThat(now.activeContracts()).isEqualTo(4);
    assertThat(now.parents()).isEqualTo(2);
    assertThat(now.parentsWithActiveAccount()).isEqualTo(2);
    assertThat(asDesk(s, figures::waiting)).isEqualTo(new KeyFigures.Waiting(0, 0));

    Caller.as(
        s.parentAAccount(),
        "PARENT",
        () ->
            questions.ask(
                new QuestionDraft(Topic.OTHER, null, "Parkeren", "Mogen we voor de deur staan?")));
    assertThat(asDesk(s, figures::waiting)).isEqualTo(new KeyFigures.Waiting(0, 1));

    refused(s.parentAAccount(), "PARENT", figures::waiting);
    refused(s.staffXAccount(), "STAFF", figures::waiting);
  }

  @Test
  public void eachGroupWorkerSeesTheFiguresOfTheirOwnGroups() throws Exception {
    Scenario s = fixtures.scenario();
    fixtures.scenario();
    // group X has Abel and Bo (families A and B), group Y has Ada, Bas and now Cas (family C)
    fixtures.familyInGroup(s.groupY());

    KeyFigures.Figures ofX = Caller.as(s.staffXAccount(), "STAFF", figures::now);
    KeyFigures.Figures ofY = Caller.as(s.staffYAccount(), "STAFF", figures::now);
    KeyFigures.Figures ofTheOrganisation = asDesk(s, figures::now);

    assertThat(ofX)
        .extracting(
            KeyFigures.Figures::families,
            KeyFigures.Figures::childrenInCareToday,
            KeyFigures.Figures::activeContracts,
            KeyFigures.Figures::parents,
            KeyFigures.Figures::parentsWithActiveAccount)
        .containsExactly(2L, 2L, 2L, 2L, 2L);
    assertThat(ofY)
        .extracting(
            KeyFigures.Figures::families,
            KeyFigures.Figures::childrenInCareToday,
            KeyFigures.Figures::activeContracts,
            KeyFigures.Figures::parents,
            KeyFigures.Figures::parentsWithActiveAccount)
        .containsExactly(3L, 3L, 3L, 3L, 3L);
    assertThat(ofX.contractsStarting()).isLessThanOrEqualTo(2);
    assertThat(ofY.contractsStarting()).isLessThanOrEqualTo(3);
    assertThat(ofTheOrganisation.families()).isEqualTo(3);
    assertThat(ofTheOrganisation.childrenInCareToday()).isEqualTo(5);
    refused(s.parentAAccount(), "PARENT", figures::now);
  }

  @Test
  public void theOccupancyOfTheComingWeeksCountsTheChildrenOfTheBusiestDay() throws Exception {
    Scenario s = fixtures.scenario();
    Scenario other = fixtures.scenario();

    List<OccupancyForecast.GroupWeeks> all = asDesk(s, forecast::coming);
    assertThat(all)
        .extracting(OccupancyForecast.GroupWeeks::groupId)
        .containsExactlyInAnyOrder(s.groupX(), s.groupY());
    OccupancyForecast.GroupWeeks x =
        all.stream().filter(g -> g.groupId().equals(s.groupX())).findFirst().orElseThrow();
    assertThat(x.weeks()).hasSize(OccupancyForecast.WEEKS);
    LocalDate monday = LocalDate.now().with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
    // week two: both children of group X come on Monday, a whole day, in a group of 12 places;
    // a baby of 8 months and a child of 2 years ask for one group worker
    OccupancyForecast.Week second = x.weeks().get(1);
    assertThat(second.monday()).isEqualTo(monday.plusWeeks(1));
    for (DayPart part : List.of(DayPart.MORNING, DayPart.AFTERNOON)) {
      OccupancyForecast.Cell cell = second.parts().get(part);
      assertThat(cell.busiestDay()).isEqualTo(monday.plusWeeks(1));
      assertThat(cell.children()).isEqualTo(2);
      assertThat(cell.capacity()).isEqualTo(12);
      assertThat(cell.staff()).isEqualTo(1);
      assertThat(cell.full()).isFalse();
    }

    assertThat(Caller.as(s.staffXAccount(), "STAFF", forecast::coming))
        .extracting(OccupancyForecast.GroupWeeks::groupId)
        .containsExactly(s.groupX());
    assertThat(asDesk(other, forecast::coming))
        .extracting(OccupancyForecast.GroupWeeks::groupId)
        .doesNotContain(s.groupX(), s.groupY());
    refused(s.parentAAccount(), "PARENT", forecast::coming);
  }

  private static <T> T asDesk(Scenario s, Callable<T> action) throws Exception {
    return Caller.as(s.serviceDeskAccount(), "SERVICEDESK", action);
  }
}
