package no.levehelelivet.examples.web;

import com.google.common.collect.ImmutableList;
import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import io.javalin.http.HandlerType;
import io.javalin.router.Endpoint;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import no.levehelelivet.core.LeveHeleLivetException;

/**
 * The REST API under {@code /api/v1}: its bodies are the library's wire format where it has a
 * document (a process instance, a process definition, the catalogue, a schema) and the shapes
 * {@code /api/openapi.json} describes where it has none; its refusals are problem details carrying
 * the library's codes, or the tool's own {@code LHL-W} codes.
 *
 * <p>{@link #ROUTES} is the one list of the API's routes: the server registers exactly these, and a
 * test holds {@code /api/openapi.json} to them.
 */
final class ApiRoutes {

  static final String JSON = "application/json";
  static final String OPENAPI = "/api/openapi.json";
  static final String BASE = "/api/v1";

  /** One route of the API: a method, a path as Javalin writes it, and what answers it. */
  record Route(HandlerType method, String path, Handler handler) {}

  /** What answers a route. */
  @FunctionalInterface
  interface Handler {
    void handle(WebContext web, Context ctx);
  }

  /** Every route of the API, in the order {@code /api/openapi.json} lists them. */
  static final ImmutableList<Route> ROUTES =
      ImmutableList.of(
          new Route(HandlerType.GET, BASE + "/processes", ApiProcesses::list),
          new Route(HandlerType.POST, BASE + "/processes", ApiProcesses::create),
          new Route(HandlerType.GET, BASE + "/processes/{id}", ApiProcesses::get),
          new Route(HandlerType.GET, BASE + "/processes/{id}/verdicts", ApiProcesses::verdicts),
          new Route(HandlerType.POST, BASE + "/processes/{id}/commands", ApiProcesses::apply),
          new Route(HandlerType.GET, BASE + "/processes/{id}/journal", ApiProcesses::journal),
          new Route(HandlerType.GET, BASE + "/processes/{id}/route", ApiPlans::route),
          new Route(HandlerType.GET, BASE + "/definitions", ApiDefinitions::list),
          new Route(HandlerType.POST, BASE + "/definitions", ApiDefinitions::create),
          new Route(HandlerType.GET, BASE + "/definitions/{id}/{version}", ApiDefinitions::get),
          new Route(HandlerType.GET, BASE + "/catalogue", ApiDefinitions::catalogue),
          new Route(HandlerType.GET, BASE + "/schemas", ApiDefinitions::schemas),
          new Route(HandlerType.GET, BASE + "/schemas/{documentType}", ApiDefinitions::schema),
          new Route(HandlerType.GET, OPENAPI, ApiRoutes::openApi));

  private static final String OPENAPI_RESOURCE = "no/levehelelivet/examples/web/openapi.json";

  private ApiRoutes() {}

  static void register(RoutesConfig routes, WebContext web) {
    for (Route route : ROUTES) {
      routes.addEndpoint(
          new Endpoint(route.method(), route.path(), ctx -> run(web, ctx, route.handler())));
    }
    routes.exception(
        ApiProblem.class,
        (e, ctx) -> send(web, ctx, e.code(), e.status(), e.detail(), e.extensions()));
  }

  /** Runs {@code handler}, turning a failure of the library into its problem details. */
  private static void run(WebContext web, Context ctx, Handler handler) {
    try {
      handler.handle(web, ctx);
    } catch (LeveHeleLivetException e) {
      throw ApiFailures.of(e, web.language(ctx));
    }
  }

  private static void send(
      WebContext web,
      Context ctx,
      no.levehelelivet.core.ErrorCode code,
      int status,
      String detail,
      Map<String, Object> extensions) {
    Map<String, Object> problem =
        ProblemDetails.of(code, status, detail, ctx.path(), web.language(ctx));
    problem.putAll(extensions);
    ProblemDetails.send(ctx, status, problem);
  }

  private static void openApi(WebContext web, Context ctx) {
    ctx.contentType(JSON);
    ctx.result(openApiDocument());
  }

  /** The OpenAPI 3.1 document of the API, as the jar ships it. */
  static byte[] openApiDocument() {
    try (InputStream in = ApiRoutes.class.getClassLoader().getResourceAsStream(OPENAPI_RESOURCE)) {
      if (in == null) {
        throw new IllegalStateException("the jar lacks " + OPENAPI_RESOURCE);
      }
      return in.readAllBytes();
    } catch (IOException e) {
      throw new UncheckedIOException("could not read " + OPENAPI_RESOURCE, e);
    }
  }

  /** The address of the process with this id. */
  static String processHref(String id) {
    return BASE + "/processes/" + segment(id);
  }

  /** The address of the definition with this id and version. */
  static String definitionHref(String id, int version) {
    return BASE + "/definitions/" + segment(id) + "/" + version;
  }

  /**
   * {@code value} as one path segment: every byte but the unreserved characters percent-encoded.
   */
  static String segment(String value) {
    StringBuilder encoded = new StringBuilder();
    for (byte b : value.getBytes(StandardCharsets.UTF_8)) {
      int c = b & 0xff;
      if ((c >= 'a' && c <= 'z')
          || (c >= 'A' && c <= 'Z')
          || (c >= '0' && c <= '9')
          || c == '-'
          || c == '.'
          || c == '_'
          || c == '~') {
        encoded.append((char) c);
      } else {
        encoded.append('%').append(Character.toUpperCase(Character.forDigit(c >> 4, 16)));
        encoded.append(Character.toUpperCase(Character.forDigit(c & 0xf, 16)));
      }
    }
    return encoded.toString();
  }
}
