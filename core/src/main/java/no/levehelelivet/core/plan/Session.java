package no.levehelelivet.core.plan;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableSet;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.Optional;
import no.levehelelivet.core.InvalidValueException;
import no.levehelelivet.core.internal.BuildableValue;
import no.levehelelivet.core.internal.CoreMessages;
import no.levehelelivet.core.internal.Echo;
import org.immutables.value.Value;

/**
 * A session (<i>samling</i>) of an activity plan: a seminar, a guidance meeting or a stretch of
 * work between seminars (<i>mellomarbeid</i>), on a date, at a time span or for a duration, in one
 * or more possible formats.
 *
 * <p>A session with a time span does not end before it starts. Immutable and thread-safe.
 */
@Value.Immutable
@BuildableValue
public abstract class Session {

  Session() {}

  /** {@return the title, for example "Samling 1 – Oppstartseminar"} */
  public abstract String title();

  /** {@return what the session covers; may be empty} */
  @Value.Default
  public String content() {
    return "";
  }

  /** {@return the date the session is held} */
  public abstract LocalDate date();

  /**
   * {@return other dates the session may be held on instead of {@link #date()}, where it is not
   * settled}
   */
  public abstract ImmutableList<LocalDate> alternativeDates();

  /** {@return the local start time, where the plan gives a time span} */
  public abstract Optional<LocalTime> start();

  /** {@return the local end time, where the plan gives a time span} */
  public abstract Optional<LocalTime> end();

  /** {@return how long the session lasts, where the plan gives a length but no time span} */
  public abstract Optional<Duration> length();

  /** {@return the formats the session may be held in; at least one} */
  public abstract ImmutableSet<SessionFormat> formats();

  /** {@return how long the session lasts: its time span, or its stated length} */
  public Optional<Duration> duration() {
    if (start().isPresent() && end().isPresent()) {
      return Optional.of(Duration.between(start().get(), end().get()));
    }
    return length();
  }

  /** {@return a new builder} */
  public static Builder builder() {
    return ImmutableSession.builder();
  }

  /**
   * {@return a copy with the given title}
   *
   * @param title the copy's title; not blank
   * @throws InvalidValueException if the copy breaks a rule of the session
   */
  public abstract Session withTitle(String title);

  /**
   * {@return a copy with the given content}
   *
   * @param content the copy's content
   * @throws InvalidValueException if the copy breaks a rule of the session
   */
  public abstract Session withContent(String content);

  /**
   * {@return a copy with the given date}
   *
   * @param date the copy's date
   * @throws InvalidValueException if the copy breaks a rule of the session
   */
  public abstract Session withDate(LocalDate date);

  /**
   * {@return a copy with the given alternative dates}
   *
   * @param alternativeDates the copy's alternative dates
   * @throws InvalidValueException if the copy breaks a rule of the session
   */
  public abstract Session withAlternativeDates(Iterable<? extends LocalDate> alternativeDates);

  /**
   * {@return a copy with the given start time, or none if empty}
   *
   * @param start the copy's start time; empty for none
   * @throws InvalidValueException if the copy breaks a rule of the session
   */
  public abstract Session withStart(Optional<? extends LocalTime> start);

  /**
   * {@return a copy with the given end time, or none if empty}
   *
   * @param end the copy's end time; empty for none
   * @throws InvalidValueException if the copy breaks a rule of the session
   */
  public abstract Session withEnd(Optional<? extends LocalTime> end);

  /**
   * {@return a copy with the given length, or none if empty}
   *
   * @param length the copy's length; empty for none
   * @throws InvalidValueException if the copy breaks a rule of the session
   */
  public abstract Session withLength(Optional<? extends Duration> length);

  /**
   * {@return a copy with the given formats}
   *
   * @param formats the copy's formats; at least one
   * @throws InvalidValueException if the copy breaks a rule of the session
   */
  public abstract Session withFormats(Iterable<SessionFormat> formats);

