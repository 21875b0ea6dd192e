package no.levehelelivet.examples.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import no.levehelelivet.examples.TailoredProcess;
import no.levehelelivet.examples.web.ApiClient.Answer;
import no.levehelelivet.process.StandardProcess;
import no.levehelelivet.serialization.WireCodec;
import no.levehelelivet.store.jdbc.JdbcProcessStore;
import org.h2.jdbcx.JdbcDataSource;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The REST API on a real database: an H2 file through the JDBC store, as {@code serve} runs. */
class ApiH2StoreTest {

  @TempDir Path folder;

  private WebServer server;
  private ApiClient api;

  @BeforeEach
  void start() {
    JdbcDataSource h2 = new JdbcDataSource();
    h2.setURL("jdbc:h2:" + folder.resolve("levehelelivet").toAbsolutePath());
    JdbcProcessStore store = JdbcProcessStore.builder(h2).build();
    store.createSchema();
    server = WebServer.start(WebConfig.loopback(store, ApiProcessesTest.CLOCK));
    api = new ApiClient(server);
  }

  @AfterEach
  void stop() {
    server.close();
  }

  @Test
  void aProcessIsStoredStepByStepAndAStaleStepIsRefused() {
    Answer created =
        api.post("/api/v1/processes", ApiProcessesTest.newProcess("vefsn-lhl-1", "Vefsn", "1824"));
    assertThat(created.status()).as(created.toString()).isEqualTo(201);

    String record =
        "{\"trigger\": \"record-criterion\", \"criterion\": \""
            + StandardProcess.PROCESS_TEAM_APPOINTED
            + "\", \"evidence\": [\"2026/1234\"], "
            + ApiProcessesTest.KARI
            + "}";
    Answer recorded =
        api.request("POST", "/api/v1/processes/vefsn-lhl-1/commands")
            .header("If-Match", "\"1\"")
            .json(record)
            .send();
    assertThat(recorded.status()).as(recorded.toString()).isEqualTo(200);
    assertThat(recorded.header("ETag")).contains("\"2\"");

    Answer stale =
        api.request("POST", "/api/v1/processes/vefsn-lhl-1/commands")
            .header("If-Match", "\"1\"")
            .json(record)
            .send();
    assertThat(stale.status()).isEqualTo(412);
    assertThat(stale.code()).isEqualTo("LHL-P-005");
    assertThat(stale.json().path("currentVersion").asLong()).isEqualTo(2);

    Answer list = api.get("/api/v1/processes?municipality=1824");
    assertThat(list.json().path("processes").get(0).path("version").asLong()).isEqualTo(2);
    assertThat(api.get("/api/v1/processes/vefsn-lhl-1/journal").json().path("entries").size())
        .isEqualTo(2);
    assertThat(api.get("/api/v1/processes/nowhere").code()).isEqualTo("LHL-L-001");
  }

  @Test
  void aTailoredDefinitionIsKeptInTheDatabase() {
    String hemnes = WireCodec.standard().write(TailoredProcess.hemnesDefinition());

    assertThat(api.post("/api/v1/definitions", hemnes).status()).isEqualTo(201);
    assertThat(api.post("/api/v1/definitions", hemnes).status()).isEqualTo(200);

    Answer list = api.get("/api/v1/definitions");
    assertThat(list.status()).as(list.toString()).isEqualTo(200);
    assertThat(list.json().path("definitions").findValuesAsString("id"))
        .containsExactly(StandardProcess.ID, "hemnes-leve-hele-livet");
    assertThat(api.get("/api/v1/definitions/hemnes-leve-hele-livet/1").text()).isEqualTo(hemnes);
  }
}
