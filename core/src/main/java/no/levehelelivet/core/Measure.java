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

  /** {@return the measure's title, for example "Måltidsvenner i hjemmetjenesten"} */
  public abstract String title();

  /** {@return a longer description of the measure, if any} */
  public abstract Optional<String> description();

  /** {@return the focus areas the measure serves; at least one} */
  public abstract ImmutableSet<FocusArea> focusAreas();

  /** {@return the solutions the measure serves, each in one of {@link #focusAreas()}} */
  public abstract ImmutableSet<Solution> solutions();

  /** {@return the municipal sector responsible for the measure} */
  public abstract Sector responsibleSector();

  /** {@return the actors the measure works with} */
  public abstract ImmutableSet<CollaboratingActor> collaborators();

  /** {@return a new builder} */
  public static Builder builder() {
    return ImmutableMeasure.builder();
  }

  /**
   * {@return a copy with the given title}
   *
   * @param title the copy's title; not blank
   * @throws InvalidValueException if the copy breaks a rule of the measure
   */
  public abstract Measure withTitle(String title);

  /**
   * {@return a copy with the given description}
   *
   * @param description the copy's description; not blank
   * @throws InvalidValueException if the copy breaks a rule of the measure
   */
  public abstract Measure withDescription(String description);

  /**
   * {@return a copy with the given description, or none if empty}
   *
   * @param description the copy's description; not blank, or empty for none
   * @throws InvalidValueException if the copy breaks a rule of the measure
   */
  public abstract Measure withDescription(Optional<String> description);

  /**
   * {@return a copy with the given focus areas}
   *
   * @param focusAreas the copy's focus areas; at least one
   * @throws InvalidValueException if the copy breaks a rule of the measure
   */
  public abstract Measure withFocusAreas(Iterable<FocusArea> focusAreas);

  /**
   * {@return a copy with the given solutions}
   *
   * @param solutions the copy's solutions
   * @throws InvalidValueException if the copy breaks a rule of the measure
   */
  public abstract Measure withSolutions(Iterable<Solution> solutions);

  /**
   * {@return a copy with the given responsible sector}
   *
   * @param responsibleSector the copy's responsible sector
   * @throws InvalidValueException if the copy breaks a rule of the measure
   */
  public abstract Measure withResponsibleSector(Sector responsibleSector);

  /**
   * {@return a copy with the given collaborating actors}
   *
   * @param collaborators the copy's collaborating actors
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

    /**
     * Sets every field from {@code instance}.
     *
     * @param instance the measure to copy every field from
     * @return this builder
     */
    Builder from(Measure instance);

    /**
     * Sets the title.
     *
     * @param title the title; not blank
     * @return this builder
     */
    Builder title(String title);

    /**
     * Sets the description.
     *
     * @param description the description; not blank
     * @return this builder
     */
    Builder description(String description);

    /**
     * Sets the description, or none if empty.
     *
     * @param description the description; not blank, or empty for none
     * @return this builder
     */
    Builder description(Optional<String> description);

    /**
     * Adds one of the focus areas.
     *
     * @param element the focus area to add
     * @return this builder
     */
    Builder addFocusArea(FocusArea element);

    /**
     * Adds some of the focus areas.
     *
     * @param elements the focus areas to add, in order
     * @return this builder
     */
    Builder addFocusAreas(FocusArea... elements);

    /**
     * Sets the focus areas, replacing any added before.
     *
     * @param elements the focus areas, in order
     * @return this builder
     */
    Builder focusAreas(Iterable<FocusArea> elements);

    /**
     * Adds some of the focus areas.
     *
     * @param elements the focus areas to add, in order
     * @return this builder
     */
    Builder addAllFocusAreas(Iterable<FocusArea> elements);

    /**
     * Adds one of the solutions.
     *
     * @param element the solution to add
     * @return this builder
     */
    Builder addSolution(Solution element);

    /**
     * Adds some of the solutions.
     *
     * @param elements the solutions to add, in order
     * @return this builder
     */
    Builder addSolutions(Solution... elements);

    /**
     * Sets the solutions, replacing any added before.
     *
     * @param elements the solutions, in order
     * @return this builder
     */
    Builder solutions(Iterable<Solution> elements);

    /**
     * Adds some of the solutions.
     *
     * @param elements the solutions to add, in order
     * @return this builder
     */
    Builder addAllSolutions(Iterable<Solution> elements);

    /**
     * Sets the responsible sector.
     *
     * @param responsibleSector the responsible sector
     * @return this builder
     */
    Builder responsibleSector(Sector responsibleSector);

    /**
     * Adds one of the collaborating actors.
     *
     * @param element the collaborating actor to add
     * @return this builder
     */
    Builder addCollaborator(CollaboratingActor element);

    /**
     * Adds some of the collaborating actors.
     *
     * @param elements the collaborating actors to add, in order
     * @return this builder
     */
    Builder addCollaborators(CollaboratingActor... elements);

    /**
     * Sets the collaborating actors, replacing any added before.
     *
     * @param elements the collaborating actors, in order
     * @return this builder
     */
    Builder collaborators(Iterable<CollaboratingActor> elements);

    /**
     * Adds some of the collaborating actors.
     *
     * @param elements the collaborating actors to add, in order
     * @return this builder
     */
    Builder addAllCollaborators(Iterable<CollaboratingActor> elements);

    /**
     * Builds the measure.
     *
     * @return the measure
     * @throws InvalidValueException if the title is blank, there is no focus area, or a solution is
     *     outside the focus areas
     * @throws IllegalArgumentException if a required field is not set
     */
    Measure build();
  }
}