  @Value.Check
  void check() {
    CoreMessages.requireNotBlank("title", title());
    CoreMessages.require(!formats().isEmpty(), "formats", "at least one format", formats());
    // the messages are built only when a check fails: sessions are checked as the catalogue loads
    if (start().isPresent() != end().isPresent()) {
      throw InvalidValueException.inconsistent(
          "start, end",
          "session " + Echo.quote(title()) + " must have both a start and an end time, or neither");
    }
    if (start().isPresent() && end().isPresent()) {
      if (!end().get().isAfter(start().get())) {
        throw InvalidValueException.inconsistent(
            "start, end",
            "session "
                + Echo.quote(title())
                + " on "
                + date()
                + " ends before it starts: end "
                + end().get()
                + " is not after start "
                + start().get());
      }
      if (length().isPresent()) {
        throw InvalidValueException.inconsistent(
            "start, end, length",
            "session " + Echo.quote(title()) + " gives both a time span and a length; give one");
      }
    }
    if (length().isPresent()) {
      Duration l = length().get();
      CoreMessages.require(!l.isNegative() && !l.isZero(), "length", "positive", l);
    }
    if (alternativeDates().contains(date())) {
      throw InvalidValueException.inconsistent(
          "date, alternativeDates",
          "session "
              + Echo.quote(title())
              + " lists its own date "
              + date()
              + " as an alternative");
    }
  }

  /** Builds a {@link Session} field by field; not thread-safe. */
  public interface Builder {

    /**
     * Sets every field from {@code instance}.
     *
     * @param instance the session to copy every field from
     * @return this builder
     */
    Builder from(Session instance);

    /**
     * Sets the title.
     *
     * @param title the title; not blank
     * @return this builder
     */
    Builder title(String title);

    /**
     * Sets what the session covers.
     *
     * @param content what the session covers
     * @return this builder
     */
    Builder content(String content);

    /**
     * Sets the date.
     *
     * @param date the date
     * @return this builder
     */
    Builder date(LocalDate date);

    /**
     * Adds one of the alternative dates.
     *
     * @param element the alternative date to add
     * @return this builder
     */
    Builder addAlternativeDate(LocalDate element);

    /**
     * Adds some of the alternative dates.
     *
     * @param elements the alternative dates to add, in order
     * @return this builder
     */
    Builder addAlternativeDates(LocalDate... elements);

    /**
     * Sets the alternative dates, replacing any added before.
     *
     * @param elements the alternative dates, in order
     * @return this builder
     */
    Builder alternativeDates(Iterable<? extends LocalDate> elements);

    /**
     * Adds some of the alternative dates.
     *
     * @param elements the alternative dates to add, in order
     * @return this builder
     */
    Builder addAllAlternativeDates(Iterable<? extends LocalDate> elements);

    /**
     * Sets the local start time.
     *
     * @param start the local start time
     * @return this builder
     */
    Builder start(LocalTime start);

    /**
     * Sets the local start time, or none if empty.
     *
     * @param start the local start time; empty for none
     * @return this builder
     */
    Builder start(Optional<? extends LocalTime> start);

    /**
     * Sets the local end time.
     *
     * @param end the local end time
     * @return this builder
     */
    Builder end(LocalTime end);

    /**
     * Sets the local end time, or none if empty.
     *
     * @param end the local end time; empty for none
     * @return this builder
     */
    Builder end(Optional<? extends LocalTime> end);

    /**
     * Sets how long the session lasts.
     *
     * @param length how long the session lasts
     * @return this builder
     */
    Builder length(Duration length);

    /**
     * Sets how long the session lasts, or none if empty.
     *
     * @param length how long the session lasts; empty for none
     * @return this builder
     */
    Builder length(Optional<? extends Duration> length);

    /**
     * Adds one of the formats.
     *
     * @param element the format to add
     * @return this builder
     */
    Builder addFormat(SessionFormat element);

    /**
     * Adds some of the formats.
     *
     * @param elements the formats to add, in order
     * @return this builder
     */
    Builder addFormats(SessionFormat... elements);

    /**
     * Sets the formats, replacing any added before.
     *
     * @param elements the formats, in order
     * @return this builder
     */
    Builder formats(Iterable<SessionFormat> elements);

    /**
     * Adds some of the formats.
     *
     * @param elements the formats to add, in order
     * @return this builder
     */
    Builder addAllFormats(Iterable<SessionFormat> elements);

    /**
     * Builds the session.
     *
     * @return the session
     * @throws InvalidValueException if the title is blank, there is no format, the length is not
     *     positive, or the times, length and dates contradict each other
     * @throws IllegalArgumentException if a required field is not set
     */
    Session build();
  }
}
