package nl.ouderportaal.domain.organisation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.DayOfWeek;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import nl.ouderportaal.domain.platform.BusinessException;
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
  void anLrkNumberHasNineDigitsAndMayBeTypedWithSpacesOrDots() {
    for (String wrong : new String[] {"12345678", "1234567890", "123456789012", "12345678a", ""}) {
      assertThatThrownBy(
              () -> new Location(organisation, "X", location.address(), wrong, CareType.DAYCARE))
          .as(wrong)
          .isInstanceOf(BusinessException.class)
          .extracting(
              e -> ((BusinessException) e).messageKey(), e -> ((BusinessException) e).field())
          .containsExactly("location.lrkInvalid", "lrkNumber");
    }
    assertThat(Location.requireLrkNumber("190 004 836")).isEqualTo("190004836");
    assertThat(Location.requireLrkNumber("190.004.836")).isEqualTo("190004836");
  }

  @Test
  void aGroupHasAnAgeRangeOfItsCareTypeAndRoomForAtLeastOneChild() {
    assertThat(key(() -> new Group(location, "Rupsjes", 24, 12, 12)))
        .isEqualTo("group.agesInvalid");
    assertThat(key(() -> new Group(location, "Rupsjes", 0, 60, 12))).isEqualTo("group.agesInvalid");
    assertThat(key(() -> new Group(location, "Rupsjes", 0, 24, 0)))
        .isEqualTo("group.capacityInvalid");
    assertThat(key(() -> new Group(bso, "Avonturiers", 12, 84, 10))).isEqualTo("group.agesInvalid");
    assertThat(new Group(location, "Rupsjes", 0, 24, 12).capacity()).isEqualTo(12);
    assertThat(new Group(location, "Rupsjes", 0, 24, 12).capacities())
        .containsOnlyKeys(DayPart.MORNING, DayPart.AFTERNOON);
    assertThat(new Group(bso, "Avonturiers", 48, 84, 20).capacities())
        .containsOnlyKeys(DayPart.BEFORE_SCHOOL, DayPart.AFTER_SCHOOL, DayPart.HOLIDAY_DAY);
  }

  @Test
  void aGroupStaysWithinTheLegalCapsOfItsCareTypeAndAges() {
    assertThat(GroupCaps.maximum(CareType.DAYCARE, 0, 12)).as("0-1 group").isEqualTo(12);
    assertThat(GroupCaps.maximum(CareType.DAYCARE, 0, 48)).as("KDV").isEqualTo(16);
    assertThat(GroupCaps.maximum(CareType.OUT_OF_SCHOOL, 48, 156)).as("BSO").isEqualTo(22);
    assertThat(GroupCaps.maximum(CareType.OUT_OF_SCHOOL, 96, 156)).as("BSO 8+").isEqualTo(30);

    assertThat(key(() -> new Group(location, "Baby's", 0, 12, 13)))
        .isEqualTo("group.capacityOverCap");
    new Group(location, "Baby's", 0, 12, 12);
    assertThat(key(() -> new Group(location, "Peuters", 24, 48, 17)))
        .isEqualTo("group.capacityOverCap");
    assertThat(key(() -> new Group(bso, "Avonturiers", 48, 156, 23)))
        .isEqualTo("group.capacityOverCap");
    assertThat(new Group(bso, "Tieners", 96, 156, 30).capacity()).isEqualTo(30);
  }

  @Test
  void aGroupCanTakeAnotherNumberOfChildrenInEachDayPart() {
    Group group =
        new Group(
            bso,
            "Avonturiers",
            48,
            84,
            Map.of(DayPart.BEFORE_SCHOOL, 8, DayPart.AFTER_SCHOOL, 20, DayPart.HOLIDAY_DAY, 16));

    assertThat(group.capacity(DayPart.BEFORE_SCHOOL)).isEqualTo(8);
    assertThat(group.capacity(DayPart.AFTER_SCHOOL)).isEqualTo(20);
    assertThat(group.capacity(DayPart.MORNING)).as("not a BSO day part").isZero();
    assertThat(group.capacity()).isEqualTo(20);
    assertThat(
            key(
                () ->
                    group.change(
                        "Avonturiers",
                        48,
                        84,
                        Map.of(DayPart.BEFORE_SCHOOL, 8, DayPart.AFTER_SCHOOL, 20))))
        .as("every day part needs a capacity")
        .isEqualTo("group.capacityInvalid");
  }

  @Test
  void aLocationOpensOnTheWeekdaysItIsGiven() {
    assertThat(location.openingDays()).hasSize(5);
    location.changeOpeningDays(Set.of(DayOfWeek.MONDAY, DayOfWeek.TUESDAY, DayOfWeek.THURSDAY));
    assertThat(location.opensOn(DayOfWeek.WEDNESDAY)).isFalse();
    assertThat(location.opensOn(DayOfWeek.THURSDAY)).isTrue();
    assertThat(key(() -> location.changeOpeningDays(Set.of())))
        .isEqualTo("location.openingDaysInvalid");
    assertThat(key(() -> location.changeOpeningDays(Set.of(DayOfWeek.SATURDAY))))
        .isEqualTo("location.openingDaysInvalid");
    Weekdays column = new Weekdays();
    assertThat(column.convertToDatabaseColumn(location.openingDays()))
        .isEqualTo("MONDAY,TUESDAY,THURSDAY");
    assertThat(column.convertToEntityAttribute("MONDAY,TUESDAY,THURSDAY"))
        .isEqualTo(location.openingDays());
  }

  @Test
  void aWeekdayTheLocationDoesNotOpenIsClosed() {
    LocationCalendar.Day wednesday =
        LocationCalendar.day(
            java.time.LocalDate.of(2026, 12, 9), java.util.List.of(), Set.of(DayOfWeek.MONDAY));
    assertThat(wednesday.open()).isFalse();
    assertThat(wednesday.schoolFree()).isFalse();
  }

  private final Location bso =
      new Location(
          organisation,
          "BSO De Ontdekking",
          new Address("Kanaalweg 45", "3526 KL", "Utrecht"),
          "987654321",
          CareType.OUT_OF_SCHOOL);

  private static String key(Runnable action) {
    try {
      action.run();
    } catch (BusinessException refused) {
      return refused.messageKey();
    }
    throw new AssertionError("not refused");
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
