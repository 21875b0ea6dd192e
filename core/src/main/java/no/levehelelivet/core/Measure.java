package no.levehelelivet.core;

import com.google.common.collect.ImmutableSet;
import java.util.Optional;
import no.levehelelivet.core.actor.CollaboratingActor;
import no.levehelelivet.core.internal.BuildableValue;
import no.levehelelivet.core.internal.CoreMessages;
import no.levehelelivet.core.internal.Echo;
import no.levehelelivet.core.municipality.Sector;
import org.immutables.value.Value;

/**
 * A local measure (<i>tiltak</i>) in a municipality's plan for the reform: what the municipality
 * will do, the focus areas and solutions it serves, the sector responsible for it and the actors it
 * works with.
 *
 * <p>Every solution a measure serves belongs to one of its focus areas. Immutable and thread-safe.
 */
@Value.Immutable
@BuildableValue
public abstract class Measure {

  Measure() {}

  /** The measure's title, for example "Måltidsvenner i hjemmetjenesten". */
  public abstract String title();

  /** A longer description of the measure, if any. */
  public abstract Optional<String> description();

  /** The focus areas the measure serves; at least one. */
  public abstract ImmutableSet<FocusArea> focusAreas();

  /** The solutions the measure serves, each in one of {@link #focusAreas()}. */
  public abstract ImmutableSet<Solution> solutions();

  /** The municipal sector responsible for the measure. */
  public abstract Sector responsibleSector();

  /** The actors the measure works with. */
  public abstract ImmutableSet<CollaboratingActor> collaborators();

  /** Returns a new builder. */
  public static Builder builder() {
    return new Builder();
  }

  @Value.Check
  void check() {
    CoreMessages.requireNotBlank("title", title());
    description().ifPresent(d -> CoreMessages.requireNotBlank("description", d));
    CoreMessages.require(
        !focusAreas().isEmpty(), "focusAreas", "at least one focus area", focusAreas());
    for (Solution solution : solutions()) {
      if (!focusAreas().contains(solution.focusArea())) {
        throw InvalidValueException.inconsistent(
            "focusAreas, solutions",
            "measure "
                + Echo.quote(title())
                + " serves solution \""
                + solution.code()
                + "\" of focus area \""
                + solution.focusArea().code()
                + "\", which is not among its focus areas "
                + focusAreas());
      }
    }
  }

  /** Builds a {@link Measure}. */
  public static final class Builder extends ImmutableMeasure.Builder {
    Builder() {}
  }
}
