package nl.ouderportaal.systemtest.organisation;

import static nl.ouderportaal.systemtest.support.Caller.refusal;
import static nl.ouderportaal.systemtest.support.Caller.refused;
import static org.assertj.core.api.Assertions.assertThat;

import jakarta.ejb.EJB;
import jakarta.inject.Inject;
import java.time.DayOfWeek;
import java.time.LocalTime;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.ThreadLocalRandom;
import nl.ouderportaal.domain.organisation.CareType;
import nl.ouderportaal.domain.organisation.DayPart;
import nl.ouderportaal.domain.organisation.Locations;
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
 * The service desk keeps its locations and groups: with a real LRK number each, groups within the
 * legal caps, and nothing removed while it is in use. Nobody else touches them.
 */
@ExtendWith(ArquillianExtension.class)
public class LocationsIT {

  @Deployment
  public static WebArchive deployment() {
    return SystemTestDeployment.forTest(LocationsIT.class);
  }

  @EJB(lookup = "java:global/ouderportaal/domain-ejb/Locations")
  private Locations locations;

  @Inject private Fixtures fixtures;

  @Test
  public void theDeskAddsALocationWithGroupsWithinTheCapsAndChangesIt() throws Exception {
    Scenario s = fixtures.scenario();
    String lrk = lrk();

    UUID bso =
        asDesk(
            s,
            () -> locations.create(form("BSO Het Bos " + s.token(), lrk, CareType.OUT_OF_SCHOOL)));
    UUID young =
        asDesk(
            s,
            () ->
                locations.addGroup(
                    bso,
                    new Locations.GroupForm(
                        "Bosuilen",
                        48,
                        96,
                        Map.of(
                            DayPart.BEFORE_SCHOOL,
                            10,
                            DayPart.AFTER_SCHOOL,
                            22,
                            DayPart.HOLIDAY_DAY,
                            20))));
    asDesk(
        s,
        () ->
            locations.addGroup(
                bso,
                new Locations.GroupForm(
                    "Boswachters",
                    96,
                    156,
                    Map.of(
                        DayPart.BEFORE_SCHOOL,
                        30,
                        DayPart.AFTER_SCHOOL,
                        30,
                        DayPart.HOLIDAY_DAY,
                        30))));

    Locations.LocationLine line = asDesk(s, () -> locations.location(bso));
    assertThat(line.lrkNumber()).isEqualTo(lrk);
    assertThat(line.openingDays()).hasSize(5);
    assertThat(line.groups())
        .extracting(Locations.GroupLine::name)
        .containsExactly("Bosuilen", "Boswachters");
    assertThat(line.groups().get(0).capacities())
        .containsEntry(DayPart.BEFORE_SCHOOL, 10)
        .containsEntry(DayPart.AFTER_SCHOOL, 22);
    assertThat(line.groups().get(0).cap()).isEqualTo(22);
    assertThat(line.groups().get(1).cap()).as("all children eight or older").isEqualTo(30);

    String key =
        refusal(
                s.serviceDeskAccount(),
                "SERVICEDESK",
                () ->
                    locations.changeGroup(
                        young,
                        new Locations.GroupForm(
                            "Bosuilen",
                            48,
                            96,
                            Map.of(
                                DayPart.BEFORE_SCHOOL,
                                10,
                                DayPart.AFTER_SCHOOL,
                                23,
                                DayPart.HOLIDAY_DAY,
                                20))))
            .messageKey();
    assertThat(key).isEqualTo("group.capacityOverCap");
    assertThat(
            refusal(
                    s.serviceDeskAccount(),
                    "SERVICEDESK",
                    () ->
                        locations.addGroup(
                            bso,
                            new Locations.GroupForm(
                                "bosuilen",
                                48,
                                96,
                                Map.of(
                                    DayPart.BEFORE_SCHOOL,
                                    1,
                                    DayPart.AFTER_SCHOOL,
                                    1,
                                    DayPart.HOLIDAY_DAY,
                                    1))))
                .messageKey())
        .isEqualTo("group.nameTaken");

    asDesk(
        s,
        () -> {
          locations.change(
              bso,
              new Locations.LocationForm(
                  "BSO Het Bos " + s.token(),
                  "Boslaan 2",
                  "3722 AB",
                  "Bilthoven",
                  lrk,
                  CareType.OUT_OF_SCHOOL,
                  LocalTime.of(7, 0),
                  LocalTime.of(18, 30),
                  Set.of(DayOfWeek.MONDAY, DayOfWeek.TUESDAY, DayOfWeek.THURSDAY)));
          return null;
        });
    Locations.LocationLine changed = asDesk(s, () -> locations.location(bso));
    assertThat(changed.city()).isEqualTo("Bilthoven");
    assertThat(changed.opensAt()).isEqualTo(LocalTime.of(7, 0));
    assertThat(changed.openingDays())
        .containsExactlyInAnyOrder(DayOfWeek.MONDAY, DayOfWeek.TUESDAY, DayOfWeek.THURSDAY);

    // a location without groups in use changes its care type; one in use does not
    UUID kdv = fixtures.locationOf(s.groupX());
    assertThat(
            refusal(
                    s.serviceDeskAccount(),
                    "SERVICEDESK",
                    () ->
                        locations.change(
                            kdv,
                            form(
                                "KDV " + s.token(),
                                fixtures.lrkNumberOf(s.groupX()),
                                CareType.OUT_OF_SCHOOL)))
                .messageKey())
        .isEqualTo("location.careTypeInUse");
  }

