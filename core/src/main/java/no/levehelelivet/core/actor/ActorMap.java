package no.levehelelivet.core.actor;

import com.google.common.collect.ImmutableMap;
import com.google.common.collect.ImmutableSet;
import com.google.common.collect.Sets;
import java.util.Map;
import no.levehelelivet.core.InvalidValueException;
import no.levehelelivet.core.Source;
import no.levehelelivet.core.internal.BuildableValue;
import no.levehelelivet.core.internal.CoreMessages;
import org.immutables.value.Value;

/**
 * The actor map (<i>aktørkart</i>): the collaborating actors of the reform and the views that
 * highlight parts of them. A view is data — the set of actors it highlights — not a picture.
 *
 * <p>Every actor in a view is on the map, and the whole-map view shows every actor. Immutable and
 * thread-safe.
 */
@Value.Immutable
@BuildableValue
public abstract class ActorMap {

  ActorMap() {}

  /** {@return every actor on the map, in catalogue order} */
  public abstract ImmutableSet<CollaboratingActor> actors();

  /** {@return the actors each view highlights} */
  public abstract ImmutableMap<ActorMapView, ImmutableSet<CollaboratingActor>> views();

  /** {@return where the map comes from} */
  public abstract Source source();

  /**
   * {@return the actors highlighted in {@code view}; empty for a view the map does not have}
   *
   * @param view the view of the map, such as the whole map
   */
  public ImmutableSet<CollaboratingActor> actors(ActorMapView view) {
    ImmutableSet<CollaboratingActor> actors = views().get(view);
    return actors == null ? ImmutableSet.of() : actors;
  }

  /** {@return a new builder} */
  public static Builder builder() {
    return ImmutableActorMap.builder();
  }

  /**
   * {@return a copy with the given actors}
   *
   * @param actors the copy's actors
   * @throws InvalidValueException if the copy breaks a rule of the actor map
   */
  public abstract ActorMap withActors(Iterable<CollaboratingActor> actors);

  /**
   * {@return a copy with the given views}
   *
   * @param views the copy's views
   * @throws InvalidValueException if the copy breaks a rule of the actor map
   */
  public abstract ActorMap withViews(
      Map<ActorMapView, ? extends ImmutableSet<CollaboratingActor>> views);

  /**
   * {@return a copy with the given source}
   *
   * @param source the copy's source
   * @throws InvalidValueException if the copy breaks a rule of the actor map
   */
  public abstract ActorMap withSource(Source source);

  @Value.Check
  void check() {
    for (Map.Entry<ActorMapView, ImmutableSet<CollaboratingActor>> view : views().entrySet()) {
      Sets.SetView<CollaboratingActor> missing = Sets.difference(view.getValue(), actors());
      if (!missing.isEmpty()) {
        throw InvalidValueException.inconsistent(
            "actors, views",
            "view \"" + view.getKey().code() + "\" shows actors not on the map: " + missing);
      }
    }
    ImmutableSet<CollaboratingActor> whole = views().get(ActorMapView.WHOLE_MAP);
    CoreMessages.requireConsistent(
        whole == null || whole.equals(actors()),
        "actors, views",
        "the whole-map view must show every actor on the map");
  }

  /** Builds an {@link ActorMap} field by field; not thread-safe. */
  public interface Builder {

    /**
     * Sets every field from {@code instance}.
     *
     * @param instance the actor map to copy every field from
     * @return this builder
     */
    Builder from(ActorMap instance);

    /**
     * Adds one of the actors on the map.
     *
     * @param element the actor to add
     * @return this builder
     */
    Builder addActor(CollaboratingActor element);

    /**
     * Adds some of the actors on the map.
     *
     * @param elements the actors on the map to add, in order
     * @return this builder
     */
    Builder addActors(CollaboratingActor... elements);

    /**
     * Sets the actors on the map, replacing any added before.
     *
     * @param elements the actors on the map, in order
     * @return this builder
     */
    Builder actors(Iterable<CollaboratingActor> elements);

    /**
     * Adds some of the actors on the map.
     *
     * @param elements the actors on the map to add, in order
     * @return this builder
     */
    Builder addAllActors(Iterable<CollaboratingActor> elements);

    /**
     * Sets the actors one view highlights.
     *
     * @param key the actors one view highlights
     * @param value the actors one view highlights
     * @return this builder
     */
    Builder putView(ActorMapView key, ImmutableSet<CollaboratingActor> value);

    /**
     * Sets the actors one view highlights.
     *
     * @param entry the actors one view highlights
     * @return this builder
     */
    Builder putView(Map.Entry<ActorMapView, ? extends ImmutableSet<CollaboratingActor>> entry);

    /**
     * Sets the views, replacing any put before.
     *
     * @param entries the views, in order
     * @return this builder
     */
    Builder views(Map<ActorMapView, ? extends ImmutableSet<CollaboratingActor>> entries);

    /**
     * Sets the actors some views highlight.
     *
     * @param entries the actors some views highlight
     * @return this builder
     */
    Builder putAllViews(Map<ActorMapView, ? extends ImmutableSet<CollaboratingActor>> entries);

    /**
     * Sets where the map comes from.
     *
     * @param source where the map comes from
     * @return this builder
     */
    Builder source(Source source);

    /**
     * Builds the actor map.
     *
     * @return the actor map
     * @throws InvalidValueException if a view shows an actor not on the map, or the whole-map view
     *     does not show every actor
     * @throws IllegalArgumentException if a required field is not set
     */
    ActorMap build();
  }
}
