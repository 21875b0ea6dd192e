package no.levehelelivet.examples.web;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * A small HTTP client of the tool's REST API for the tests: one request at a time on loopback,
 * answers read as JSON.
 */
final class ApiClient {

  private static final JsonMapper JSON = JsonMapper.builder().build();

  private final HttpClient http = HttpClient.newHttpClient();
  private final String base;

  ApiClient(WebServer server) {
    this.base = "http://127.0.0.1:" + server.port();
  }

  /** A request of the API, built up and then sent. */
  Request request(String method, String path) {
    return new Request(method, path);
  }

  Answer get(String path) {
    return request("GET", path).send();
  }

  Answer post(String path, String json) {
    return request("POST", path).json(json).send();
  }

  /** A request being built. */
  final class Request {
    private final String method;
    private final String path;
    private final List<String> headers = new ArrayList<>();
    private byte[] body = new byte[0];

    private Request(String method, String path) {
      this.method = method;
      this.path = path;
    }

    Request header(String name, String value) {
      headers.add(name);
      headers.add(value);
      return this;
    }

    Request json(String json) {
      return body("application/json", json);
    }

    Request body(String contentType, String text) {
      this.body = text.getBytes(StandardCharsets.UTF_8);
      return header("Content-Type", contentType);
    }

    Request bytes(String contentType, byte[] bytes) {
      this.body = bytes.clone();
      return header("Content-Type", contentType);
    }

    Answer send() {
      HttpRequest.Builder builder =
          HttpRequest.newBuilder(URI.create(base + path))
              .method(
                  method,
                  body.length == 0
                      ? HttpRequest.BodyPublishers.noBody()
                      : HttpRequest.BodyPublishers.ofByteArray(body));
      for (int i = 0; i < headers.size(); i += 2) {
        builder.header(headers.get(i), headers.get(i + 1));
      }
      try {
        return new Answer(http.send(builder.build(), HttpResponse.BodyHandlers.ofString()));
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new IllegalStateException(e);
      }
    }
  }

  /** An answer: its status, headers and body. */
  record Answer(HttpResponse<String> response) {
    int status() {
      return response.statusCode();
    }

    String text() {
      return response.body();
    }

    JsonNode json() {
      return JSON.readTree(response.body());
    }

    Optional<String> header(String name) {
      return response.headers().firstValue(name);
    }

    String contentType() {
      return header("Content-Type").orElse("");
    }

    /** The problem's code, for an answer that is problem details. */
    String code() {
      return json().path("code").asString();
    }

    @Override
    public String toString() {
      return status() + " " + response.body();
    }
  }
}
