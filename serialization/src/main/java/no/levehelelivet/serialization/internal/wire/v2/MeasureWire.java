package no.levehelelivet.serialization.internal.wire.v2;

import com.google.common.collect.ImmutableMap;
import java.util.List;
import no.levehelelivet.core.FocusArea;
import no.levehelelivet.core.Measure;
import no.levehelelivet.core.Solution;
import no.levehelelivet.core.actor.CollaboratingActor;
import no.levehelelivet.core.municipality.Sector;
import no.levehelelivet.serialization.internal.DocumentBinder;
import no.levehelelivet.serialization.internal.Fields;
import no.levehelelivet.serialization.internal.JsonOut;
import org.jspecify.annotations.Nullable;

/**
 * The {@code measure} document, major 2. Members, in this order: {@code title}, optional {@code
 * description}, {@code focusAreas} (codes of {@link FocusArea}, a set), {@code solutions} (codes of
 * {@link Solution}, a set), {@code responsibleSector} (a code of {@link Sector}) and {@code
 * collaborators} (codes of {@link Actor}, a set).
 */
final class MeasureWire implements DocumentBinder<Measure> {

  /** The binder. */
  public static final MeasureWire INSTANCE = new MeasureWire();

  private MeasureWire() {}

  @Override
  public void write(JsonOut out, Measure measure) {
    out.string("title", measure.title());
    out.optional("description", measure.description());
    out.codes("focusAreas", measure.focusAreas());
    out.codes("solutions", measure.solutions());
    out.code("responsibleSector", measure.responsibleSector());
    out.codes("collaborators", measure.collaborators());
  }

  /** Minor 3 for a measure whose collaborators include an actor minor 3 added, otherwise 0. */
  @Override
  public int minor(Measure measure) {
    return measure.collaborators().contains(CollaboratingActor.MINISTRY_OF_EDUCATION_AND_RESEARCH)
        ? 3
        : 0;
  }

  @SuppressWarnings("NullAway") // build() runs the builder only when every required member is bound
  @Override
  public @Nullable Measure read(Fields fields) {
    String title = fields.string("title");
    String description = fields.optionalString("description");
    List<FocusArea> focusAreas = fields.codes("focusAreas", FocusArea::fromCode);
    List<Solution> solutions = fields.codes("solutions", Solution::fromCode);
    Sector sector = fields.code("responsibleSector", true, Sector::fromCode);
    List<CollaboratingActor> collaborators =
        fields.codes("collaborators", CollaboratingActor::fromCode);
    return fields.build(
        ImmutableMap.of(),
        () -> {
          Measure.Builder builder =
              Measure.builder()
                  .title(title)
                  .addAllFocusAreas(focusAreas)
                  .addAllSolutions(solutions)
                  .responsibleSector(sector)
                  .addAllCollaborators(collaborators);
          if (description != null) {
            builder.description(description);
          }
          return builder.build();
        });
  }
}
