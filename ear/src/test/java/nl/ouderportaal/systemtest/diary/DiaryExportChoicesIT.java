package nl.ouderportaal.systemtest.diary;

import static nl.ouderportaal.systemtest.support.Caller.refused;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import jakarta.ejb.EJB;
import jakarta.inject.Inject;
import java.net.URI;
import java.net.URL;
import java.time.Duration;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.Callable;
import nl.ouderportaal.domain.job.JobKind;
import nl.ouderportaal.domain.job.Jobs;
import nl.ouderportaal.systemtest.client.Server;
import nl.ouderportaal.systemtest.support.Caller;
import nl.ouderportaal.systemtest.support.Fixtures;
import nl.ouderportaal.systemtest.support.Scenario;
import nl.ouderportaal.systemtest.support.SystemTestDeployment;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The service desk chooses the group or child of a diary export by name, among those of its own
 * organisation only, and finds the runs listed by that name instead of an id.
 */
@ExtendWith(ArquillianExtension.class)
public class DiaryExportChoicesIT {

  private static final Set<String> FINISHED = Set.of("COMPLETED", "FAILED", "STOPPED", "ABANDONED");

  @Deployment
  public static WebArchive deployment() {
    return SystemTestDeployment.withClient(DiaryExportChoicesIT.class);
  }

  @Inject private Fixtures fixtures;

  @ArquillianResource private URL deployment;

  @EJB(lookup = "java:global/ouderportaal/domain-ejb/Jobs")
  private Jobs jobs;

  @Test
  public void theGroupsAndChildrenToChooseFromAreTheOrganisationsOwnByName() throws Exception {
    Scenario s = fixtures.scenario();
    Scenario other = fixtures.scenario();

    assertThat(asDesk(s, () -> jobs.diaryGroups()))
        .extracting(Jobs.GroupChoice::id, Jobs.GroupChoice::name)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple(s.groupX(), s.groupXName()),
            org.assertj.core.groups.Tuple.tuple(s.groupY(), s.groupYName()));
    // both organisations have an Abel: the service desk finds its own, in any case
    assertThat(asDesk(s, () -> jobs.childrenNamed("aBEL")))
        .extracting(Jobs.ChildChoice::id, Jobs.ChildChoice::name)
        .containsExactly(org.assertj.core.groups.Tuple.tuple(s.childA1(), s.childA1Name()));
    assertThat(asDesk(s, () -> jobs.childrenNamed(s.token())))
        .extracting(Jobs.ChildChoice::id)
        .containsExactlyInAnyOrder(s.childA1(), s.childA2(), s.childB1(), s.childB2());
    assertThat(asDesk(s, () -> jobs.childrenNamed("  "))).isEmpty();
    assertThat(asDesk(s, () -> jobs.childrenNamed("%"))).isEmpty();

    assertThat(asDesk(other, () -> jobs.diaryGroups()))
        .extracting(Jobs.GroupChoice::id)
        .doesNotContain(s.groupX(), s.groupY());
    assertThat(asDesk(other, () -> jobs.childrenNamed(s.token()))).isEmpty();
    refused(s.staffXAccount(), "STAFF", () -> jobs.diaryGroups());
    refused(s.staffXAccount(), "STAFF", () -> jobs.childrenNamed("Abel"));
    refused(s.parentAAccount(), "PARENT", () -> jobs.childrenNamed("Abel"));
  }

  @Test
  public void theRunsOfAGroupAndOfAChildAreListedByTheirNames() throws Exception {
    Scenario s = fixtures.scenario();
    Scenario other = fixtures.scenario();
    long ofGroup = asDesk(s, () -> jobs.start(JobKind.DIARY_EXPORTS, s.groupX().toString()));
    long ofChild = asDesk(s, () -> jobs.start(JobKind.DIARY_EXPORTS, s.childA1().toString()));
    finish(s, ofGroup);
    finish(s, ofChild);

    List<Jobs.Run> runs = asDesk(s, () -> jobs.runs(0, Jobs.MAX_PAGE));

    assertThat(runs)
        .extracting(Jobs.Run::id, Jobs.Run::subject)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple(
                ofChild, new Jobs.Subject(Jobs.Subject.Type.CHILD, s.childA1Name())),
            org.assertj.core.groups.Tuple.tuple(
                ofGroup, new Jobs.Subject(Jobs.Subject.Type.GROUP, s.groupXName())));
    assertThat(asDesk(s, () -> jobs.run(ofGroup).subject()))
        .isEqualTo(new Jobs.Subject(Jobs.Subject.Type.GROUP, s.groupXName()));
    // another organisation's service desk cannot start the group's export
    assertThat(
            Caller.refusal(
                    other.serviceDeskAccount(),
                    "SERVICEDESK",
                    () -> jobs.start(JobKind.DIARY_EXPORTS, s.groupX().toString()))
                .messageKey())
        .isEqualTo("job.diaryParameterInvalid");
  }

  @Test
  public void theNamesOfTheRunsOnThePageTakeNoStatementPerRun() throws Exception {
    Scenario s = fixtures.scenario();
    Server server = new Server(deployment);
    String desk = server.backofficeSession(s.serviceDeskEmail());
    String page = server.backoffice("jobs.xhtml");
    finish(s, asDesk(s, () -> jobs.start(JobKind.DIARY_EXPORTS, s.groupX().toString())));
    finish(s, asDesk(s, () -> jobs.start(JobKind.DIARY_EXPORTS, s.childA1().toString())));
    server.sqlStatementsOf(page, desk);
    int few = namesLookedUp(server, page, desk);

    for (UUID asked : List.of(s.groupY(), s.childA2(), s.childB1(), s.groupX())) {
      finish(s, asDesk(s, () -> jobs.start(JobKind.DIARY_EXPORTS, asked.toString())));
    }

    assertThat(server.sqlStatementsOf(page, desk)).isPositive();
    assertThat(pageText(page, desk))
        .contains("Groep " + s.groupYName(), s.childB1Name())
        .doesNotContain(s.groupY().toString());
    assertThat(few).as("one statement for the groups, one for the children").isEqualTo(2);
    assertThat(namesLookedUp(server, page, desk)).isEqualTo(few);
  }

  /** The statements of the page that read the names of groups or children. */
  private static int namesLookedUp(Server server, String page, String cookie) {
    server.sqlStatementsOf(page, cookie);
    return (int)
        server.lastRequest("GET", URI.create(page).getRawPath()).sql().stream()
            .filter(sql -> sql.matches("(?is).*from (care_group|child) \\w+ where .*"))
            .count();
  }

  private static String pageText(String page, String cookie) {
    return org.jsoup.Jsoup.parse(Server.get(page, "Cookie", cookie, "Accept-Language", "nl").body())
        .text();
  }

  private Jobs.Run finish(Scenario s, long executionId) {
    return await()
        .atMost(Duration.ofSeconds(90))
        .pollInterval(Duration.ofMillis(300))
        .until(
            () -> asDesk(s, () -> jobs.run(executionId)), run -> FINISHED.contains(run.status()));
  }

  private static <T> T asDesk(Scenario s, Callable<T> action) throws Exception {
    return Caller.as(s.serviceDeskAccount(), "SERVICEDESK", action);
  }
}
