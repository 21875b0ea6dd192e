package no.levehelelivet.core.internal;

import java.time.LocalDate;

/**
 * Dates written in the catalogue's data as {@code yyyy-MM-dd}, read without {@link
 * java.time.format.DateTimeFormatter}: the formatter's first use costs several milliseconds in a
 * fresh JVM, and the timeline is read on the way to the first command of a process.
 */
public final class Dates {

  private Dates() {}

  /**
   * Returns the date written as {@code yyyy-MM-dd}, for example {@code "2018-05-04"}.
   *
   * @throws IllegalArgumentException if {@code text} is not four, two and two ASCII digits joined
   *     by hyphens
   * @throws java.time.DateTimeException if there is no such date, for example {@code "2019-02-29"}
   */
  public static LocalDate iso(String text) {
    if (text.length() != 10 || text.charAt(4) != '-' || text.charAt(7) != '-') {
      throw new IllegalArgumentException("not a yyyy-MM-dd date: \"" + text + "\"");
    }
    return LocalDate.of(digits(text, 0, 4), digits(text, 5, 7), digits(text, 8, 10));
  }

  private static int digits(String text, int from, int to) {
    int value = 0;
    for (int i = from; i < to; i++) {
      char c = text.charAt(i);
      if (c < '0' || c > '9') {
        throw new IllegalArgumentException("not a yyyy-MM-dd date: \"" + text + "\"");
      }
      value = value * 10 + (c - '0');
    }
    return value;
  }
}