  @Test
  public void anLrkNumberIsNineDigitsAndOnlyOneLocationsOwn() throws Exception {
    Scenario s = fixtures.scenario();
    String taken = fixtures.lrkNumberOf(s.groupX());

    assertThat(
            refusal(
                    s.serviceDeskAccount(),
                    "SERVICEDESK",
                    () -> locations.create(form("X", "12345", CareType.DAYCARE)))
                .messageKey())
        .isEqualTo("location.lrkInvalid");
    assertThat(
            refusal(
                    s.serviceDeskAccount(),
                    "SERVICEDESK",
                    () -> locations.create(form("X", "123456789012", CareType.DAYCARE)))
                .messageKey())
        .isEqualTo("location.lrkInvalid");
    assertThat(
            refusal(
                    s.serviceDeskAccount(),
                    "SERVICEDESK",
                    () -> locations.create(form("X", taken, CareType.DAYCARE)))
                .messageKey())
        .isEqualTo("location.lrkTaken");
    assertThat(asDesk(s, locations::list)).hasSize(1);
  }

  @Test
  public void nothingInUseIsRemoved() throws Exception {
    Scenario s = fixtures.scenario();
    UUID kdv = fixtures.locationOf(s.groupX());
    UUID empty =
        asDesk(s, () -> locations.create(form("Leeg " + s.token(), lrk(), CareType.DAYCARE)));
    UUID unused =
        asDesk(
            s,
            () ->
                locations.addGroup(
                    empty,
                    new Locations.GroupForm(
                        "Nieuw", 0, 24, Map.of(DayPart.MORNING, 8, DayPart.AFTERNOON, 8))));

    assertThat(
            refusal(s.serviceDeskAccount(), "SERVICEDESK", () -> locations.removeGroup(s.groupX()))
                .messageKey())
        .isEqualTo("group.inUse");
    assertThat(
            refusal(s.serviceDeskAccount(), "SERVICEDESK", () -> locations.remove(kdv))
                .messageKey())
        .isEqualTo("location.inUse");
    assertThat(
            refusal(s.serviceDeskAccount(), "SERVICEDESK", () -> locations.remove(empty))
                .messageKey())
        .as("it has a group")
        .isEqualTo("location.inUse");

    Caller.run(s.serviceDeskAccount(), "SERVICEDESK", () -> locations.removeGroup(unused));
    Caller.run(s.serviceDeskAccount(), "SERVICEDESK", () -> locations.remove(empty));

    assertThat(asDesk(s, locations::list))
        .extracting(Locations.LocationLine::id)
        .containsExactly(kdv);
  }

  @Test
  public void onlyTheServiceDeskOfTheOrganisationKeepsItsLocations() throws Exception {
    Scenario s = fixtures.scenario();
    Scenario other = fixtures.scenario();
    UUID kdv = fixtures.locationOf(s.groupX());
    Locations.GroupForm group =
        new Locations.GroupForm(
            "Indringers", 0, 24, Map.of(DayPart.MORNING, 8, DayPart.AFTERNOON, 8));
    record Intruder(UUID account, String role) {}
    for (Intruder intruder :
        List.of(
            new Intruder(s.parentAAccount(), "PARENT"),
            new Intruder(s.staffXAccount(), "STAFF"),
            new Intruder(other.serviceDeskAccount(), "SERVICEDESK"))) {
      UUID id = intruder.account();
      String role = intruder.role();
      refused(id, role, () -> locations.location(kdv));
      refused(id, role, () -> locations.change(kdv, form("X", lrk(), CareType.DAYCARE)));
      refused(id, role, () -> locations.remove(kdv));
      refused(id, role, () -> locations.addGroup(kdv, group));
      refused(id, role, () -> locations.changeGroup(s.groupX(), group));
      refused(id, role, () -> locations.removeGroup(s.groupY()));
    }
    refused(s.parentAAccount(), "PARENT", locations::list);
    refused(s.staffXAccount(), "STAFF", () -> locations.create(form("X", lrk(), CareType.DAYCARE)));
    assertThat(asDesk(other, locations::list))
        .extracting(Locations.LocationLine::id)
        .doesNotContain(kdv);
    assertThat(asDesk(s, () -> locations.location(kdv)).groups()).hasSize(2);
  }

  private static Locations.LocationForm form(String name, String lrk, CareType careType) {
    return new Locations.LocationForm(
        name, "Boslaan 1", "3722 AB", "Bilthoven", lrk, careType, null, null, null);
  }

  private static String lrk() {
    return String.valueOf(ThreadLocalRandom.current().nextLong(100_000_000L, 1_000_000_000L));
  }

  private static <T> T asDesk(Scenario s, Callable<T> action) throws Exception {
    return Caller.as(s.serviceDeskAccount(), "SERVICEDESK", action);
  }
}
