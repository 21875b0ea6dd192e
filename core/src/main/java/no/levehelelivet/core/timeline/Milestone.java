package no.levehelelivet.core.timeline;

import java.time.LocalDate;
import java.util.Optional;
import no.levehelelivet.core.Coded;
import no.levehelelivet.core.EntryStatus;
import no.levehelelivet.core.InvalidValueException;
import no.levehelelivet.core.Language;
import no.levehelelivet.core.LocalizedText;
import no.levehelelivet.core.Source;
import no.levehelelivet.core.internal.BuildableValue;
import no.levehelelivet.core.internal.CoreMessages;
import org.immutables.value.Value;

/**
 * A milestone (<i>milepæl</i>) on the reform's timeline or in a municipality's own plan: a dated
 * event, such as the white paper's presentation on 4 May 2018, or a period, such as the reform
 * period 2019–2023.
 *
 * <p>Immutable and thread-safe.
 */
@Value.Immutable
@BuildableValue
public abstract class Milestone implements Coded {

  Milestone() {}

  /** The stable code, for example {@code "white-paper-presented"}. */
  @Override
  public abstract String code();

  /** {@return the milestone's title, always in bokmål} */
  public abstract LocalizedText title();

  /** {@return the date of the event, or the first day of the period} */
  public abstract LocalDate date();

  /** {@return the last day of the period, for a milestone that spans one} */
  public abstract Optional<LocalDate> endDate();

  /**
   * {@return how precisely the dates are known; {@link DatePrecision#DAY} unless said otherwise}
   */
  @Value.Default
  public DatePrecision precision() {
    return DatePrecision.DAY;
  }

  /** {@return where the date comes from} */
  public abstract Source source();

  /**
   * {@return whether the date is confirmed by the source; {@link EntryStatus#CONFIRMED} unless said
   * otherwise}
   */
  @Value.Default
  public EntryStatus status() {
    return EntryStatus.CONFIRMED;
  }

  /** {@return a remark on the date, for example where sources disagree} */
  public abstract Optional<LocalizedText> remark();

  /**
   * {@return the title in {@code language}, or in bokmål where it is not translated}
   *
   * @param language the language of the title
   */
  public String title(Language language) {
    return title().in(language);
  }

  /** {@return whether the milestone spans a period rather than a single day} */
  public boolean isPeriod() {
    return endDate().isPresent();
  }

  /** {@return the last day of the milestone: the end of its period, or the single date} */
  public LocalDate lastDate() {
    return endDate().orElse(date());
  }

  /** {@return a new builder} */
  public static Builder builder() {
    return ImmutableMilestone.builder();
  }

  /**
   * {@return a copy with the given code}
   *
   * @param code the copy's code; well formed, as {@link Coded#isWellFormed(String)} requires
   * @throws InvalidValueException if the copy breaks a rule of the milestone
   */
  public abstract Milestone withCode(String code);

  /**
   * {@return a copy with the given title}
   *
   * @param title the copy's title
   * @throws InvalidValueException if the copy breaks a rule of the milestone
   */
  public abstract Milestone withTitle(LocalizedText title);

  /**
   * {@return a copy with the given date}
   *
   * @param date the copy's date
   * @throws InvalidValueException if the copy breaks a rule of the milestone
   */
  public abstract Milestone withDate(LocalDate date);

  /**
   * {@return a copy with the given end date, or none if empty}
   *
   * @param endDate the copy's end date; empty for none
   * @throws InvalidValueException if the copy breaks a rule of the milestone
   */
  public abstract Milestone withEndDate(Optional<? extends LocalDate> endDate);

  /**
   * {@return a copy with the given precision}
   *
   * @param precision the copy's precision
   * @throws InvalidValueException if the copy breaks a rule of the milestone
   */
  public abstract Milestone withPrecision(DatePrecision precision);

  /**
   * {@return a copy with the given source}
   *
   * @param source the copy's source
   * @throws InvalidValueException if the copy breaks a rule of the milestone
   */
  public abstract Milestone withSource(Source source);

  /**
   * {@return a copy with the given status}
   *
   * @param status the copy's status
   * @throws InvalidValueException if the copy breaks a rule of the milestone
   */
  public abstract Milestone withStatus(EntryStatus status);

  /**
   * {@return a copy with the given remark, or none if empty}
   *
   * @param remark the copy's remark; empty for none
   * @throws InvalidValueException if the copy breaks a rule of the milestone
   */
  public abstract Milestone withRemark(Optional<? extends LocalizedText> remark);

  @Value.Check
  void check() {
    CoreMessages.requireCode("code", code());
    // the message is built only when the check fails
    LocalDate end = endDate().orElse(null);
    if (end != null && end.isBefore(date())) {
      throw InvalidValueException.inconsistent(
          "date, endDate",
          "milestone \""
              + code()
              + "\" ends before it starts: endDate "
              + end
              + " is before date "
              + date());
    }
    CoreMessages.require(
        precision() != DatePrecision.MONTH || date().getDayOfMonth() == 1,
        "date",
        "the first of the month for precision month",
        date());
    CoreMessages.require(
        precision() != DatePrecision.YEAR || date().getDayOfYear() == 1,
        "date",
        "1 January for precision year",
        date());
  }

  /** Builds a {@link Milestone} field by field; not thread-safe. */
  public interface Builder {

    /**
     * Sets every field from {@code instance}.
     *
     * @param instance the milestone to copy every field from
     * @return this builder
     */
    Builder from(Milestone instance);

    /**
     * Sets the code.
     *
     * @param code the code; well formed, as {@link Coded#isWellFormed(String)} requires
     * @return this builder
     */
    Builder code(String code);

    /**
     * Sets the title.
     *
     * @param title the title
     * @return this builder
     */
    Builder title(LocalizedText title);

    /**
     * Sets the date, or the first day of the period.
     *
     * @param date the date, or the first day of the period
     * @return this builder
     */
    Builder date(LocalDate date);

    /**
     * Sets the last day of the period.
     *
     * @param endDate the last day of the period
     * @return this builder
     */
    Builder endDate(LocalDate endDate);

    /**
     * Sets the last day of the period, or none if empty.
     *
     * @param endDate the last day of the period; empty for none
     * @return this builder
     */
    Builder endDate(Optional<? extends LocalDate> endDate);

    /**
     * Sets how precisely the dates are known.
     *
     * @param precision how precisely the dates are known
     * @return this builder
     */
    Builder precision(DatePrecision precision);

    /**
     * Sets where the date comes from.
     *
     * @param source where the date comes from
     * @return this builder
     */
    Builder source(Source source);

    /**
     * Sets whether the date is confirmed.
     *
     * @param status whether the date is confirmed
     * @return this builder
     */
    Builder status(EntryStatus status);

    /**
     * Sets a remark on the date.
     *
     * @param remark a remark on the date
     * @return this builder
     */
    Builder remark(LocalizedText remark);

    /**
     * Sets a remark on the date, or none if empty.
     *
     * @param remark a remark on the date; empty for none
     * @return this builder
     */
    Builder remark(Optional<? extends LocalizedText> remark);

    /**
     * Builds the milestone.
     *
     * @return the milestone
     * @throws InvalidValueException if the code is not well formed, the period ends before it
     *     starts, or the date does not fit the precision
     * @throws IllegalArgumentException if a required field is not set
     */
    Milestone build();
  }
}
