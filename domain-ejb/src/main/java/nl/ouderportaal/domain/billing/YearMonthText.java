package nl.ouderportaal.domain.billing;

import jakarta.persistence.AttributeConverter;
import jakarta.persistence.Converter;
import java.time.YearMonth;

/**
 * A month as {@code yyyy-MM} in a column: readable in the database, sorts as text, and the same on
 * PostgreSQL and H2.
 */
@Converter
public class YearMonthText implements AttributeConverter<YearMonth, String> {

  @Override
  public String convertToDatabaseColumn(YearMonth month) {
    return month == null ? null : month.toString();
  }

  @Override
  public YearMonth convertToEntityAttribute(String text) {
    return text == null ? null : YearMonth.parse(text);
  }
}
