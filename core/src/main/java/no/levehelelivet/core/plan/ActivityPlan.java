package no.levehelelivet.core.plan;

import com.google.common.collect.ImmutableList;
import java.time.ZoneId;
import java.util.Optional;
import no.levehelelivet.core.Coded;
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
    return new Builder();
  }

  @Value.Check
  void check() {
    CoreMessages.requireCode("code", code());
    CoreMessages.requireNotBlank("title", title());
    CoreMessages.requireNotBlank("organiser", organiser());
    CoreMessages.require(!sessions().isEmpty(), "sessions", "at least one session", sessions());
  }

  /** Builds an {@link ActivityPlan}. */
  public static final class Builder extends ImmutableActivityPlan.Builder {
    Builder() {}
  }
}
