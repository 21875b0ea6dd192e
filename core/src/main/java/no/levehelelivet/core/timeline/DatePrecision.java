package no.levehelelivet.core.timeline;

import com.google.common.collect.ImmutableMap;
import no.levehelelivet.core.Coded;
import no.levehelelivet.core.UnknownCodeException;
import no.levehelelivet.core.internal.Codes;

/**
 * How precisely a milestone's date is known (<i>presisjon</i>): the day, only the month, or only
 * the year. A date known to the month is stored as the first of that month, a year as 1 January.
 */
public enum DatePrecision implements Coded {
  /** Known to the day. */
  DAY("day"),
  /** Known to the month; the day of the stored date is 1. */
  MONTH("month"),
  /** Known to the year; the stored date is 1 January. */
  YEAR("year");

  private static final ImmutableMap<String, DatePrecision> BY_CODE = Codes.index(values());

  private final String code;

  DatePrecision(String code) {
    this.code = code;
  }

  @Override
  public String code() {
    return code;
  }

  /**
   * {@return the precision with the given code}
   *
   * @param code the precision's stable code
   * @throws UnknownCodeException if no precision has that code
   */
  public static DatePrecision fromCode(String code) {
    return Codes.lookup(BY_CODE, "date precision", code);
  }
}
