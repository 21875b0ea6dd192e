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
    return new Builder();
  }

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

  /** Builds a {@link Session}. */
  public static final class Builder extends ImmutableSession.Builder {
    Builder() {}
  }
}
