package no.levehelelivet.serialization;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.networknt.schema.Error;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import no.levehelelivet.core.Catalogue;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.ValueSource;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Every golden and frozen document validates against the shipped schema of its type and major
 * (networknt json-schema-validator, on Jackson 3), and each negative fixture fails it where a
 * schema can see the problem.
 */
class SchemaValidationTest {

  private static final SchemaRegistry REGISTRY =
      SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12);
  private static final JsonMapper MAPPER = JsonMapper.builder().build();

  static List<Error> validate(DocumentType type, int major, String json) {
    Schema schema = REGISTRY.getSchema(Schemas.load(type, major));
    JsonNode document = MAPPER.readTree(json);
    return schema.validate(document);
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "activity-plan",
        "measure",
        "municipality",
        "reflection-question",
        "milestone",
        "process-definition",
        "process-instance"
      })
  void everyGoldenFileValidates(String name) {
    DocumentType type = DocumentType.fromCode(name);

    assertThat(validate(type, 2, Fixtures.resource("golden/v2/" + name + ".json"))).isEmpty();
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "activity-plan",
        "measure",
        "municipality",
        "municipality-oslo",
        "reflection-question",
        "milestone"
      })
  void everyFrozenDocumentValidatesAgainstItsMajorsSchema(String name) {
    DocumentType type = DocumentType.fromCode(name.replace("-oslo", ""));

    assertThat(validate(type, 1, Fixtures.resource("corpus/v1/" + name + ".json"))).isEmpty();
  }

  @Test
  void theWrittenCatalogueValidates() {
    String catalogue = WireCodec.standard().write(Catalogue.leveHeleLivet());

    assertThat(validate(DocumentType.CATALOGUE, 2, catalogue)).isEmpty();
  }

  @Test
  void theWrittenStandardAndTailoredDefinitionsAndALongerInstanceValidate() {
    WireCodec codec = WireCodec.standard();
    assertThat(
            validate(
                DocumentType.PROCESS_DEFINITION,
                2,
                codec.write(no.levehelelivet.process.ProcessDefinition.standard())))
        .isEmpty();
    assertThat(
            validate(
                DocumentType.PROCESS_DEFINITION, 2, codec.write(ProcessFixtures.vefsnDefinition())))
        .isEmpty();
    assertThat(
            validate(DocumentType.PROCESS_INSTANCE, 2, codec.write(ProcessFixtures.vefsnMapping())))
        .isEmpty();
  }

  @ParameterizedTest(name = "{0}")
  @EnumSource(NegativeFixture.class)
  void eachNegativeFixtureFailsItsSchemaWhereASchemaCanSeeTheProblem(NegativeFixture fixture) {
    DocumentType type = DocumentType.forValueType(fixture.type).orElseThrow();
    String json = Fixtures.resource(fixture.file);
    switch (fixture.schema) {
      case CANNOT_PARSE ->
          assertThatThrownBy(() -> validate(type, fixture.major(), json))
              .isInstanceOf(tools.jackson.core.JacksonException.class);
      case CANNOT_SEE -> assertThat(validate(type, fixture.major(), json)).isEmpty();
      default ->
          assertThat(validate(type, fixture.major(), json))
              .extracting(SchemaValidationTest::pointerOf)
              .contains(fixture.pointer);
    }
  }

  /**
   * The JSON Pointer of what an error is about: networknt reports a missing or an extra property at
   * the object that should (not) have it, and names the property apart.
   */
  private static String pointerOf(Error error) {
    String location = error.getInstanceLocation().toString();
    boolean aboutProperty =
        "required".equals(error.getKeyword()) || "additionalProperties".equals(error.getKeyword());
    return aboutProperty && error.getProperty() != null
        ? location + "/" + error.getProperty()
        : location;
  }

  @ParameterizedTest
  @EnumSource(DocumentType.class)
  void everySchemaListsExactlyTheCoresCodes(DocumentType type) {
    for (int major = type.sinceMajor(); major <= 2; major++) {
      JsonNode schema = MAPPER.readTree(Schemas.load(type, major));
      JsonNode defs = schema.get("$defs");
      checkEnum(defs, "session-format", no.levehelelivet.core.plan.SessionFormat.values());
      checkEnum(defs, "focus-area", no.levehelelivet.core.FocusArea.values());
      checkEnum(defs, "solution", no.levehelelivet.core.Solution.values());
      checkEnum(defs, "sector", no.levehelelivet.core.municipality.Sector.values());
      checkEnum(defs, "actor", no.levehelelivet.core.actor.CollaboratingActor.values());
      checkEnum(defs, "question-topic", no.levehelelivet.core.reflection.QuestionTopic.values());
      checkEnum(defs, "date-precision", no.levehelelivet.core.timeline.DatePrecision.values());
      checkEnum(defs, "entry-status", no.levehelelivet.core.EntryStatus.values());
    }
  }

  private static void checkEnum(JsonNode defs, String name, no.levehelelivet.core.Coded[] values) {
    if (!defs.has(name)) {
      return;
    }
    Set<String> inSchema = new LinkedHashSet<>();
    defs.get(name).get("enum").forEach(code -> inSchema.add(code.asString()));
    List<String> inCore = new ArrayList<>();
    Stream.of(values).forEach(v -> inCore.add(v.code()));
    assertThat(inSchema).as(name).containsExactlyElementsOf(inCore);
  }
}
