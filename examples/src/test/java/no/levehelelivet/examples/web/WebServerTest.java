package no.levehelelivet.examples.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.CookieManager;
import java.net.InetAddress;
import java.net.Socket;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Base64;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import no.levehelelivet.store.ProcessStore;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/** The guard in front of every page and route, against the real server on a loopback port. */
class WebServerTest {

  private static final Clock CLOCK =
      Clock.fixed(Instant.parse("2026-03-02T09:00:00Z"), ZoneOffset.UTC);

  private static final Pattern TOKEN = Pattern.compile("name=\"csrf-token\" content=\"([^\"]+)\"");

  private WebServer server = WebServer.start(WebConfig.loopback(ProcessStore.inMemory(), CLOCK));

  private final HttpClient client =
      HttpClient.newBuilder()
          .cookieHandler(new CookieManager())
          .followRedirects(HttpClient.Redirect.NEVER)
          .build();

  @AfterEach
  void stop() {
    server.close();
  }

  @Test
  void everyPageCarriesTheSecurityHeadersAndAStrictSessionCookie() throws Exception {
    HttpResponse<String> page = get("/");

    assertThat(page.statusCode()).isEqualTo(200);
    assertThat(page.headers().firstValue("Content-Security-Policy"))
        .hasValue(
            "default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline'; img-src"
                + " 'self' data:; font-src 'self'; connect-src 'self'; object-src 'none';"
                + " base-uri 'none'; form-action 'self'; frame-ancestors 'none'");
    assertThat(page.headers().firstValue("X-Content-Type-Options")).hasValue("nosniff");
    assertThat(page.headers().firstValue("X-Frame-Options")).hasValue("DENY");
    assertThat(page.headers().firstValue("Set-Cookie").orElseThrow())
        .matches("lhl-session=[A-Za-z0-9_-]{43}; Path=/; HttpOnly; SameSite=Strict");
    assertThat(page.body()).doesNotContain("<script>").contains("src=\"/assets/app.js\"");
  }

  @Test
  void theScriptsAndStylesComeFromTheJar() throws Exception {
    assertThat(get("/webjars/htmx.org/2.0.10/dist/htmx.min.js").statusCode()).isEqualTo(200);
    assertThat(get("/webjars/mermaid/11.14.0/dist/mermaid.min.js").statusCode()).isEqualTo(200);
    HttpResponse<String> style = get("/assets/app.css");
    assertThat(style.statusCode()).isEqualTo(200);
    assertThat(style.headers().firstValue("Content-Type").orElseThrow()).startsWith("text/css");
  }

  @Test
  void aRequestForAnotherHostIsRefused() throws IOException {
    String response =
        raw("GET /api/v1/catalogue HTTP/1.1\r\nHost: evil.example\r\nConnection: close\r\n\r\n");

    assertThat(response).startsWith("HTTP/1.1 403");
    assertThat(response).contains("\"code\":\"LHL-W-003\"").contains("evil.example");
  }

  @Test
  void aLoopbackNameWithAnyPortIsThisServer() throws IOException {
    String response =
        raw("GET /api/v1/catalogue HTTP/1.1\r\nHost: localhost:1\r\nConnection: close\r\n\r\n");

    assertThat(response).startsWith("HTTP/1.1 200");
  }

  @Test
  void aFormSentWithTheSessionsTokenIsAccepted() throws Exception {
    String token = token(get("/who"));

    HttpResponse<String> chosen =
        post("/who", Map.of("_csrf", token, "name", "Kari", "role", "process-lead", "next", "/"));

    assertThat(chosen.statusCode()).isEqualTo(303);
    assertThat(chosen.headers().firstValue("Location")).hasValue("/");
    assertThat(get("/").body()).contains("Kari · Prosessleder");
  }

  @Test
  void aFormWithoutATokenOrWithAStaleOneIsRefused() throws Exception {
    String token = token(get("/who"));

    HttpResponse<String> without = post("/who", Map.of("name", "Kari", "role", "process-lead"));
    HttpResponse<String> stale =
        post("/who", Map.of("_csrf", token + "x", "name", "Kari", "role", "process-lead"));

    assertThat(without.statusCode()).isEqualTo(403);
    assertThat(without.body()).contains("LHL-W-004").contains("no token on POST /who");
    assertThat(stale.statusCode()).isEqualTo(403);
    assertThat(stale.body()).contains("LHL-W-004").contains("a stale token on POST /who");
    assertThat(get("/").body()).doesNotContain("Kari");
  }

