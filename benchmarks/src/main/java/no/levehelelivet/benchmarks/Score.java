package no.levehelelivet.benchmarks;

import java.util.Locale;

/**
 * One JMH score: which benchmark, with which parameters, the result with its error, and the bytes
 * allocated per operation (which, unlike time, does not drift with the machine's load).
 */
record Score(
    String benchmark, String params, double score, double error, String unit, double allocated) {

  /** The score with its error and unit, for example {@code 212.3 ± 4.1 ns/op}. */
  String formatted() {
    return number(score) + " ± " + (Double.isNaN(error) ? "?" : number(error)) + " " + unit;
  }

  /** Bytes allocated per operation (JMH's {@code gc.alloc.rate.norm}), or "—" if not measured. */
  String allocation() {
    return Double.isNaN(allocated) ? "—" : number(allocated) + " B";
  }

  /** A number with three significant digits or more, without exponent. */
  static String number(double value) {
    double magnitude = Math.abs(value);
    String pattern;
    if (magnitude >= 100) {
      pattern = "%,.0f";
    } else if (magnitude >= 10) {
      pattern = "%.1f";
    } else if (magnitude >= 1) {
      pattern = "%.2f";
    } else {
      pattern = "%.3f";
    }
    return String.format(Locale.ROOT, pattern, value);
  }
}
