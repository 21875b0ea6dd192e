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
    return ImmutableMeasure.builder();
  }

  /**
   * Returns a copy with the given title.
   *
   * @throws InvalidValueException if the copy breaks a rule of the measure
   */
  public abstract Measure withTitle(String title);

  /**
   * Returns a copy with the given description.
   *
   * @throws InvalidValueException if the copy breaks a rule of the measure
   */
  public abstract Measure withDescription(String description);

  /**
   * Returns a copy with the given description, or none if empty.
   *
   * @throws InvalidValueException if the copy breaks a rule of the measure
   */
  public abstract Measure withDescription(Optional<String> description);

  /**
   * Returns a copy with the given focus areas.
   *
   * @throws InvalidValueException if the copy breaks a rule of the measure
   */
  public abstract Measure withFocusAreas(Iterable<FocusArea> focusAreas);

  /**
   * Returns a copy with the given solutions.
   *
   * @throws InvalidValueException if the copy breaks a rule of the measure
   */
  public abstract Measure withSolutions(Iterable<Solution> solutions);

  /**
   * Returns a copy with the given responsible sector.
   *
   * @throws InvalidValueException if the copy breaks a rule of the measure
   */
  public abstract Measure withResponsibleSector(Sector responsibleSector);

  /**
   * Returns a copy with the given collaborating actors.
   *
   * @throws InvalidValueException if the copy breaks a rule of the measure
   */
  public abstract Measure withCollaborators(Iterable<CollaboratingActor> collaborators);

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

  /** Builds a {@link Measure} field by field; not thread-safe. */
  public interface Builder {

    /** Sets every field from {@code instance}. */
    Builder from(Measure instance);

    /** Sets the title. */
    Builder title(String title);

    /** Sets the description. */
    Builder description(String description);

    /** Sets the description, or none if empty. */
    Builder description(Optional<String> description);

    /** Adds one of the focus areas. */
    Builder addFocusArea(FocusArea element);

    /** Adds some of the focus areas. */
    Builder addFocusAreas(FocusArea... elements);

    /** Sets the focus areas, replacing any added before. */
    Builder focusAreas(Iterable<FocusArea> elements);

    /** Adds some of the focus areas. */
    Builder addAllFocusAreas(Iterable<FocusArea> elements);

    /** Adds one of the solutions. */
    Builder addSolution(Solution element);

    /** Adds some of the solutions. */
    Builder addSolutions(Solution... elements);

    /** Sets the solutions, replacing any added before. */
    Builder solutions(Iterable<Solution> elements);

    /** Adds some of the solutions. */
    Builder addAllSolutions(Iterable<Solution> elements);

    /** Sets the responsible sector. */
    Builder responsibleSector(Sector responsibleSector);

    /** Adds one of the collaborating actors. */
    Builder addCollaborator(CollaboratingActor element);

    /** Adds some of the collaborating actors. */
    Builder addCollaborators(CollaboratingActor... elements);

    /** Sets the collaborating actors, replacing any added before. */
    Builder collaborators(Iterable<CollaboratingActor> elements);

    /** Adds some of the collaborating actors. */
    Builder addAllCollaborators(Iterable<CollaboratingActor> elements);

    /**
     * Builds the measure.
     *
     * @throws InvalidValueException if the title is blank, there is no focus area, or a solution is
     *     outside the focus areas
     * @throws IllegalArgumentException if a required field is not set
     */
    Measure build();
  }
}
