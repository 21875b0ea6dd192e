package no.levehelelivet.serialization.internal.wire.v2;

import java.util.List;
import java.util.function.Function;
import no.levehelelivet.core.Catalogue;
import no.levehelelivet.core.Concept;
import no.levehelelivet.core.FocusArea;
import no.levehelelivet.core.Labelled;
import no.levehelelivet.core.Language;
import no.levehelelivet.core.Solution;
import no.levehelelivet.core.actor.ActorMap;
import no.levehelelivet.core.actor.ActorMapView;
import no.levehelelivet.core.actor.CollaboratingActor;
import no.levehelelivet.core.demography.KeyFigure;
import no.levehelelivet.core.guide.GuideSection;
import no.levehelelivet.core.guide.ReformExample;
import no.levehelelivet.core.municipality.MunicipalRole;
import no.levehelelivet.core.municipality.SectorChallenge;
import no.levehelelivet.serialization.internal.DocumentBinder;
import no.levehelelivet.serialization.internal.Fields;
import no.levehelelivet.serialization.internal.JsonOut;
import org.jspecify.annotations.Nullable;

/**
 * The {@code catalogue} document, major 2, written only: the whole catalogue for integrators who
 * are not on the JVM. Every label is a localized text with {@code nb}, {@code nn} and {@code en}.
 * Members, in this order:
 *
 * <ol>
 *   <li>{@code reformName}: a localized text; {@code whitePaper}: a source;
 *   <li>{@code focusAreas}: {@code code}, {@code label}, {@code status}, {@code source}, {@code
 *       solutions} (codes, in the white paper's order);
 *   <li>{@code solutions}: {@code code}, {@code focusArea}, {@code label}, {@code description},
 *       {@code status}, {@code source};
 *   <li>{@code actors}: {@code code}, {@code level}, optional {@code parent}, {@code label};
 *   <li>{@code actorMap}: {@code actors} (codes), {@code views} ({@code code}, {@code label},
 *       {@code actors}), {@code source};
 *   <li>{@code sectors}, {@code governanceParadigms}, {@code changeKinds}, {@code guideThemes},
 *       {@code anchoringSteps}: {@code code} and {@code label}; {@code municipalRoles}: {@code
 *       code}, {@code paradigm}, {@code label}, {@code motto}, {@code slogan};
 *   <li>{@code reflectionQuestions}, {@code milestones}, {@code activityPlans}: each item as the
 *       body of its own document type;
 *   <li>{@code concepts}: the seed concepts, each with {@code type} (its kind, such as {@code
 *       guide-section}), {@code code}, {@code label}, {@code description}, {@code status}, {@code
 *       source}, an optional {@code quotation} ({@code text}, {@code language}, {@code source}),
 *       and the facts of its kind where it has them: {@code number}, {@code theme} and {@code
 *       standardPhases} of a guide section; {@code municipality} ({@code name}, {@code number}),
 *       {@code countyNumber}, {@code initiator} and {@code spellingInSource} of an example; {@code
 *       educationSector} and {@code healthServices} of a sector challenge; {@code value}, {@code
 *       unit} and {@code approximate} of a key figure.
 * </ol>
 *
 * <p>Every list is in the catalogue's own order.
 */
final class CatalogueWire implements DocumentBinder<Catalogue> {

  /** The binder. */
  public static final CatalogueWire INSTANCE = new CatalogueWire();

  private CatalogueWire() {}

  /** Minor 3 for a catalogue listing an actor minor 3 added, otherwise 0. */
  @Override
  public int minor(Catalogue catalogue) {
    return catalogue.actors().contains(CollaboratingActor.MINISTRY_OF_EDUCATION_AND_RESEARCH)
        ? 3
        : 0;
  }

  @Override
  public void write(JsonOut out, Catalogue catalogue) {
    labels(out, "reformName", catalogue::reformName);
    CommonWire.writeSource(out, "whitePaper", catalogue.whitePaper());
    out.startArray("focusAreas");
    for (FocusArea area : catalogue.focusAreas()) {
      out.startObject();
      out.string("code", area.code());
      labels(out, "label", area::label);
      out.code("status", area.status());
      CommonWire.writeSource(out, "source", area.source());
      out.startArray("solutions");
      catalogue.solutions(area).forEach(s -> out.string(s.code()));
      out.endArray();
      out.endObject();
    }
    out.endArray();
    out.startArray("solutions");
    for (Solution solution : catalogue.solutions()) {
      out.startObject();
      out.string("code", solution.code());
      out.code("focusArea", solution.focusArea());
      labels(out, "label", solution::label);
      labels(out, "description", solution::description);
      out.code("status", solution.status());
      CommonWire.writeSource(out, "source", solution.source());
      out.endObject();
    }
    out.endArray();
    out.startArray("actors");
    for (CollaboratingActor actor : catalogue.actors()) {
      out.startObject();
      out.string("code", actor.code());
      out.code("level", actor.level());
      actor.parent().ifPresent(p -> out.code("parent", p));
      labels(out, "label", actor::label);
      out.endObject();
    }
    out.endArray();
    writeActorMap(out, catalogue.actorMap());
    labelled(out, "sectors", catalogue.sectors());
    labelled(out, "governanceParadigms", catalogue.governanceParadigms());
    out.startArray("municipalRoles");
    for (MunicipalRole role : catalogue.municipalRoles()) {
      out.startObject();
      out.string("code", role.code());
      out.code("paradigm", role.paradigm());
      labels(out, "label", role::label);
      labels(out, "motto", role::motto);
      labels(out, "slogan", role::slogan);
      out.endObject();
    }
    out.endArray();
    labelled(out, "changeKinds", catalogue.changeKinds());
    labelled(out, "guideThemes", catalogue.guideThemes());
    labelled(out, "anchoringSteps", catalogue.anchoringSteps());
    bodies(
        out,
        "reflectionQuestions",
        catalogue.reflectionQuestions(),
        ReflectionQuestionWire.INSTANCE);
    bodies(out, "milestones", catalogue.milestones(), MilestoneWire.INSTANCE);
    bodies(out, "activityPlans", catalogue.activityPlans(), ActivityPlanWire.INSTANCE);
    out.startArray("concepts");
    for (Concept concept : catalogue.concepts()) {
      writeConcept(out, concept);
    }
    out.endArray();
  }

