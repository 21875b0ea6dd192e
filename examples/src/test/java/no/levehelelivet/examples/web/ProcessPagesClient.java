package no.levehelelivet.examples.web;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;

/**
 * A browser's part in the page tests, without a browser: one session cookie, the form token read
 * from the last page's {@code <meta name="csrf-token">}, forms sent as a browser sends them, and
 * redirects left for the test to see.
 */
final class ProcessPagesClient {

  /** A response: its status, its {@code Location} if any, and its body as HTML. */
  record Page(int status, String location, String html, Document document) {}

  private final String base;
  private final HttpClient http;
  private String csrf = "";

  ProcessPagesClient(WebServer server) {
    this.base = "http://127.0.0.1:" + server.port();
    this.http =
        HttpClient.newBuilder()
            .cookieHandler(new CookieManager())
            .followRedirects(HttpClient.Redirect.NEVER)
            .build();
  }

  /** Fetches a page and keeps its form token. */
  Page get(String path) {
    Page page = send(HttpRequest.newBuilder(URI.create(base + path)).GET().build());
    String token = page.document().select("meta[name=csrf-token]").attr("content");
    if (!token.isEmpty()) {
      csrf = token;
    }
    return page;
  }

  /** Sends a form, with the session's token, as {@code application/x-www-form-urlencoded}. */
  Page post(String path, Map<String, String> fields) {
    Map<String, String> all = new LinkedHashMap<>();
    all.put("_csrf", csrf);
    all.putAll(fields);
    String body =
        all.entrySet().stream()
            .map(e -> encode(e.getKey()) + "=" + encode(e.getValue()))
            .collect(Collectors.joining("&"));
    return send(
        HttpRequest.newBuilder(URI.create(base + path))
            .header("Content-Type", "application/x-www-form-urlencoded")
            .POST(HttpRequest.BodyPublishers.ofString(body))
            .build());
  }

  /** Sends a form with a file, with the session's token, as {@code multipart/form-data}. */
  Page upload(String path, String fileName, String content, Map<String, String> fields) {
    String boundary = "----lhl" + UUID.nameUUIDFromBytes(content.getBytes(StandardCharsets.UTF_8));
    StringBuilder body = new StringBuilder();
    Map<String, String> all = new LinkedHashMap<>();
    all.put("_csrf", csrf);
    all.putAll(fields);
    all.forEach(
        (name, value) ->
            body.append("--")
                .append(boundary)
                .append("\r\nContent-Disposition: form-data; name=\"")
                .append(name)
                .append("\"\r\n\r\n")
                .append(value)
                .append("\r\n"));
    body.append("--")
        .append(boundary)
        .append("\r\nContent-Disposition: form-data; name=\"file\"; filename=\"")
        .append(fileName)
        .append("\"\r\nContent-Type: application/octet-stream\r\n\r\n")
        .append(content)
        .append("\r\n--")
        .append(boundary)
        .append("--\r\n");
    return send(
        HttpRequest.newBuilder(URI.create(base + path))
            .header("Content-Type", "multipart/form-data; boundary=" + boundary)
            .POST(HttpRequest.BodyPublishers.ofString(body.toString()))
            .build());
  }

  /** Says who acts, as the {@code /who} form does. */
  void actAs(String name, String role) {
    get("/who");
    Page page = post("/who", Map.of("name", name, "role", role, "next", "/"));
    if (page.status() != 303) {
      throw new IllegalStateException("/who answered " + page.status() + ": " + page.html());
    }
  }

  private Page send(HttpRequest request) {
    try {
      HttpResponse<String> response =
          http.send(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
      String location = response.headers().firstValue("Location").orElse("");
      return new Page(
          response.statusCode(), location, response.body(), Jsoup.parse(response.body(), base));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  private static String encode(String value) {
    return URLEncoder.encode(value, StandardCharsets.UTF_8);
  }
}