  @Test
  void aFormPostedFromAnotherSiteIsRefusedEvenWithTheToken() throws Exception {
    String token = token(get("/who"));

    HttpResponse<String> foreign =
        send(
            HttpRequest.newBuilder(uri("/who"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .header("Origin", "http://evil.example")
                .POST(form(Map.of("_csrf", token, "name", "Mallory", "role", "process-lead"))));

    assertThat(foreign.statusCode()).isEqualTo(403);
    assertThat(foreign.body()).contains("LHL-W-003").contains("http://evil.example");
    assertThat(get("/").body()).doesNotContain("Mallory");
  }

  @Test
  void anApiWriteThatComesWithTheSessionCookieNeedsTheToken() throws Exception {
    get("/");

    HttpResponse<String> write =
        send(
            HttpRequest.newBuilder(uri("/api/v1/catalogue"))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString("{}")));

    assertThat(write.statusCode()).isEqualTo(403);
    assertThat(write.headers().firstValue("Content-Type")).hasValue("application/problem+json");
    assertThat(write.body()).contains("\"code\":\"LHL-W-004\"");
  }

  @Test
  void anUnknownAddressIsAProblemInTheApiAndAnErrorPageElsewhere() throws Exception {
    HttpResponse<String> api = get("/api/v1/no-such-thing");
    HttpResponse<String> page = get("/no-such-page?lang=en");

    assertThat(api.statusCode()).isEqualTo(404);
    assertThat(api.body())
        .isEqualTo(
            "{\"type\":\"urn:levehelelivet:problem:LHL-W-006\",\"title\":\"siden eller ressursen"
                + " finnes ikke\",\"status\":404,\"detail\":\"GET /api/v1/no-such-thing\","
                + "\"instance\":\"/api/v1/no-such-thing\",\"code\":\"LHL-W-006\"}");
    assertThat(page.statusCode()).isEqualTo(404);
    assertThat(page.body()).contains("LHL-W-006").contains("no such page or resource");
  }

  @Test
  void aMethodTheRouteDoesNotTakeIsA405Problem() throws Exception {
    HttpResponse<String> delete = send(HttpRequest.newBuilder(uri("/api/v1/catalogue")).DELETE());

    assertThat(delete.statusCode()).isEqualTo(405);
    assertThat(delete.body()).contains("\"code\":\"LHL-W-010\"");
  }

  @Test
  void theProblemsTitleIsInTheLanguageTheRequestAcceptsInUtf8() throws Exception {
    HttpResponse<String> nynorsk =
        send(HttpRequest.newBuilder(uri("/api/v1/x")).header("Accept-Language", "nn-NO, en;q=0.5"));

    assertThat(nynorsk.body()).contains("\"title\":\"sida eller ressursen finst ikkje\"");
  }

  @Test
  void anotherAddressThanLoopbackNeedsUsers() {
    WebConfig open = WebConfig.loopback(ProcessStore.inMemory(), CLOCK).withHost("0.0.0.0");

    assertThatThrownBy(() -> WebServer.start(open))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("--bind 0.0.0.0 is not a loopback address: give --users FILE as well");
  }

  @Test
  void theWayBackAfterALoginStaysOnThisServer() {
    assertThat(PageRoutes.safeNext("/processes/vefsn?lang=nn"))
        .isEqualTo("/processes/vefsn?lang=nn");
    assertThat(PageRoutes.safeNext("//evil.example/")).isEqualTo("/");
    assertThat(PageRoutes.safeNext("/\\evil.example")).isEqualTo("/");
    assertThat(PageRoutes.safeNext("https://evil.example/")).isEqualTo("/");
    assertThat(PageRoutes.safeNext("/a\r\nSet-Cookie: x")).isEqualTo("/");
    assertThat(PageRoutes.safeNext(null)).isEqualTo("/");
  }

  /** The tool bound with a users file. */
  @Nested
  class WithUsers {

    private static final String PASSWORD = "riktig hest batteri stift";

    WithUsers() {
      server.close();
      String hash = PasswordHash.of(PASSWORD.toCharArray(), new SecureRandom()).text();
      Users users =
          Users.parse(
              "# the users of the test\nkari:process-lead,resource-person:" + hash + "\n",
              "users.txt",
              new SecureRandom());
      server = WebServer.start(WebConfig.loopback(ProcessStore.inMemory(), CLOCK).withUsers(users));
    }

    @Test
    void aPageSendsTheBrowserToTheLoginAndBack() throws Exception {
      HttpResponse<String> page = get("/?lang=en");

      assertThat(page.statusCode()).isEqualTo(302);
      assertThat(page.headers().firstValue("Location")).hasValue("/login?next=%2F%3Flang%3Den");
    }

    @Test
    void theApiNeedsTheSessionOrBasicCredentials() throws Exception {
      HttpResponse<String> anonymous = get("/api/v1/catalogue");
      HttpResponse<String> right = send(basic("/api/v1/catalogue", "kari", PASSWORD));
      HttpResponse<String> wrong = send(basic("/api/v1/catalogue", "kari", "gjett"));
      HttpResponse<String> unknown = send(basic("/api/v1/catalogue", "ola", PASSWORD));

      assertThat(anonymous.statusCode()).isEqualTo(401);
      assertThat(anonymous.headers().firstValue("WWW-Authenticate"))
          .hasValue("Basic realm=\"levehelelivet\", charset=\"UTF-8\"");
      assertThat(anonymous.body()).contains("\"code\":\"LHL-W-001\"");
      assertThat(right.statusCode()).isEqualTo(200);
      assertThat(wrong.statusCode()).isEqualTo(401);
      assertThat(wrong.body()).contains("\"code\":\"LHL-W-002\"");
      assertThat(unknown.body()).contains("\"code\":\"LHL-W-002\"");
    }

    @Test
    void theOpenApiDocumentAndTheAssetsNeedNoLogin() throws Exception {
      assertThat(get("/assets/app.css").statusCode()).isEqualTo(200);
      assertThat(get("/login").statusCode()).isEqualTo(200);
    }

    @Test
    void aWrongPasswordShowsTheLoginAgainWithItsCode() throws Exception {
      String token = token(get("/login"));

      HttpResponse<String> refused =
          post("/login", Map.of("_csrf", token, "name", "kari", "password", "gjett"));

      assertThat(refused.statusCode()).isEqualTo(401);
      assertThat(refused.body()).contains("LHL-W-002: ukjent bruker eller feil passord");
    }

    @Test
    void aLoginGivesANewSessionWhoseUserActsAndALogoutEndsIt() throws Exception {
      HttpResponse<String> form = get("/login");
      String before = sessionCookie(form);

      HttpResponse<String> login =
          post(
              "/login",
              Map.of("_csrf", token(form), "name", "kari", "password", PASSWORD, "next", "/who"));

      assertThat(login.statusCode()).isEqualTo(303);
      assertThat(login.headers().firstValue("Location")).hasValue("/who");
      assertThat(sessionCookie(login)).isNotEqualTo(before);
      HttpResponse<String> who = get("/who");
      assertThat(who.statusCode()).isEqualTo(200);
      assertThat(who.body()).contains("Logget inn som <strong>kari</strong>");

      HttpResponse<String> logout = post("/logout", Map.of("_csrf", token(who)));
      assertThat(logout.statusCode()).isEqualTo(303);
      assertThat(get("/who").statusCode()).isEqualTo(302);
    }

    @Test
    void aUserActsOnlyInARoleTheFileGivesThem() throws Exception {
      HttpResponse<String> form = get("/login");
      post("/login", Map.of("_csrf", token(form), "name", "kari", "password", PASSWORD));
      String token = token(get("/who"));

      HttpResponse<String> held = post("/who", Map.of("_csrf", token, "role", "resource-person"));
      HttpResponse<String> notHeld =
          post("/who", Map.of("_csrf", token, "role", "municipal-council"));

      assertThat(held.statusCode()).isEqualTo(303);
      assertThat(notHeld.statusCode()).isEqualTo(403);
      assertThat(notHeld.body()).contains("LHL-W-005").contains("kari does not hold the role");
    }

    private HttpRequest.Builder basic(String path, String user, String password) {
      String credentials =
          Base64.getEncoder()
              .encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8));
      return HttpRequest.newBuilder(uri(path)).header("Authorization", "Basic " + credentials);
    }
  }

  private HttpResponse<String> get(String path) throws IOException, InterruptedException {
    return send(HttpRequest.newBuilder(uri(path)));
  }

  private HttpResponse<String> post(String path, Map<String, String> fields)
      throws IOException, InterruptedException {
    return send(
        HttpRequest.newBuilder(uri(path))
            .header("Content-Type", "application/x-www-form-urlencoded")
            .POST(form(fields)));
  }

  private HttpResponse<String> send(HttpRequest.Builder request)
      throws IOException, InterruptedException {
    return client.send(request.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
  }

  private URI uri(String path) {
    return URI.create("http://127.0.0.1:" + server.port() + path);
  }

  private static HttpRequest.BodyPublisher form(Map<String, String> fields) {
    return HttpRequest.BodyPublishers.ofString(
        fields.entrySet().stream()
            .map(
                e ->
                    URLEncoder.encode(e.getKey(), StandardCharsets.UTF_8)
                        + "="
                        + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
            .collect(Collectors.joining("&")));
  }

  private static String token(HttpResponse<String> page) {
    Matcher matcher = TOKEN.matcher(page.body());
    assertThat(matcher.find()).as("the page's csrf-token").isTrue();
    return matcher.group(1);
  }

  private static String sessionCookie(HttpResponse<String> response) {
    return response.headers().allValues("Set-Cookie").stream()
        .filter(c -> c.startsWith("lhl-session="))
        .findFirst()
        .orElseThrow()
        .split(";", 2)[0];
  }

  private String raw(String request) throws IOException {
    try (Socket socket = new Socket(InetAddress.getLoopbackAddress(), server.port())) {
      OutputStream out = socket.getOutputStream();
      out.write(request.getBytes(StandardCharsets.US_ASCII));
      out.flush();
      InputStream in = socket.getInputStream();
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
  }
}
