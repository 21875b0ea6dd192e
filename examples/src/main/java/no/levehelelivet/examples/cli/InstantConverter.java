package no.levehelelivet.examples.cli;

import java.time.Instant;
import java.time.format.DateTimeParseException;
import picocli.CommandLine.ITypeConverter;

/** Reads an {@code --at} value: an ISO-8601 instant in UTC such as {@code 2026-11-24T10:15:30Z}. */
final class InstantConverter implements ITypeConverter<Instant> {

  @Override
  public Instant convert(String value) {
    try {
      return Instant.parse(value);
    } catch (DateTimeParseException e) {
      throw new ValueHint("use an ISO-8601 instant in UTC such as 2026-11-24T10:15:30Z");
    }
  }
}
