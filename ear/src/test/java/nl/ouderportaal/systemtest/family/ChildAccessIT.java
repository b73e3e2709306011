package nl.ouderportaal.systemtest.family;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import jakarta.ejb.EJB;
import jakarta.inject.Inject;
import java.util.List;
import java.util.UUID;
import nl.ouderportaal.domain.family.ChildSummary;
import nl.ouderportaal.domain.family.Children;
import nl.ouderportaal.domain.family.FamilyDirectory;
import nl.ouderportaal.domain.family.FamilyRow;
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
 * Who sees which child, decided in the boundary: parents their own family, group workers their
 * groups, the service desk their organisation; anyone else gets nothing, as if it did not exist.
 */
@ExtendWith(ArquillianExtension.class)
public class ChildAccessIT {

  @Deployment
  public static WebArchive deployment() {
    return SystemTestDeployment.forTest(ChildAccessIT.class);
  }

  @EJB(lookup = "java:global/ouderportaal/domain-ejb/Children")
  private Children children;

  @EJB(lookup = "java:global/ouderportaal/domain-ejb/FamilyDirectory")
  private FamilyDirectory directory;

  @Inject private Fixtures fixtures;

  @Test
  public void aParentSeesTheirOwnChildrenOnly() throws Exception {
    Scenario s = fixtures.scenario();

    List<ChildSummary> mine = Caller.as(s.parentAAccount(), "PARENT", children::ofMyFamily);

    assertThat(mine)
        .extracting(ChildSummary::id)
        .containsExactlyInAnyOrder(s.childA1(), s.childA2());
    assertThat(mine)
        .filteredOn(c -> c.id().equals(s.childA1()))
        .singleElement()
        .satisfies(
            c -> {
              assertThat(c.groupName()).isEqualTo(s.groupXName());
              assertThat(c.ageYears() * 12 + c.ageMonths()).isEqualTo(8);
            });
  }

  @Test
  public void aParentAskingForAnotherFamilysChildGetsNothing() throws Exception {
    Scenario s = fixtures.scenario();

    assertThat(Caller.as(s.parentAAccount(), "PARENT", () -> children.child(s.childA1())).id())
        .isEqualTo(s.childA1());
    assertThatThrownBy(
            () -> Caller.as(s.parentAAccount(), "PARENT", () -> children.child(s.childB1())))
        .isInstanceOf(NotFoundException.class);
    assertThatThrownBy(
            () -> Caller.as(s.parentAAccount(), "PARENT", () -> children.child(UUID.randomUUID())))
        .isInstanceOf(NotFoundException.class);
  }

  @Test
  public void aGroupWorkerSeesTheChildrenOfTheirOwnGroupOnly() throws Exception {
    Scenario s = fixtures.scenario();

    List<ChildSummary> inX = Caller.as(s.staffXAccount(), "STAFF", children::inMyGroups);

    assertThat(inX)
        .extracting(ChildSummary::id)
        .containsExactlyInAnyOrder(s.childA1(), s.childB1());
    assertThat(Caller.as(s.staffXAccount(), "STAFF", () -> children.child(s.childB1())).id())
        .isEqualTo(s.childB1());
    assertThatThrownBy(
            () -> Caller.as(s.staffXAccount(), "STAFF", () -> children.child(s.childA2())))
        .isInstanceOf(NotFoundException.class);
  }

  @Test
  public void theServiceDeskSeesTheirOrganisationOnly() throws Exception {
    Scenario s = fixtures.scenario();
    Scenario other = fixtures.scenario();

    assertThat(
            Caller.as(s.serviceDeskAccount(), "SERVICEDESK", () -> children.child(s.childB2()))
                .id())
        .isEqualTo(s.childB2());
    assertThatThrownBy(
            () ->
                Caller.as(
                    s.serviceDeskAccount(), "SERVICEDESK", () -> children.child(other.childA1())))
        .isInstanceOf(NotFoundException.class);

    List<FamilyRow> found =
        Caller.as(
            s.serviceDeskAccount(),
            "SERVICEDESK",
            () -> directory.search(s.token(), 0, 20, FamilyDirectory.Sort.NAME, true));
    assertThat(found).extracting(FamilyRow::id).containsExactly(s.familyA(), s.familyB());
    assertThat(
            Caller.as(s.serviceDeskAccount(), "SERVICEDESK", () -> directory.count(other.token())))
        .isZero();
  }

  @Test
  public void parentsAndGroupWorkersCannotSearchFamilies() {
    Scenario s = fixtures.scenario();

    assertThatThrownBy(() -> Caller.as(s.parentAAccount(), "PARENT", () -> directory.count("")))
        .isInstanceOf(NotFoundException.class);
    assertThatThrownBy(() -> Caller.as(s.staffXAccount(), "STAFF", () -> directory.count("")))
        .isInstanceOf(NotFoundException.class);
  }

  @Test
  public void withoutALoginThereAreNoChildren() {
    Scenario s = fixtures.scenario();

    assertThatThrownBy(() -> children.ofMyFamily()).isInstanceOf(NotFoundException.class);
    assertThatThrownBy(() -> children.child(s.childA1())).isInstanceOf(NotFoundException.class);
  }
}
