package nl.ouderportaal.domain.organisation;

import jakarta.persistence.AttributeConverter;
import jakarta.persistence.Converter;
import java.time.DayOfWeek;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * A set of weekdays in one column, as their names in week order ({@code MONDAY,WEDNESDAY}): the
 * days a location opens. Hibernate sees the set as one value, so a change replaces the set.
 */
@Converter
public class Weekdays implements AttributeConverter<Set<DayOfWeek>, String> {

  /** Monday to Friday: care is never in the weekend. */
  public static final Set<DayOfWeek> WORKING_WEEK =
      Set.copyOf(EnumSet.range(DayOfWeek.MONDAY, DayOfWeek.FRIDAY));

  @Override
  public String convertToDatabaseColumn(Set<DayOfWeek> days) {
    return days.stream().sorted().map(DayOfWeek::name).collect(Collectors.joining(","));
  }

  @Override
  public Set<DayOfWeek> convertToEntityAttribute(String column) {
    EnumSet<DayOfWeek> days = EnumSet.noneOf(DayOfWeek.class);
    if (column != null && !column.isBlank()) {
      Arrays.stream(column.split(","))
          .map(String::strip)
          .map(DayOfWeek::valueOf)
          .forEach(days::add);
    }
    return days;
  }
}
