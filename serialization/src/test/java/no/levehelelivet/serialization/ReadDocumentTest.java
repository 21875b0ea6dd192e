package no.levehelelivet.serialization;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import no.levehelelivet.core.Catalogue;
import no.levehelelivet.core.plan.ActivityPlan;
import no.levehelelivet.process.ProcessDefinition;
import org.junit.jupiter.api.Test;

/** Reading a document of any type, as a validator does, by the type its envelope names. */
class ReadDocumentTest {

  private final WireCodec codec = WireCodec.standard();

  @Test
  void readsAnActivityPlanAsTheTypeItsEnvelopeNames() {
    ActivityPlan viken = Catalogue.leveHeleLivet().activityPlan("usht-viken-2020");
    ReadResult<Object> result = codec.readDocument(codec.writeBytes(viken), ReadMode.STRICT);
    assertThat(result.isSuccess()).isTrue();
    assertThat(result.orElseThrow()).isEqualTo(viken);
  }

  @Test
  void readsADefinitionFromYaml() {
    String yaml = Fixtures.resource("golden/v2/process-definition.yaml");
    ReadResult<Object> result = codec.readYamlDocument(yaml, ReadMode.STRICT);
    assertThat(result.orElseThrow()).isInstanceOf(ProcessDefinition.class);
  }

  @Test
  void refusesADocumentWithoutDocumentType() {
    String json = "{\"schemaVersion\": \"2.0\", \"title\": \"x\"}";
    assertThat(codec.readDocument(json.getBytes(UTF_8), ReadMode.STRICT).problems())
        .extracting(Problem::code, Problem::pointer)
        .containsExactly(tuple(WireCode.WRONG_DOCUMENT_TYPE, "/documentType"));
  }

  @Test
  void refusesTheCatalogueWhichIsWrittenButNeverRead() {
    byte[] catalogue = codec.writeBytes(Catalogue.leveHeleLivet());
    ReadResult<Object> result = codec.readDocument(catalogue, ReadMode.STRICT);
    assertThat(result.problems())
        .extracting(Problem::code, Problem::pointer)
        .containsExactly(tuple(WireCode.WRONG_DOCUMENT_TYPE, "/documentType"));
    assertThat(result.problems().get(0).message()).contains("\"catalogue\" is not a document type");
  }

  @Test
  void reportsMalformedInputWithItsPosition() {
    ReadResult<Object> result = codec.readDocument("{\"a\": ".getBytes(UTF_8), ReadMode.STRICT);
    assertThat(result.problems()).extracting(Problem::code).containsExactly(WireCode.MALFORMED);
  }
}
