package no.levehelelivet.examples.web;

import static org.assertj.core.api.Assertions.assertThat;

import no.levehelelivet.examples.web.ApiClient.Answer;
import no.levehelelivet.store.ProcessStore;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Who may write through the REST API on loopback: writes from another site are refused, and a write
 * with the session cookie needs the session's token.
 */
class ApiSecurityTest {

  private static final String NEW_PROCESS =
      ApiProcessesTest.newProcess("vefsn-lhl-1", "Vefsn", "1824");

  private WebServer server;
  private ApiClient api;

  @AfterEach
  void stop() {
    server.close();
  }

  private String origin() {
    return "http://127.0.0.1:" + server.port();
  }

  /** A session as the tool's pages give one, and its token. */
  private String[] session() {
    Answer page = api.get("/who");
    String cookie = page.header("Set-Cookie").orElseThrow().split(";", 2)[0];
    String id = cookie.substring(cookie.indexOf('=') + 1);
    String token = server.context().sessions().find(id).orElseThrow().csrf();
    return new String[] {cookie, token};
  }

  @BeforeEach
  void start() {
    server = WebServer.start(WebConfig.loopback(ProcessStore.inMemory(), ApiProcessesTest.CLOCK));
    api = new ApiClient(server);
  }

  @Test
  void aWriteWithTheSessionCookieAndNoTokenIsRefused() {
    String[] session = session();

    Answer refused =
        api.request("POST", "/api/v1/processes")
            .header("Cookie", session[0])
            .json(NEW_PROCESS)
            .send();
    assertThat(refused.status()).isEqualTo(403);
    assertThat(refused.code()).isEqualTo("LHL-W-004");

    Answer stale =
        api.request("POST", "/api/v1/processes")
            .header("Cookie", session[0])
            .header("X-CSRF-Token", "not-the-token")
            .json(NEW_PROCESS)
            .send();
    assertThat(stale.code()).isEqualTo("LHL-W-004");
    assertThat(api.get("/api/v1/processes/vefsn-lhl-1").status()).isEqualTo(404);

    Answer allowed =
        api.request("POST", "/api/v1/processes")
            .header("Cookie", session[0])
            .header("X-CSRF-Token", session[1])
            .json(NEW_PROCESS)
            .send();
    assertThat(allowed.status()).as(allowed.toString()).isEqualTo(201);
  }

  @Test
  void theNameAndRoleChosenOnTheWhoPageActWhenTheBodyNamesNoActor() {
    String[] session = session();
    Answer chosen =
        api.request("POST", "/who")
            .header("Cookie", session[0])
            .body(
                "application/x-www-form-urlencoded",
                "name=ola&role=process-lead&next=%2F&_csrf=" + session[1])
            .send();
    assertThat(chosen.status()).as(chosen.toString()).isEqualTo(303);

    Answer created =
        api.request("POST", "/api/v1/processes")
            .header("Cookie", session[0])
            .header("X-CSRF-Token", session[1])
            .json("{\"municipality\": {\"name\": \"Vefsn\", \"number\": \"1824\"}}")
            .send();

    assertThat(created.status()).as(created.toString()).isEqualTo(201);
    String journal = api.get("/api/v1/processes/lhl-1824/journal").text();
    assertThat(journal).contains("\"actor\":\"ola\"", "\"role\":\"process-lead\"");
  }

  @Test
  void aWriteFromAnotherSiteIsRefused() {
    Answer foreign =
        api.request("POST", "/api/v1/processes")
            .header("Origin", "http://evil.example")
            .json(NEW_PROCESS)
            .send();
    assertThat(foreign.status()).isEqualTo(403);
    assertThat(foreign.code()).isEqualTo("LHL-W-003");

    Answer crossSite =
        api.request("POST", "/api/v1/definitions")
            .header("Sec-Fetch-Site", "cross-site")
            .json("{}")
            .send();
    assertThat(crossSite.code()).isEqualTo("LHL-W-003");
    assertThat(api.get("/api/v1/processes/vefsn-lhl-1").status()).isEqualTo(404);

    Answer own =
        api.request("POST", "/api/v1/processes")
            .header("Origin", origin())
            .json(NEW_PROCESS)
            .send();
    assertThat(own.status()).as(own.toString()).isEqualTo(201);
  }
}
