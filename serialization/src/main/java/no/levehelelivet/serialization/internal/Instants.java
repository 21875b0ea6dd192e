package no.levehelelivet.serialization.internal;

import java.time.Instant;
import java.time.LocalDate;
import java.time.Month;
import java.time.Year;
import java.time.format.DateTimeFormatter;
import org.jspecify.annotations.Nullable;

/**
 * Instants on the wire: the {@link DateTimeFormatter#ISO_INSTANT} spelling, such as {@code
 * "2026-11-24T09:30:00Z"}, and only that spelling when reading. Instants of the years 0000 to 9999
 * are formatted and parsed by hand, char by char, giving exactly what {@code ISO_INSTANT} gives;
 * anything else goes through {@code ISO_INSTANT} itself.
 */
public final class Instants {

  private static final DateTimeFormatter ISO = DateTimeFormatter.ISO_INSTANT;

  /** 0000-01-01T00:00:00Z. */
  private static final long FIRST_SECOND = -62_167_219_200L;

  /** 10000-01-01T00:00:00Z. */
  private static final long END_SECOND = 253_402_300_800L;

  private static final int SECONDS_PER_DAY = 86_400;

  private static final int[] POWERS = {
    1, 10, 100, 1_000, 10_000, 100_000, 1_000_000, 10_000_000, 100_000_000, 1_000_000_000
  };

  private Instants() {}

  /** The {@code ISO_INSTANT} spelling of {@code instant}. */
  public static String format(Instant instant) {
    long seconds = instant.getEpochSecond();
    if (seconds < FIRST_SECOND || seconds >= END_SECOND) {
      return ISO.format(instant);
    }
    long day = Math.floorDiv(seconds, SECONDS_PER_DAY);
    int secondOfDay = (int) Math.floorMod(seconds, SECONDS_PER_DAY);
    LocalDate date = LocalDate.ofEpochDay(day);
    int nano = instant.getNano();
    int digits = fractionDigits(nano);
    char[] out = new char[20 + (digits == 0 ? 0 : digits + 1)];
    put(out, 0, date.getYear(), 4);
    out[4] = '-';
    put(out, 5, date.getMonthValue(), 2);
    out[7] = '-';
    put(out, 8, date.getDayOfMonth(), 2);
    out[10] = 'T';
    put(out, 11, secondOfDay / 3600, 2);
    out[13] = ':';
    put(out, 14, secondOfDay / 60 % 60, 2);
    out[16] = ':';
    put(out, 17, secondOfDay % 60, 2);
    int at = 19;
    if (digits > 0) {
      out[at++] = '.';
      put(out, at, nano / POWERS[9 - digits], digits);
      at += digits;
    }
    out[at] = 'Z';
    return new String(out);
  }

  /**
   * Parses the {@code ISO_INSTANT} spelling of an instant in UTC.
   *
   * @throws RuntimeException if {@code text} is not exactly how {@link #format} spells an instant
   */
  public static Instant parse(String text) {
    Instant quick = parseCanonical(text);
    if (quick != null) {
      return quick;
    }
    if (!text.endsWith("Z")) {
      throw new IllegalArgumentException("not UTC");
    }
    Instant instant = Instant.parse(text);
    if (!ISO.format(instant).equals(text)) {
      throw new IllegalArgumentException("not the canonical spelling");
    }
    return instant;
  }

  /**
   * The instant {@code text} spells if it is the canonical spelling of an instant of the years 0000
   * to 9999, else null (and then {@code ISO_INSTANT} decides).
   */
  private static @Nullable Instant parseCanonical(String text) {
    int length = text.length();
    int digits = length - 21;
    if (!(length == 20 || digits == 3 || digits == 6 || digits == 9)) {
      return null;
    }
    if (text.charAt(4) != '-'
        || text.charAt(7) != '-'
        || text.charAt(10) != 'T'
        || text.charAt(13) != ':'
        || text.charAt(16) != ':'
        || text.charAt(length - 1) != 'Z'
        || (length > 20 && text.charAt(19) != '.')) {
      return null;
    }
    int year = number(text, 0, 4);
    int month = number(text, 5, 2);
    int day = number(text, 8, 2);
    int hour = number(text, 11, 2);
    int minute = number(text, 14, 2);
    int second = number(text, 17, 2);
    int nano = length == 20 ? 0 : number(text, 20, digits);
    if (year < 0
        || month < 1
        || month > 12
        || day < 1
        || day > Month.of(month).length(Year.isLeap(year))
        || hour < 0
        || hour > 23
        || minute < 0
        || minute > 59
        || second < 0
        || second > 59
        || nano < 0) {
      return null;
    }
    if (length > 20) {
      nano *= POWERS[9 - digits];
    }
    if (fractionDigits(nano) != Math.max(0, digits)) {
      return null;
    }
    long epochDay = LocalDate.of(year, month, day).toEpochDay();
    return Instant.ofEpochSecond(
        epochDay * SECONDS_PER_DAY + hour * 3600L + minute * 60L + second, nano);
  }

  /** How many fraction digits {@code ISO_INSTANT} writes: none, or groups of three. */
  private static int fractionDigits(int nano) {
    if (nano == 0) {
      return 0;
    } else if (nano % 1_000_000 == 0) {
      return 3;
    } else if (nano % 1_000 == 0) {
      return 6;
    }
    return 9;
  }

  /** The decimal digits {@code text[from, from + count)}, or -1 if any is not a digit. */
  private static int number(String text, int from, int count) {
    int value = 0;
    for (int i = from; i < from + count; i++) {
      char c = text.charAt(i);
      if (c < '0' || c > '9') {
        return -1;
      }
      value = value * 10 + (c - '0');
    }
    return value;
  }

  /** Writes {@code value} as {@code count} decimal digits, zero-padded, at {@code at}. */
  private static void put(char[] out, int at, int value, int count) {
    int rest = value;
    for (int i = at + count - 1; i >= at; i--) {
      out[i] = (char) ('0' + rest % 10);
      rest /= 10;
    }
  }
}
