package nl.ouderportaal.domain.organisation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.UUID;
import org.junit.jupiter.api.Test;

class OrganisationModelTest {

  private final Organisation organisation =
      new Organisation(
          "Kinderopvang De Zonnebloem", "servicepunt@zonnebloem.example", "030 123 45 67");
  private final Location location =
      new Location(
          organisation,
          "De Boomhut",
          new Address("Biltstraat 120", "3572bk", "Utrecht"),
          "123456789",
          CareType.DAYCARE);

  @Test
  void aPostalCodeIsKeptInItsUsualForm() {
    assertThat(location.address().postalCode()).isEqualTo("3572 BK");
    assertThatThrownBy(() -> new Address("Straat 1", "0572 BK", "Utrecht"))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> new Address("Straat 1", "35723", "Utrecht"))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void anLrkNumberHasNineDigits() {
    assertThatThrownBy(
            () -> new Location(organisation, "X", location.address(), "12345678", CareType.DAYCARE))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void aGroupHasAnAgeRangeAndRoomForAtLeastOneChild() {
    assertThatThrownBy(() -> new Group(location, "Rupsjes", 24, 12, 12))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> new Group(location, "Rupsjes", 0, 24, 0))
        .isInstanceOf(IllegalArgumentException.class);
    assertThat(new Group(location, "Rupsjes", 0, 24, 12).capacity()).isEqualTo(12);
  }

  @Test
  void aGroupWorkerWorksOnlyInGroupsOfTheirOwnOrganisation() {
    StaffMember lisa = new StaffMember(organisation, UUID.randomUUID(), "Lisa", "Bakker");
    Group rupsjes = new Group(location, "Rupsjes", 0, 24, 12);
    Organisation other = new Organisation("Andere opvang", "info@andere.example", "010 000 00 00");
    Location elsewhere =
        new Location(other, "Elders", location.address(), "987654321", CareType.DAYCARE);

    lisa.workIn(rupsjes);

    assertThat(lisa.worksIn(rupsjes)).isTrue();
    assertThatThrownBy(() -> lisa.workIn(new Group(elsewhere, "Vlinders", 24, 48, 16)))
        .isInstanceOf(IllegalArgumentException.class);
  }
}
