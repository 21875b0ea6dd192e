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

  /** {@return the plan's title, for example "Aktivitetsplan USHT – Viken"} */
  public abstract String title();

  /** {@return who runs the plan, for example "USHT-ene i Viken"} */
  public abstract String organiser();

  /**
   * {@return the time zone the plan's local dates and times are in; Europe/Oslo unless said
   * otherwise}
   */
  @Value.Default
  public ZoneId zone() {
    return ZoneId.of("Europe/Oslo");
  }

  /** {@return the sessions, in the plan's order} */
  public abstract ImmutableList<Session> sessions();

  /** {@return how the sessions work, as the plan describes it (<i>metode</i>)} */
  public abstract ImmutableList<String> methods();

  /** {@return where the plan comes from} */
  public abstract Optional<Source> source();

  /** {@return a new builder} */
  public static Builder builder() {
    return ImmutableActivityPlan.builder();
  }

  /**
   * {@return a copy with the given code}
   *
   * @param code the copy's code; well formed, as {@link Coded#isWellFormed(String)} requires
   * @throws InvalidValueException if the copy breaks a rule of the activity plan
   */
  public abstract ActivityPlan withCode(String code);

  /**
   * {@return a copy with the given title}
   *
   * @param title the copy's title; not blank
   * @throws InvalidValueException if the copy breaks a rule of the activity plan
   */
  public abstract ActivityPlan withTitle(String title);

  /**
   * {@return a copy with the given organiser}
   *
   * @param organiser the copy's organiser; not blank
   * @throws InvalidValueException if the copy breaks a rule of the activity plan
   */
  public abstract ActivityPlan withOrganiser(String organiser);

  /**
   * {@return a copy with the given time zone}
   *
   * @param zone the copy's time zone
   * @throws InvalidValueException if the copy breaks a rule of the activity plan
   */
  public abstract ActivityPlan withZone(ZoneId zone);

  /**
   * {@return a copy with the given sessions}
   *
   * @param sessions the copy's sessions; at least one
   * @throws InvalidValueException if the copy breaks a rule of the activity plan
   */
  public abstract ActivityPlan withSessions(Iterable<? extends Session> sessions);

  /**
   * {@return a copy with the given methods}
   *
   * @param methods the copy's methods
   * @throws InvalidValueException if the copy breaks a rule of the activity plan
   */
  public abstract ActivityPlan withMethods(Iterable<String> methods);

  /**
   * {@return a copy with the given source}
   *
   * @param source the copy's source
   * @throws InvalidValueException if the copy breaks a rule of the activity plan
   */
  public abstract ActivityPlan withSource(Source source);

  /**
   * {@return a copy with the given source, or none if empty}
   *
   * @param source the copy's source; empty for none
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

    /**
     * Sets every field from {@code instance}.
     *
     * @param instance the activity plan to copy every field from
     * @return this builder
     */
    Builder from(ActivityPlan instance);

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
     * @param title the title; not blank
     * @return this builder
     */
    Builder title(String title);

    /**
     * Sets who runs the plan.
     *
     * @param organiser who runs the plan; not blank
     * @return this builder
     */
    Builder organiser(String organiser);

    /**
     * Sets the time zone.
     *
     * @param zone the time zone
     * @return this builder
     */
    Builder zone(ZoneId zone);

    /**
     * Adds one of the sessions.
     *
     * @param element the session to add
     * @return this builder
     */
    Builder addSession(Session element);

    /**
     * Adds some of the sessions.
     *
     * @param elements the sessions to add, in order
     * @return this builder
     */
    Builder addSessions(Session... elements);

    /**
     * Sets the sessions, replacing any added before.
     *
     * @param elements the sessions, in order
     * @return this builder
     */
    Builder sessions(Iterable<? extends Session> elements);

    /**
     * Adds some of the sessions.
     *
     * @param elements the sessions to add, in order
     * @return this builder
     */
    Builder addAllSessions(Iterable<? extends Session> elements);

    /**
     * Adds one of the methods.
     *
     * @param element the method to add
     * @return this builder
     */
    Builder addMethod(String element);

    /**
     * Adds some of the methods.
     *
     * @param elements the methods to add, in order
     * @return this builder
     */
    Builder addMethods(String... elements);

    /**
     * Sets the methods, replacing any added before.
     *
     * @param elements the methods, in order
     * @return this builder
     */
    Builder methods(Iterable<String> elements);

    /**
     * Adds some of the methods.
     *
     * @param elements the methods to add, in order
     * @return this builder
     */
    Builder addAllMethods(Iterable<String> elements);

    /**
     * Sets where the plan comes from.
     *
     * @param source where the plan comes from
     * @return this builder
     */
    Builder source(Source source);

    /**
     * Sets where the plan comes from, or none if empty.
     *
     * @param source where the plan comes from; empty for none
     * @return this builder
     */
    Builder source(Optional<? extends Source> source);

    /**
     * Builds the activity plan.
     *
     * @return the activity plan
     * @throws InvalidValueException if the code is not well formed, the title or organiser is
     *     blank, or there is no session
     * @throws IllegalArgumentException if a required field is not set
     */
    ActivityPlan build();
  }
}
