package no.levehelelivet.examples.web;

import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;

/**
 * The REST API under {@code /api/v1}: its bodies are the library's wire format, its refusals
 * problem details carrying the library's codes.
 */
final class ApiRoutes {

  static final String JSON = "application/json";

  private ApiRoutes() {}

  static void register(RoutesConfig routes, WebContext web) {
    routes.get("/api/v1/catalogue", ctx -> catalogue(web, ctx));
  }

  private static void catalogue(WebContext web, Context ctx) {
    ctx.contentType(JSON);
    ctx.result(web.codec().writeBytes(web.catalogue()));
  }
}
