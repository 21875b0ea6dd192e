package no.levehelelivet.serialization.internal.wire.v2;

import java.time.Instant;
import java.time.LocalDate;
import java.time.Month;
import java.time.Year;
import java.time.format.DateTimeFormatter;
import org.jspecify.annotations.Nullable;

/**
 * Instants on the wire: in UTC with {@code Z}, in the one spelling {@link
 * DateTimeFormatter#ISO_INSTANT} writes, so that one instant has one spelling. The whole second
 * from year 0 to 9999 ({@code "2026-11-24T09:30:00Z"}), which is nearly every instant a journal
 * holds, is read by hand; any other text is decided by the JDK's parser and formatter.
 */
final class Instants {

  private static final DateTimeFormatter INSTANT = DateTimeFormatter.ISO_INSTANT;

  private static final int SECONDS_PER_DAY = 86_400;

  /** {@code yyyy-MM-ddTHH:mm:ssZ}. */
  private static final int WHOLE_SECOND_LENGTH = 20;

  private Instants() {}

  /** The instant's spelling on the wire. */
  static String format(Instant instant) {
    return INSTANT.format(instant);
  }

  /**
   * The instant {@code text} spells canonically.
   *
   * @throws RuntimeException if {@code text} is not an instant in UTC in its canonical spelling
   */
  static Instant parse(String text) {
    Instant instant = wholeSecond(text);
    return instant != null ? instant : parseByFormatter(text);
  }

  /** What {@link #parse} decides, by the JDK's parser and formatter alone. */
  static Instant parseByFormatter(String text) {
    if (!text.endsWith("Z")) {
      throw new IllegalArgumentException("not UTC");
    }
    Instant instant = Instant.parse(text);
    if (!INSTANT.format(instant).equals(text)) {
      throw new IllegalArgumentException("not the canonical spelling");
    }
    return instant;
  }

  /**
   * The instant of a canonical whole second in years 0 to 9999, or null for any other text
   * (including an impossible date or a time past 23:59:59, which the formatter then refuses).
   */
  static @Nullable Instant wholeSecond(String text) {
    if (text.length() != WHOLE_SECOND_LENGTH
        || text.charAt(4) != '-'
        || text.charAt(7) != '-'
        || text.charAt(10) != 'T'
        || text.charAt(13) != ':'
        || text.charAt(16) != ':'
        || text.charAt(19) != 'Z') {
      return null;
    }
    int year = digits(text, 0, 4);
    int month = digits(text, 5, 2);
    int day = digits(text, 8, 2);
    int hour = digits(text, 11, 2);
    int minute = digits(text, 14, 2);
    int second = digits(text, 17, 2);
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
        || second > 59) {
      return null;
    }
    long days = LocalDate.of(year, month, day).toEpochDay();
    return Instant.ofEpochSecond(days * SECONDS_PER_DAY + hour * 3600L + minute * 60L + second);
  }

  /** The decimal number of {@code length} ASCII digits at {@code from}, or -1. */
  private static int digits(String text, int from, int length) {
    int value = 0;
    for (int i = from; i < from + length; i++) {
      char c = text.charAt(i);
      if (c < '0' || c > '9') {
        return -1;
      }
      value = value * 10 + (c - '0');
    }
    return value;
  }
}
