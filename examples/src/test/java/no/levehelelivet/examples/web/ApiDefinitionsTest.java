package no.levehelelivet.examples.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import no.levehelelivet.examples.TailoredProcess;
import no.levehelelivet.examples.web.ApiClient.Answer;
import no.levehelelivet.process.ProcessDefinition;
import no.levehelelivet.process.StandardProcess;
import no.levehelelivet.serialization.DocumentType;
import no.levehelelivet.serialization.ReadMode;
import no.levehelelivet.serialization.Schemas;
import no.levehelelivet.serialization.WireCodec;
import no.levehelelivet.store.ProcessStore;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/** The definition, catalogue and schema routes of the REST API against the real server. */
class ApiDefinitionsTest {

  private static final WireCodec CODEC = WireCodec.standard();
  private static final ProcessDefinition HEMNES = TailoredProcess.hemnesDefinition();
  private static final String STANDARD =
      StandardProcess.ID + " " + ProcessDefinition.standard().version();
  private static final String HEMNES_PATH = "/api/v1/definitions/hemnes-leve-hele-livet/1";

  private WebServer server;
  private ApiClient api;

  @BeforeEach
  void start() {
    server = WebServer.start(WebConfig.loopback(ProcessStore.inMemory(), ApiProcessesTest.CLOCK));
    api = new ApiClient(server);
  }

  @AfterEach
  void stop() {
    server.close();
  }

  @Test
  void aTailoredDefinitionInJsonIsKeptAndListedAfterTheStandardOne() {
    Answer before = api.get("/api/v1/definitions");
    assertThat(keys(before)).containsExactly(STANDARD);

    Answer loaded = api.post("/api/v1/definitions", CODEC.write(HEMNES));

    assertThat(loaded.status()).as(loaded.toString()).isEqualTo(201);
    assertThat(loaded.header("Location")).contains(HEMNES_PATH);
    assertThat(CODEC.read(loaded.text(), ProcessDefinition.class, ReadMode.STRICT).orElseThrow())
        .isEqualTo(HEMNES);
    Answer read = api.get(HEMNES_PATH);
    assertThat(read.status()).isEqualTo(200);
    assertThat(read.text()).isEqualTo(CODEC.write(HEMNES));
    Answer list = api.get("/api/v1/definitions?lang=en");
    assertThat(keys(list)).containsExactly(STANDARD, "hemnes-leve-hele-livet 1");
    JsonNode hemnes = list.json().path("definitions").get(1);
    assertThat(hemnes.path("name").asString()).isEqualTo("A full life in Hemnes");
    assertThat(hemnes.path("digest").asString()).isEqualTo(HEMNES.digest().hex());
    assertThat(hemnes.path("href").asString()).isEqualTo(HEMNES_PATH);

    Answer again = api.post("/api/v1/definitions", CODEC.write(HEMNES));
    assertThat(again.status()).isEqualTo(200);
  }

  @Test
  void aTailoredDefinitionInYamlIsKeptToo() {
    Answer loaded =
        api.request("POST", "/api/v1/definitions")
            .body("application/yaml", CODEC.writeYaml(HEMNES))
            .send();

    assertThat(loaded.status()).as(loaded.toString()).isEqualTo(201);
    assertThat(api.get(HEMNES_PATH).text()).isEqualTo(CODEC.write(HEMNES));
  }

  @Test
  void aProcessStartsOnAKeptTailoredDefinition() {
    api.post("/api/v1/definitions", CODEC.write(HEMNES));

    Answer created =
        api.post(
            "/api/v1/processes",
            "{\"id\": \"hemnes-1\", \"municipality\": {\"name\": \"Hemnes\", \"number\": \"1832\"},"
                + " \"definition\": {\"id\": \"hemnes-leve-hele-livet\", \"version\": 1}, "
                + ApiProcessesTest.KARI
                + "}");
    assertThat(created.status()).as(created.toString()).isEqualTo(201);
    JsonNode summary = api.get("/api/v1/processes").json().path("processes").get(0);
    assertThat(summary.path("definition").path("id").asString())
        .isEqualTo("hemnes-leve-hele-livet");

    Answer unknown =
        api.post(
            "/api/v1/processes",
            "{\"municipality\": {\"name\": \"Hemnes\", \"number\": \"1832\"},"
                + " \"definition\": {\"id\": \"hemnes-leve-hele-livet\", \"version\": 9}, "
                + ApiProcessesTest.KARI
                + "}");
    assertThat(unknown.status()).isEqualTo(422);
    assertThat(unknown.code()).isEqualTo("LHL-L-006");
    assertThat(unknown.json().path("pointer").asString()).isEqualTo("/definition");
  }

