package no.levehelelivet.examples.web;

import com.google.common.collect.ImmutableList;
import io.javalin.Javalin;
import io.javalin.http.Context;
import io.javalin.http.HttpResponseException;
import io.javalin.http.staticfiles.Location;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.Locale;
import no.levehelelivet.core.Language;

/**
 * The process tool's HTTP server (<i>tenaren</i>): the pages, the REST API under {@code /api/v1},
 * the scripts and styles they need from the jar, and the guard in front of all of them.
 *
 * <pre>{@code
 * try (WebServer server = WebServer.start(WebConfig.loopback(store, Clock.systemUTC()))) {
 *   System.out.println(server.address());
 * }
 * }</pre>
 */
final class WebServer implements AutoCloseable {

  private final Javalin app;
  private final WebContext web;

  private WebServer(Javalin app, WebContext web) {
    this.app = app;
    this.web = web;
  }

  /**
   * Starts the server on {@code config}'s host and port.
   *
   * @throws IllegalArgumentException if the host is not a loopback address and there are no users:
   *     the tool lets no one in elsewhere without a login
   */
  static WebServer start(WebConfig config) {
    boolean loopback = isLoopback(config.host());
    if (!loopback && config.users().isEmpty()) {
      throw new IllegalArgumentException(
          "--bind " + config.host() + " is not a loopback address: give --users FILE as well");
    }
    WebContext web = new WebContext(config);
    Guard guard = new Guard(web, loopback);
    Javalin app =
        Javalin.create(
            cfg -> {
              cfg.startup.showJavalinBanner = false;
              cfg.startup.showOldJavalinVersionWarning = false;
              cfg.jetty.host = config.host();
              cfg.jetty.port = config.port();
              cfg.http.maxRequestSize = config.codec().limits().maxDocumentBytes();
              cfg.http.prefer405over404 = true;
              cfg.staticFiles.add(
                  files -> {
                    files.hostedPath = "/assets";
                    files.directory = "/no/levehelelivet/examples/web/assets";
                    files.location = Location.CLASSPATH;
                  });
              cfg.staticFiles.enableWebjars();
              cfg.routes.before(guard::check);
              PageRoutes.register(cfg.routes, web);
              PortfolioPages.register(cfg.routes, web);
              ReformPages.register(cfg.routes, web);
              ProcessPages.register(cfg.routes, web);
              ApiRoutes.register(cfg.routes, web);
              cfg.routes.exception(WebFailure.class, (e, ctx) -> fail(web, ctx, e));
              cfg.routes.exception(
                  HttpResponseException.class, (e, ctx) -> fail(web, ctx, translate(web, e, ctx)));
              cfg.routes.exception(
                  Exception.class,
                  (e, ctx) ->
                      fail(
                          web,
                          ctx,
                          new WebFailure(
                              WebCode.UNEXPECTED,
                              ctx.method() + " " + ctx.path() + ": " + e.getClass().getName())));
              cfg.routes.error(
                  404,
                  "*",
                  ctx -> {
                    if (ctx.result() == null) {
                      fail(web, ctx, new WebFailure(WebCode.NOT_FOUND, ctx.path()));
                    }
                  });
              cfg.routes.error(
                  405,
                  "*",
                  ctx ->
                      fail(
                          web,
                          ctx,
                          new WebFailure(
                              WebCode.METHOD_NOT_ALLOWED, ctx.method() + " " + ctx.path())));
            });
    app.start();
    return new WebServer(app, web);
  }

  /** The port the server listens on: the one picked by the system if the config asked for 0. */
  int port() {
    return app.port();
  }

  /** The address to open in a browser, such as {@code http://127.0.0.1:8080/}. */
  String address() {
    String host = web.config().host();
    String shown = host.contains(":") ? "[" + host + "]" : host;
    if (host.equals("0.0.0.0") || host.equals("::")) {
      shown = "localhost";
    }
    return "http://" + shown + ":" + port() + "/";
  }

  WebContext context() {
    return web;
  }

  /** Every route the server answers, as {@code METHOD path}, for the test of the API's document. */
  ImmutableList<String> routes() {
    return app.unsafe.internalRouter.allHttpHandlers().stream()
        .map(handler -> handler.endpoint.method + " " + handler.endpoint.path)
        .collect(ImmutableList.toImmutableList());
  }

  /** Stops the server: requests in flight are finished, then the port is freed. */
  @Override
  public void close() {
    app.stop();
  }

  private static void fail(WebContext web, Context ctx, WebFailure failure) {
    Language language = web.language(ctx);
    if (ctx.path().startsWith("/api/")) {
      ProblemDetails.send(ctx, failure, language);
    } else {
      ctx.status(failure.status());
      PageRoutes.error(web, ctx, failure);
    }
  }

  private static WebFailure translate(WebContext web, HttpResponseException e, Context ctx) {
    int status = e.getStatus();
    WebCode code =
        switch (status) {
          case 413 -> WebCode.TOO_LARGE;
          case 415 -> WebCode.UNSUPPORTED_MEDIA_TYPE;
          case 404 -> WebCode.NOT_FOUND;
          case 405 -> WebCode.METHOD_NOT_ALLOWED;
          case 401 -> WebCode.LOGIN_REQUIRED;
          case 400 -> WebCode.BAD_PARAMETER;
          default -> WebCode.UNEXPECTED;
        };
    String detail = ctx.method() + " " + ctx.path();
    if (code == WebCode.TOO_LARGE) {
      detail += ": more than " + web.codec().limits().maxDocumentBytes() + " bytes";
    }
    return new WebFailure(code, detail);
  }

  /** Whether {@code host} names only this machine: 127.0.0.0/8, ::1, or {@code localhost}. */
  static boolean isLoopback(String host) {
    if (host.toLowerCase(Locale.ROOT).equals("localhost")) {
      return true;
    }
    try {
      // A literal address is parsed, never looked up.
      if (!host.matches("[0-9.]+|[0-9a-fA-F:]+")) {
        return false;
      }
      return InetAddress.getByName(host).isLoopbackAddress();
    } catch (UnknownHostException e) {
      return false;
    }
  }

  @Override
  public String toString() {
    return "WebServer[" + address() + "]";
  }
}
