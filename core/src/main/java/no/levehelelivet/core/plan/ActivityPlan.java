package no.levehelelivet.core.plan;

import com.google.common.collect.ImmutableList;
import java.time.ZoneId;
import java.util.Optional;
import no.levehelelivet.core.Coded;
import no.levehelelivet.core.InvalidValueException;
import no.levehelelivet.core.Source;
import no.levehelelivet.core.internal.BuildableValue;
import no.levehelelivet.core.internal.CoreMessages;
import org.immutables.value.Value;

/**
 * An activity plan (<i>aktivitetsplan</i>): the sessions a support body runs with municipalities
 * over a season, such as the USHT Viken plan of the course material.
 *
 * <p>Immutable and thread-safe.
 */
@Value.Immutable
@BuildableValue
public abstract class ActivityPlan implements Coded {

  ActivityPlan() {}

  /** The plan's stable code, for example {@code "usht-viken-2020"}. */
  @Override
  public abstract String code();

  /** The plan's title, for example "Aktivitetsplan USHT – Viken". */
  public abstract String title();

  /** Who runs the plan, for example "USHT-ene i Viken". */
  public abstract String organiser();

  /** The time zone the plan's local dates and times are in; Europe/Oslo unless said otherwise. */
  @Value.Default
  public ZoneId zone() {
    return ZoneId.of("Europe/Oslo");
  }

  /** The sessions, in the plan's order. */
  public abstract ImmutableList<Session> sessions();

  /** How the sessions work, as the plan describes it (<i>metode</i>). */
  public abstract ImmutableList<String> methods();

  /** Where the plan comes from. */
  public abstract Optional<Source> source();

  /** Returns a new builder. */
  public static Builder builder() {
    return ImmutableActivityPlan.builder();
  }

  /**
   * Returns a copy with the given code.
   *
   * @throws InvalidValueException if the copy breaks a rule of the activity plan
   */
  public abstract ActivityPlan withCode(String code);

  /**
   * Returns a copy with the given title.
   *
   * @throws InvalidValueException if the copy breaks a rule of the activity plan
   */
  public abstract ActivityPlan withTitle(String title);

  /**
   * Returns a copy with the given organiser.
   *
   * @throws InvalidValueException if the copy breaks a rule of the activity plan
   */
  public abstract ActivityPlan withOrganiser(String organiser);

  /**
   * Returns a copy with the given time zone.
   *
   * @throws InvalidValueException if the copy breaks a rule of the activity plan
   */
  public abstract ActivityPlan withZone(ZoneId zone);

  /**
   * Returns a copy with the given sessions.
   *
   * @throws InvalidValueException if the copy breaks a rule of the activity plan
   */
  public abstract ActivityPlan withSessions(Iterable<? extends Session> sessions);

  /**
   * Returns a copy with the given methods.
   *
   * @throws InvalidValueException if the copy breaks a rule of the activity plan
   */
  public abstract ActivityPlan withMethods(Iterable<String> methods);

  /**
   * Returns a copy with the given source.
   *
   * @throws InvalidValueException if the copy breaks a rule of the activity plan
   */
  public abstract ActivityPlan withSource(Source source);

  /**
   * Returns a copy with the given source, or none if empty.
   *
   * @throws InvalidValueException if the copy breaks a rule of the activity plan
   */
  public abstract ActivityPlan withSource(Optional<? extends Source> source);

  @Value.Check
  void check() {
    CoreMessages.requireCode("code", code());
    CoreMessages.requireNotBlank("title", title());
    CoreMessages.requireNotBlank("organiser", organiser());
    CoreMessages.require(!sessions().isEmpty(), "sessions", "at least one session", sessions());
  }

  /** Builds an {@link ActivityPlan} field by field; not thread-safe. */
  public interface Builder {

    /** Sets every field from {@code instance}. */
    Builder from(ActivityPlan instance);

    /** Sets the code. */
    Builder code(String code);

    /** Sets the title. */
    Builder title(String title);

    /** Sets who runs the plan. */
    Builder organiser(String organiser);

    /** Sets the time zone. */
    Builder zone(ZoneId zone);

    /** Adds one of the sessions. */
    Builder addSession(Session element);

    /** Adds some of the sessions. */
    Builder addSessions(Session... elements);

    /** Sets the sessions, replacing any added before. */
    Builder sessions(Iterable<? extends Session> elements);

    /** Adds some of the sessions. */
    Builder addAllSessions(Iterable<? extends Session> elements);

    /** Adds one of the methods. */
    Builder addMethod(String element);

    /** Adds some of the methods. */
    Builder addMethods(String... elements);

    /** Sets the methods, replacing any added before. */
    Builder methods(Iterable<String> elements);

    /** Adds some of the methods. */
    Builder addAllMethods(Iterable<String> elements);

    /** Sets where the plan comes from. */
    Builder source(Source source);

    /** Sets where the plan comes from, or none if empty. */
    Builder source(Optional<? extends Source> source);

    /**
     * Builds the activity plan.
     *
     * @throws InvalidValueException if the code is not well formed, the title or organiser is
     *     blank, or there is no session
     * @throws IllegalArgumentException if a required field is not set
     */
    ActivityPlan build();
  }
}
