package no.levehelelivet.serialization;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import no.levehelelivet.core.Catalogue;
import no.levehelelivet.core.Language;
import no.levehelelivet.core.Solution;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The catalogue document holds the whole catalogue. Checked against the core API, item by item,
 * rather than against a file: the catalogue's labels are core's to correct.
 */
class CatalogueDocumentTest {

  private final String written = WireCodec.standard().write(Catalogue.leveHeleLivet());
  private final JsonNode document = JsonMapper.builder().build().readTree(written);
  private final Catalogue catalogue = Catalogue.leveHeleLivet();

  @Test
  void startsWithTheEnvelope() {
    // 2.3: the catalogue lists every actor, Kunnskapsdepartementet (minor 3) among them
    assertThat(written)
        .startsWith("{\n  \"schemaVersion\": \"2.3\",\n  \"documentType\": \"catalogue\",\n");
  }

  @Test
  void holdsEverySolutionWithItsFocusAreaLabelsAndStatus() {
    List<String> codes = new ArrayList<>();
    for (JsonNode solution : document.get("solutions")) {
      Solution expected = Solution.fromCode(solution.get("code").asString());
      codes.add(expected.code());
      assertThat(solution.get("focusArea").asString()).isEqualTo(expected.focusArea().code());
      assertThat(solution.get("status").asString()).isEqualTo(expected.status().code());
      for (Language language : Language.values()) {
        assertThat(solution.get("label").get(language.code()).asString())
            .isEqualTo(expected.label(language));
      }
    }
    assertThat(codes)
        .containsExactlyElementsOf(catalogue.solutions().stream().map(Solution::code).toList());
  }

  @Test
  void holdsTheFiveFocusAreasWithFiveSolutionsEach() {
    assertThat(document.get("focusAreas")).hasSize(5);
    assertThat(document.get("focusAreas").get(2).get("code").asString())
        .isEqualTo("food-and-meals");
    assertThat(document.get("focusAreas").get(2).get("label").get("nb").asString())
        .isEqualTo("Mat og måltider");
    document.get("focusAreas").forEach(area -> assertThat(area.get("solutions")).hasSize(5));
  }

  @Test
  void holdsEveryListOfTheCatalogue() {
    assertThat(document.get("actors")).hasSize(catalogue.actors().size());
    assertThat(document.get("actorMap").get("views")).hasSize(catalogue.actorMap().views().size());
    assertThat(document.get("sectors")).hasSize(6);
    assertThat(document.get("municipalRoles")).hasSize(3);
    assertThat(document.get("governanceParadigms")).hasSize(3);
    assertThat(document.get("changeKinds")).hasSize(3);
    assertThat(document.get("guideThemes")).hasSize(catalogue.guideThemes().size());
    assertThat(document.get("anchoringSteps")).hasSize(5);
    assertThat(document.get("reflectionQuestions")).hasSize(catalogue.reflectionQuestions().size());
    assertThat(document.get("milestones")).hasSize(catalogue.milestones().size());
    assertThat(document.get("activityPlans")).hasSize(1);
    assertThat(document.get("reformName").get("nn").asString()).isEqualTo("Leve heile livet");
  }

  @Test
  void writesTheCatalogueThePlanAndTheQuestionsAsTheirOwnDocumentsBodies() {
    String plan = WireCodec.standard().write(catalogue.activityPlans().get(0));
    JsonNode planDocument = JsonMapper.builder().build().readTree(plan);
    ((tools.jackson.databind.node.ObjectNode) planDocument)
        .remove(List.of("schemaVersion", "documentType"));

    assertThat(document.get("activityPlans").get(0)).isEqualTo(planDocument);
  }

  @Test
  void holdsEveryConceptWithItsTypeTextsSourceAndFacts() {
    JsonNode concepts = document.get("concepts");
    assertThat(concepts).hasSize(catalogue.concepts().size());
    for (int i = 0; i < concepts.size(); i++) {
      JsonNode written = concepts.get(i);
      no.levehelelivet.core.Concept expected = catalogue.concepts().get(i);
      assertThat(written.get("code").asString()).isEqualTo(expected.code());
      assertThat(written.get("status").asString()).isEqualTo(expected.status().code());
      assertThat(written.get("source").get("citation").asString())
          .isEqualTo(expected.source().citation());
      for (Language language : Language.values()) {
        assertThat(written.get("description").get(language.code()).asString())
            .isEqualTo(expected.description(language));
      }
    }
    // Solund, checked by hand: the example, its number and the deck's own words
    JsonNode solund =
        java.util.stream.StreamSupport.stream(concepts.spliterator(), false)
            .filter(concept -> concept.get("code").asString().equals("solund"))
            .findFirst()
            .orElseThrow();
    assertThat(solund.get("type").asString()).isEqualTo("reform-example");
    assertThat(solund.get("municipality").get("number").asString()).isEqualTo("4636");
    assertThat(solund.get("countyNumber").asString()).isEqualTo("46");
    assertThat(solund.get("quotation").get("language").asString()).isEqualTo("nb");
    assertThat(solund.get("spellingInSource").asString()).isEqualTo("Sollund");
    JsonNode turnover =
        java.util.stream.StreamSupport.stream(concepts.spliterator(), false)
            .filter(concept -> concept.get("code").asString().equals("staff-turnover"))
            .findFirst()
            .orElseThrow();
    assertThat(turnover.has("educationSector")).isFalse();
    assertThat(turnover.get("healthServices").get("nn").asString())
        .isEqualTo("Høg turnover blant kvalifisert personell, og kompetanseskyving.");
    assertThat(concepts.get(0).get("type").asString()).isEqualTo("guide-section");
    assertThat(concepts.get(0).get("number").asInt()).isEqualTo(1);
  }

  @Test
  void isDeterministic() {
    assertThat(WireCodec.standard().write(Catalogue.leveHeleLivet())).isEqualTo(written);
  }
}
