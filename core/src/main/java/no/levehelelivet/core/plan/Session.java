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

  /** The title, for example "Samling 1 – Oppstartseminar". */
  public abstract String title();

  /** What the session covers; may be empty. */
  @Value.Default
  public String content() {
    return "";
  }

  /** The date the session is held. */
  public abstract LocalDate date();

  /** Other dates the session may be held on instead of {@link #date()}, where it is not settled. */
  public abstract ImmutableList<LocalDate> alternativeDates();

  /** The local start time, where the plan gives a time span. */
  public abstract Optional<LocalTime> start();

  /** The local end time, where the plan gives a time span. */
  public abstract Optional<LocalTime> end();

  /** How long the session lasts, where the plan gives a length but no time span. */
  public abstract Optional<Duration> length();

  /** The formats the session may be held in; at least one. */
  public abstract ImmutableSet<SessionFormat> formats();

  /** How long the session lasts: its time span, or its stated length. */
  public Optional<Duration> duration() {
    if (start().isPresent() && end().isPresent()) {
      return Optional.of(Duration.between(start().get(), end().get()));
    }
    return length();
  }

  /** Returns a new builder. */
  public static Builder builder() {
    return ImmutableSession.builder();
  }

  /**
   * Returns a copy with the given title.
   *
   * @throws InvalidValueException if the copy breaks a rule of the session
   */
  public abstract Session withTitle(String title);

  /**
   * Returns a copy with the given content.
   *
   * @throws InvalidValueException if the copy breaks a rule of the session
   */
  public abstract Session withContent(String content);

  /**
   * Returns a copy with the given date.
   *
   * @throws InvalidValueException if the copy breaks a rule of the session
   */
  public abstract Session withDate(LocalDate date);

  /**
   * Returns a copy with the given alternative dates.
   *
   * @throws InvalidValueException if the copy breaks a rule of the session
   */
  public abstract Session withAlternativeDates(Iterable<? extends LocalDate> alternativeDates);

  /**
   * Returns a copy with the given start time, or none if empty.
   *
   * @throws InvalidValueException if the copy breaks a rule of the session
   */
  public abstract Session withStart(Optional<? extends LocalTime> start);

  /**
   * Returns a copy with the given end time, or none if empty.
   *
   * @throws InvalidValueException if the copy breaks a rule of the session
   */
  public abstract Session withEnd(Optional<? extends LocalTime> end);

  /**
   * Returns a copy with the given length, or none if empty.
   *
   * @throws InvalidValueException if the copy breaks a rule of the session
   */
  public abstract Session withLength(Optional<? extends Duration> length);

  /**
   * Returns a copy with the given formats.
   *
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

    /** Sets every field from {@code instance}. */
    Builder from(Session instance);

    /** Sets the title. */
    Builder title(String title);

    /** Sets what the session covers. */
    Builder content(String content);

    /** Sets the date. */
    Builder date(LocalDate date);

    /** Adds one of the alternative dates. */
    Builder addAlternativeDate(LocalDate element);

    /** Adds some of the alternative dates. */
    Builder addAlternativeDates(LocalDate... elements);

    /** Sets the alternative dates, replacing any added before. */
    Builder alternativeDates(Iterable<? extends LocalDate> elements);

    /** Adds some of the alternative dates. */
    Builder addAllAlternativeDates(Iterable<? extends LocalDate> elements);

    /** Sets the local start time. */
    Builder start(LocalTime start);

    /** Sets the local start time, or none if empty. */
    Builder start(Optional<? extends LocalTime> start);

    /** Sets the local end time. */
    Builder end(LocalTime end);

    /** Sets the local end time, or none if empty. */
    Builder end(Optional<? extends LocalTime> end);

    /** Sets how long the session lasts. */
    Builder length(Duration length);

    /** Sets how long the session lasts, or none if empty. */
    Builder length(Optional<? extends Duration> length);

    /** Adds one of the formats. */
    Builder addFormat(SessionFormat element);

    /** Adds some of the formats. */
    Builder addFormats(SessionFormat... elements);

    /** Sets the formats, replacing any added before. */
    Builder formats(Iterable<SessionFormat> elements);

    /** Adds some of the formats. */
    Builder addAllFormats(Iterable<SessionFormat> elements);

    /**
     * Builds the session.
     *
     * @throws InvalidValueException if the title is blank, there is no format, the length is not
     *     positive, or the times, length and dates contradict each other
     * @throws IllegalArgumentException if a required field is not set
     */
    Session build();
  }
}