  private static void writeConcept(JsonOut out, Concept concept) {
    out.startObject();
    out.string("type", typeOf(concept));
    out.string("code", concept.code());
    labels(out, "label", concept::label);
    labels(out, "description", concept::description);
    out.code("status", concept.status());
    CommonWire.writeSource(out, "source", concept.source());
    concept
        .quotation()
        .ifPresent(
            quotation -> {
              out.startObject("quotation");
              out.string("text", quotation.text());
              out.code("language", quotation.language());
              CommonWire.writeSource(out, "source", quotation.source());
              out.endObject();
            });
    if (concept instanceof GuideSection section) {
      out.number("number", section.number());
      section.theme().ifPresent(theme -> out.code("theme", theme));
      out.startArray("standardPhases");
      section.standardPhases().forEach(out::string);
      out.endArray();
    } else if (concept instanceof ReformExample example) {
      example
          .municipality()
          .ifPresent(
              municipality -> {
                out.startObject("municipality");
                out.string("name", municipality.name());
                out.string("number", municipality.number());
                out.endObject();
              });
      out.string("countyNumber", example.countyNumber());
      example.initiator().ifPresent(actor -> out.code("initiator", actor));
      example.spellingInSource().ifPresent(spelling -> out.string("spellingInSource", spelling));
    } else if (concept instanceof SectorChallenge challenge) {
      challenge.educationSector().ifPresent(text -> labels(out, "educationSector", text::in));
      labels(out, "healthServices", challenge.healthServices()::in);
    } else if (concept instanceof KeyFigure figure) {
      out.number("value", figure.value());
      out.code("unit", figure.unit());
      out.bool("approximate", figure.isApproximate());
    }
    out.endObject();
  }

  /** The kind of a concept as the catalogue's code snapshot names it: its type in kebab case. */
  private static String typeOf(Concept concept) {
    String name = ((Enum<?>) concept).getDeclaringClass().getSimpleName();
    StringBuilder type = new StringBuilder();
    for (int i = 0; i < name.length(); i++) {
      char c = name.charAt(i);
      if (Character.isUpperCase(c)) {
        if (i > 0) {
          type.append('-');
        }
        type.append(Character.toLowerCase(c));
      } else {
        type.append(c);
      }
    }
    return type.toString();
  }

  /** The catalogue is this library's own constant; it is never read from the wire. */
  @Override
  public @Nullable Catalogue read(Fields fields) {
    throw new UnsupportedOperationException("the catalogue document is written, never read");
  }

  private static void writeActorMap(JsonOut out, ActorMap map) {
    out.startObject("actorMap");
    out.startArray("actors");
    map.actors().forEach(a -> out.string(a.code()));
    out.endArray();
    out.startArray("views");
    for (ActorMapView view : ActorMapView.values()) {
      if (map.views().containsKey(view)) {
        out.startObject();
        out.string("code", view.code());
        labels(out, "label", view::label);
        out.startArray("actors");
        map.actors(view).forEach(a -> out.string(a.code()));
        out.endArray();
        out.endObject();
      }
    }
    out.endArray();
    CommonWire.writeSource(out, "source", map.source());
    out.endObject();
  }

  private static void labelled(JsonOut out, String name, List<? extends Labelled> items) {
    out.startArray(name);
    for (Labelled item : items) {
      out.startObject();
      out.string("code", item.code());
      labels(out, "label", item::label);
      out.endObject();
    }
    out.endArray();
  }

  private static void labels(JsonOut out, String name, Function<Language, String> label) {
    out.startObject(name);
    for (Language language : Language.values()) {
      out.string(language.code(), label.apply(language));
    }
    out.endObject();
  }

  private static <T> void bodies(
      JsonOut out, String name, List<T> items, DocumentBinder<T> binder) {
    out.startArray(name);
    for (T item : items) {
      out.startObject();
      binder.write(out, item);
      out.endObject();
    }
    out.endArray();
  }
}
