package no.levehelelivet.examples.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.util.Base64;
import no.levehelelivet.examples.web.ApiClient.Answer;
import no.levehelelivet.process.StandardProcess;
import no.levehelelivet.store.ProcessStore;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The REST API of a tool with users: only a logged-in user gets in (a session or HTTP Basic), and
 * acts in a role the users file gives them.
 */
class ApiLoginTest {

  private static final String NEW_PROCESS =
      ApiProcessesTest.newProcess("vefsn-lhl-1", "Vefsn", "1824");

  private static final String PASSWORD = "riktig hest batteri stift";

  private WebServer server;
  private ApiClient api;

  @BeforeEach
  void start() {
    SecureRandom random = new SecureRandom();
    String hash = PasswordHash.of(PASSWORD.toCharArray(), random).text();
    Users users =
        Users.parse(
            "kari:process-lead,resource-person:" + hash + "\nola:municipal-council:" + hash,
            "users.txt",
            random);
    server =
        WebServer.start(
            WebConfig.loopback(ProcessStore.inMemory(), ApiProcessesTest.CLOCK).withUsers(users));
    api = new ApiClient(server);
  }

  private String basic(String name, String password) {
    return "Basic "
        + Base64.getEncoder()
            .encodeToString((name + ":" + password).getBytes(StandardCharsets.UTF_8));
  }

  @Test
  void theApiNeedsALogin() {
    Answer anonymous = api.get("/api/v1/processes");

    assertThat(anonymous.status()).isEqualTo(401);
    assertThat(anonymous.code()).isEqualTo("LHL-W-001");
    assertThat(anonymous.header("WWW-Authenticate"))
        .hasValueSatisfying(v -> assertThat(v).startsWith("Basic "));
    assertThat(api.post("/api/v1/processes", NEW_PROCESS).code()).isEqualTo("LHL-W-001");

    Answer document = api.get("/api/openapi.json");
    assertThat(document.status()).isEqualTo(200);
  }

  @Test
  void aWrongPasswordIsRefused() {
    Answer wrong =
        api.request("GET", "/api/v1/processes")
            .header("Authorization", basic("kari", "hest"))
            .send();
    assertThat(wrong.status()).isEqualTo(401);
    assertThat(wrong.code()).isEqualTo("LHL-W-002");

    Answer unknown =
        api.request("GET", "/api/v1/processes")
            .header("Authorization", basic("per", PASSWORD))
            .send();
    assertThat(unknown.code()).isEqualTo("LHL-W-002");
  }

  @Test
  void theLoggedInUserActsInARoleTheyHold() {
    String kari = basic("kari", PASSWORD);
    assertThat(
            api.request("GET", "/api/v1/processes").header("Authorization", kari).send().status())
        .isEqualTo(200);

    Answer created =
        api.request("POST", "/api/v1/processes")
            .header("Authorization", kari)
            .json(
                "{\"id\": \"vefsn-lhl-1\", \"municipality\": {\"name\": \"Vefsn\", \"number\":"
                    + " \"1824\"}, \"role\": \"process-lead\"}")
            .send();
    assertThat(created.status()).as(created.toString()).isEqualTo(201);

    Answer recorded =
        api.request("POST", "/api/v1/processes/vefsn-lhl-1/commands")
            .header("Authorization", kari)
            .header("If-Match", "\"1\"")
            .json(
                "{\"trigger\": \"record-criterion\", \"criterion\": \""
                    + StandardProcess.PROCESS_TEAM_APPOINTED
                    + "\", \"evidence\": [\"2026/1\"], \"role\": \"process-lead\"}")
            .send();
    assertThat(recorded.status()).as(recorded.toString()).isEqualTo(200);
    assertThat(recorded.json().path("entries").get(0).path("actor").asString()).isEqualTo("kari");

    Answer notHeld =
        api.request("POST", "/api/v1/processes/vefsn-lhl-1/commands")
            .header("Authorization", kari)
            .header("If-Match", "\"2\"")
            .json("{\"trigger\": \"adopt-plan\", \"role\": \"municipal-council\"}")
            .send();
    assertThat(notHeld.status()).isEqualTo(403);
    assertThat(notHeld.code()).isEqualTo("LHL-W-005");
    assertThat(notHeld.json().path("roles").toString()).contains("process-lead", "resource-person");

    Answer otherActor =
        api.request("POST", "/api/v1/processes/vefsn-lhl-1/commands")
            .header("Authorization", kari)
            .header("If-Match", "\"2\"")
            .json("{\"trigger\": \"pause\", \"note\": \"ferie\", " + ApiProcessesTest.KARI + "}")
            .send();
    assertThat(otherActor.status()).isEqualTo(400);
    assertThat(otherActor.code()).isEqualTo("LHL-W-009");
    assertThat(otherActor.json().path("pointer").asString()).isEqualTo("/actor");

    Answer noRole =
        api.request("POST", "/api/v1/processes/vefsn-lhl-1/commands")
            .header("Authorization", kari)
            .header("If-Match", "\"2\"")
            .json("{\"trigger\": \"pause\", \"note\": \"ferie\"}")
            .send();
    assertThat(noRole.code()).isEqualTo("LHL-W-009");
    assertThat(noRole.json().path("pointer").asString()).isEqualTo("/role");
  }

  @AfterEach
  void stop() {
    server.close();
  }
}