  @Test
  void aDocumentThatDoesNotReadListsEveryProblemWithItsCodeAndPointer() {
    String broken =
        CODEC
            .write(HEMNES)
            .replaceFirst("\"schemaVersion\"", "\"colour\": \"red\", \"schemaVersion\"");

    Answer answer = api.post("/api/v1/definitions", broken);

    assertThat(answer.status()).as(answer.toString()).isEqualTo(422);
    assertThat(answer.code()).startsWith("LHL-S-");
    JsonNode problems = answer.json().path("problems");
    assertThat(problems.size()).isGreaterThanOrEqualTo(1);
    assertThat(problems.get(0).path("code").asString()).isEqualTo(answer.code());
    assertThat(problems.findValuesAsString("pointer")).contains("/colour");

    Answer syntax =
        api.request("POST", "/api/v1/definitions").body("application/yaml", "a: [1,\n").send();
    assertThat(syntax.status()).isEqualTo(422);
    assertThat(syntax.code()).startsWith("LHL-S-");
    assertThat(syntax.json().path("problems").get(0).has("pointer")).isTrue();

    Answer plain = api.request("POST", "/api/v1/definitions").body("text/plain", "x").send();
    assertThat(plain.status()).isEqualTo(415);
    assertThat(plain.code()).isEqualTo("LHL-W-008");
  }

  @Test
  void anotherDefinitionWithTheSameIdAndVersionIsAClash() {
    api.post("/api/v1/definitions", CODEC.write(HEMNES));
    ProcessDefinition changed =
        ProcessDefinition.standard().tailor("hemnes-leve-hele-livet", 1).build();

    Answer clash = api.post("/api/v1/definitions", CODEC.write(changed));
    assertThat(clash.status()).isEqualTo(409);
    assertThat(clash.code()).isEqualTo("LHL-L-007");

    ProcessDefinition posingAsStandard =
        HEMNES.tailor(StandardProcess.ID, ProcessDefinition.standard().version()).build();
    Answer standard = api.post("/api/v1/definitions", CODEC.write(posingAsStandard));
    assertThat(standard.status()).isEqualTo(409);
    assertThat(standard.code()).isEqualTo("LHL-L-007");
  }

  @Test
  void anUnknownDefinitionIsNotFound() {
    Answer unknown = api.get("/api/v1/definitions/nothing/1");
    assertThat(unknown.status()).isEqualTo(404);
    assertThat(unknown.code()).isEqualTo("LHL-L-006");

    Answer version = api.get("/api/v1/definitions/nothing/first");
    assertThat(version.status()).isEqualTo(400);
    assertThat(version.code()).isEqualTo("LHL-W-009");

    Answer standard =
        api.get(
            "/api/v1/definitions/"
                + StandardProcess.ID
                + "/"
                + ProcessDefinition.standard().version());
    assertThat(standard.status()).isEqualTo(200);
    assertThat(standard.text()).isEqualTo(CODEC.write(ProcessDefinition.standard()));
  }

  @Test
  void theCatalogueIsItsDocument() {
    Answer catalogue = api.get("/api/v1/catalogue");

    assertThat(catalogue.status()).isEqualTo(200);
    assertThat(catalogue.json().path("documentType").asString()).isEqualTo("catalogue");
    assertThat(catalogue.text())
        .isEqualTo(CODEC.write(no.levehelelivet.core.Catalogue.leveHeleLivet()));
  }

  @Test
  void theSchemasAreListedAndServedAsShipped() {
    Answer list = api.get("/api/v1/schemas");
    assertThat(list.status()).isEqualTo(200);
    List<String> hrefs = list.json().path("schemas").findValuesAsString("href");
    assertThat(hrefs).hasSize(Schemas.resourceNames().size());
    for (String href : hrefs) {
      assertThat(api.get(href).status()).as(href).isEqualTo(200);
    }

    Answer instance = api.get("/api/v1/schemas/process-instance");
    assertThat(instance.status()).isEqualTo(200);
    assertThat(instance.contentType()).startsWith("application/schema+json");
    assertThat(instance.text()).isEqualTo(Schemas.load(DocumentType.PROCESS_INSTANCE));
    assertThat(api.get("/api/v1/schemas/measure?major=1").text())
        .isEqualTo(Schemas.load(DocumentType.MEASURE, 1));

    Answer unknown = api.get("/api/v1/schemas/poem");
    assertThat(unknown.status()).isEqualTo(404);
    assertThat(unknown.code()).isEqualTo("LHL-C-001");
    assertThat(unknown.json().path("validCodes").toString()).contains("process-instance");

    Answer noMajor = api.get("/api/v1/schemas/catalogue?major=1");
    assertThat(noMajor.status()).isEqualTo(404);
    assertThat(noMajor.code()).isEqualTo("LHL-W-006");
    Answer badMajor = api.get("/api/v1/schemas/catalogue?major=two");
    assertThat(badMajor.status()).isEqualTo(400);
    assertThat(badMajor.code()).isEqualTo("LHL-W-009");
  }

  private static List<String> keys(Answer list) {
    assertThat(list.status()).as(list.toString()).isEqualTo(200);
    List<String> keys = new ArrayList<>();
    for (JsonNode definition : list.json().path("definitions")) {
      keys.add(definition.path("id").asString() + " " + definition.path("version").asInt());
    }
    return keys;
  }
}
