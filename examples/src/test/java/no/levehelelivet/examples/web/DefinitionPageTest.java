package no.levehelelivet.examples.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Map;
import no.levehelelivet.examples.TailoredProcess;
import no.levehelelivet.examples.web.ProcessPagesClient.Page;
import no.levehelelivet.process.ProcessDefinition;
import no.levehelelivet.serialization.WireCodec;
import no.levehelelivet.store.ProcessStore;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Loading a tailored definition from the page, against the real server on a loopback port. */
class DefinitionPageTest {

  private static final Clock CLOCK =
      Clock.fixed(Instant.parse("2026-03-02T09:00:00Z"), ZoneOffset.UTC);

  /** A short definition as a consultant writes it, with two mistakes. */
  private static final String BROKEN =
      """
      schemaVersion: "2.0"
      documentType: process-definition
      id: vefsn-mini
      version: 1
      colour: blue
      name: {nb: Vefsn – kort prosess}
      roles:
        - code: process-lead
          label: {nb: Prosessleder}
      phases:
        - code: start-up
          label: {nb: Oppstart}
          initial: true
      transitions:
        - trigger: {code: finish, label: {nb: Fullfør}}
          kind: complete
          fromPhases: [start-up]
          criteria: [team-appointed]
          roles: [process-lead]
      criteria:
        - code: team-appointed
          label: {nb: Prosessteam oppnevnt}
          evidenceRequired: yes please
          recordedBy: [process-lead]
      answeringRoles: [process-lead]
      """;

  private ProcessStore store;
  private WebServer server;
  private ProcessPagesClient browser;

  @BeforeEach
  void start() {
    store = ProcessStore.inMemory();
    server = WebServer.start(WebConfig.loopback(store, CLOCK));
    browser = new ProcessPagesClient(server);
  }

  @AfterEach
  void stop() {
    server.close();
  }

  @Test
  void listsTheStandardDefinition() {
    Document page = browser.get("/definitions").document();

    Element standard =
        page.expectFirst("#definitions tr[data-definition=leve-hele-livet-standard@1]");
    assertThat(standard.select("td").get(2).text()).isEqualTo("5");
    assertThat(standard.select("a").attr("href"))
        .isEqualTo("/processes/new?definition=leve-hele-livet-standard%401");
  }

  @Test
  void showsEveryProblemOfADocumentWithItsCodeAndPlaceAndStoresNothing() {
    browser.get("/definitions");

    Page refused = browser.post("/definitions", Map.of("document", BROKEN, "format", "auto"));

    assertThat(refused.status()).isEqualTo(422);
    Document page = refused.document();
    assertThat(page.select("#problems tr.problem").eachAttr("data-pointer"))
        .contains("/colour", "/criteria/0/evidenceRequired");
    Element colour = page.expectFirst("#problems tr[data-pointer=/colour]");
    assertThat(colour.select("td").get(0).text()).isEqualTo("LHL-S-004");
    Element evidence = page.expectFirst("#problems tr[data-pointer=/criteria/0/evidenceRequired]");
    assertThat(evidence.select("td").get(0).text()).isEqualTo("LHL-S-006");
    assertThat(page.select("#problems tr.problem td:eq(1)").eachText())
        .anyMatch(place -> place.matches("/\\S+ \\(linje \\d+, kolonne \\d+\\)"));
    assertThat(page.select("textarea[name=document]").text()).contains("colour: blue");
    assertThat(store.definition("vefsn-mini", 1)).isEmpty();
  }

  @Test
  void showsWhereADocumentThatIsNotYamlBreaks() {
    browser.get("/definitions?lang=en");

    Page refused =
        browser.post(
            "/definitions", Map.of("document", "id: [unclosed\nversion: 1\n", "format", "yaml"));

    assertThat(refused.status()).isEqualTo(422);
    Element problem = refused.document().expectFirst("#problems tr.problem");
    assertThat(problem.select("td").get(0).text()).isEqualTo("LHL-S-001");
    assertThat(problem.select("td").get(1).text()).matches("/\\S* \\(line \\d+, column \\d+\\)");
  }

  @Test
  void anEmptyDocumentIsRefusedWithItsCode() {
    browser.get("/definitions");

    Page refused = browser.post("/definitions", Map.of("document", "  \n", "format", "auto"));

    assertThat(refused.status()).isEqualTo(400);
    assertThat(refused.document().select("#failure code").text()).isEqualTo("LHL-W-009");
  }

  @Test
  void registersAnUploadedTailoredDefinitionListsItAndStartsAProcessOnIt() {
    ProcessDefinition hemnes = TailoredProcess.hemnesDefinition();
    String yaml = WireCodec.standard().writeYaml(hemnes);
    browser.get("/definitions");

    Page loaded = browser.upload("/definitions", "hemnes.yaml", yaml, Map.of("format", "auto"));

    assertThat(loaded.status()).isEqualTo(303);
    assertThat(loaded.location()).isEqualTo("/definitions?loaded=hemnes-leve-hele-livet%401");
    assertThat(store.definition("hemnes-leve-hele-livet", 1)).contains(hemnes);
    Document list = browser.get(loaded.location()).document();
    assertThat(list.select("#loaded").text()).contains("Leve hele livet i Hemnes");
    Element row = list.expectFirst("tr[data-definition=hemnes-leve-hele-livet@1]");
    assertThat(row.hasClass("just-loaded")).isTrue();
    assertThat(row.select("code").first()).isNotNull();
    assertThat(list.select("#definitions tbody tr").eachAttr("data-definition"))
        .containsExactly("leve-hele-livet-standard@1", "hemnes-leve-hele-livet@1");

    browser.actAs("Siri", "process-lead");
    Document form = browser.get("/processes/new").document();
    assertThat(form.select("select[name=definition] option").eachAttr("value"))
        .contains("hemnes-leve-hele-livet@1");
    Page started =
        browser.post(
            "/processes/new",
            Map.of("name", "Hemnes", "number", "1832", "definition", "hemnes-leve-hele-livet@1"));
    Document process = browser.get(started.location()).document();
    assertThat(process.select("dd").eachText()).anyMatch(d -> d.contains("hemnes-leve-hele-livet"));
  }

  @Test
  void aPastedJsonDefinitionIsReadAsJson() {
    ProcessDefinition hemnes = TailoredProcess.hemnesDefinition().withVersion(2);
    browser.get("/definitions");

    Page loaded =
        browser.post(
            "/definitions",
            Map.of("document", WireCodec.standard().write(hemnes), "format", "auto"));

    assertThat(loaded.status()).isEqualTo(303);
    assertThat(store.definition("hemnes-leve-hele-livet", 2)).contains(hemnes);
  }

  @Test
  void aChangedDefinitionUnderAKeptIdAndVersionIsRefusedWithTheStoreCode() {
    ProcessDefinition hemnes = TailoredProcess.hemnesDefinition();
    store.register(hemnes);
    ProcessDefinition changed =
        hemnes
            .tailor(hemnes.id(), hemnes.version())
            .permit("begin-mapping", no.levehelelivet.process.Role.RESOURCE_PERSON)
            .build();
    browser.get("/definitions");

    Page refused =
        browser.post(
            "/definitions",
            Map.of("document", WireCodec.standard().write(changed), "format", "json"));

    assertThat(refused.status()).isEqualTo(409);
    assertThat(refused.document().select("#failure code").text()).isEqualTo("LHL-L-007");
  }
}
