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

  /** The milestone's title, always in bokmål. */
  public abstract LocalizedText title();

  /** The date of the event, or the first day of the period. */
  public abstract LocalDate date();

  /** The last day of the period, for a milestone that spans one. */
  public abstract Optional<LocalDate> endDate();

  /** How precisely the dates are known; {@link DatePrecision#DAY} unless said otherwise. */
  @Value.Default
  public DatePrecision precision() {
    return DatePrecision.DAY;
  }

  /** Where the date comes from. */
  public abstract Source source();

  /**
   * Whether the date is confirmed by the source; {@link EntryStatus#CONFIRMED} unless said
   * otherwise.
   */
  @Value.Default
  public EntryStatus status() {
    return EntryStatus.CONFIRMED;
  }

  /** A remark on the date, for example where sources disagree. */
  public abstract Optional<LocalizedText> remark();

  /** The title in {@code language}, or in bokmål where it is not translated. */
  public String title(Language language) {
    return title().in(language);
  }

  /** Whether the milestone spans a period rather than a single day. */
  public boolean isPeriod() {
    return endDate().isPresent();
  }

  /** The last day of the milestone: the end of its period, or the single date. */
  public LocalDate lastDate() {
    return endDate().orElse(date());
  }

  /** Returns a new builder. */
  public static Builder builder() {
    return new Builder();
  }

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

  /** Builds a {@link Milestone}. */
  public static final class Builder extends ImmutableMilestone.Builder {
    Builder() {}
  }
}
