package no.levehelelivet.examples.cli;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import picocli.CommandLine.ITypeConverter;

/** Reads a day in ISO-8601, such as {@code 2026-11-24}. */
final class DateConverter implements ITypeConverter<LocalDate> {

  @Override
  public LocalDate convert(String value) {
    try {
      return LocalDate.parse(value);
    } catch (DateTimeParseException e) {
      throw new ValueHint("use an ISO-8601 date such as 2026-11-24");
    }
  }
}
