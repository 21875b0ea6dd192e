package no.levehelelivet.examples.web;

import io.javalin.http.Context;
import io.javalin.http.HandlerType;
import io.javalin.security.BasicAuthCredentials;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * What every request passes before it reaches a route: the security headers, the check that it is
 * meant for this server, its session, its user when the tool has users, and for every request that
 * changes anything, its {@code Origin} and its CSRF token.
 *
 * <p>The rules:
 *
 * <ul>
 *   <li>Every response carries a Content-Security-Policy that allows no inline script and nothing
 *       from elsewhere, and headers that forbid framing and sniffing.
 *   <li>On loopback the {@code Host} must be a loopback name, so that a page elsewhere cannot reach
 *       the tool by pointing its own name at 127.0.0.1.
 *   <li>A request that changes anything (any method but GET, HEAD and OPTIONS) with an {@code
 *       Origin} other than the server's own is refused; so is one the browser marks cross-site.
 *   <li>A page's form, and an API write that comes with the session cookie, must carry the
 *       session's token, in the form field {@code _csrf} or the header {@code X-CSRF-Token}.
 *   <li>With users, every page but the login needs a logged-in session, and every API route but the
 *       OpenAPI document needs the session or HTTP Basic credentials.
 * </ul>
 */
final class Guard {

  /**
   * The policy: only what the jar serves. Styles may be inline because the diagram library writes
   * its own {@code <style>} into each drawing; scripts never.
   */
  static final String CONTENT_SECURITY_POLICY =
      "default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline'; img-src 'self'"
          + " data:; font-src 'self'; connect-src 'self'; object-src 'none'; base-uri 'none';"
          + " form-action 'self'; frame-ancestors 'none'";

  private static final Set<String> LOOPBACK_NAMES = Set.of("localhost", "127.0.0.1", "[::1]");
  private static final Set<HandlerType> SAFE =
      Set.of(HandlerType.GET, HandlerType.HEAD, HandlerType.OPTIONS);

  private final WebContext web;
  private final boolean loopback;

  Guard(WebContext web, boolean loopback) {
    this.web = web;
    this.loopback = loopback;
  }

  /** Runs before every request. */
  void check(Context ctx) {
    ctx.header("Content-Security-Policy", CONTENT_SECURITY_POLICY);
    ctx.header("X-Content-Type-Options", "nosniff");
    ctx.header("X-Frame-Options", "DENY");
    // Not no-referrer: with it a browser sends "Origin: null" on its own forms.
    ctx.header("Referrer-Policy", "same-origin");
    ctx.header("Cache-Control", isAsset(ctx.path()) ? "public, max-age=3600" : "no-store");

    String host = ctx.header("Host");
    if (loopback && (host == null || !LOOPBACK_NAMES.contains(hostName(host)))) {
      throw new WebFailure(
          WebCode.FOREIGN_ORIGIN,
          "Host " + Quote.of(host == null ? "" : host) + " is not a loopback name");
    }

    String cookie = ctx.cookie(WebContext.SESSION_COOKIE);
    Optional<WebSession> session = cookie == null ? Optional.empty() : web.sessions().find(cookie);
    session.ifPresent(s -> web.found(ctx, s));

    boolean api = ctx.path().startsWith("/api/");
    if (!SAFE.contains(ctx.method())) {
      checkOrigin(ctx, host);
      if (!api || session.isPresent()) {
        checkToken(ctx, session.orElse(null), api);
      }
    }

    if (web.hasUsers() && !isPublic(ctx.path())) {
      Optional<WebUser> user = session.map(WebSession::user);
      if (user.isEmpty() && api) {
        user = basic(ctx);
      }
      if (user.isEmpty()) {
        if (api) {
          ctx.header("WWW-Authenticate", "Basic realm=\"levehelelivet\", charset=\"UTF-8\"");
          throw new WebFailure(WebCode.LOGIN_REQUIRED, ctx.method() + " " + ctx.path());
        }
        if (HandlerType.GET.equals(ctx.method())) {
          String next =
              ctx.queryString() == null ? ctx.path() : ctx.path() + "?" + ctx.queryString();
          ctx.redirect("/login?next=" + URLEncoder.encode(next, StandardCharsets.UTF_8));
          ctx.skipRemainingHandlers();
          return;
        }
        throw new WebFailure(WebCode.LOGIN_REQUIRED, ctx.method() + " " + ctx.path());
      }
      web.setUser(ctx, user.get());
    }
  }

  private void checkOrigin(Context ctx, @Nullable String host) {
    String origin = ctx.header("Origin");
    if (origin != null) {
      String own = ctx.scheme() + "://" + (host == null ? "" : host);
      if (!origin.equalsIgnoreCase(own)) {
        throw new WebFailure(
            WebCode.FOREIGN_ORIGIN,
            "Origin " + Quote.of(origin) + " on " + ctx.method() + " " + ctx.path());
      }
    }
    String site = ctx.header("Sec-Fetch-Site");
    if (site != null && site.equalsIgnoreCase("cross-site")) {
      throw new WebFailure(
          WebCode.FOREIGN_ORIGIN, "a cross-site " + ctx.method() + " " + ctx.path());
    }
  }

  private static void checkToken(Context ctx, @Nullable WebSession session, boolean api) {
    String sent = ctx.header(WebContext.CSRF_HEADER);
    if (sent == null && !api && isForm(ctx)) {
      sent = ctx.formParam(WebContext.CSRF_FIELD);
    }
    if (session == null) {
      throw new WebFailure(WebCode.CSRF_TOKEN, "no session for " + ctx.method() + " " + ctx.path());
    }
    if (sent == null
        || !MessageDigest.isEqual(
            sent.getBytes(StandardCharsets.UTF_8),
            session.csrf().getBytes(StandardCharsets.UTF_8))) {
      throw new WebFailure(
          WebCode.CSRF_TOKEN,
          (sent == null ? "no token" : "a stale token") + " on " + ctx.method() + " " + ctx.path());
    }
  }

  private Optional<WebUser> basic(Context ctx) {
    String authorization = ctx.header("Authorization");
    if (authorization == null || !authorization.regionMatches(true, 0, "Basic ", 0, 6)) {
      return Optional.empty();
    }
    BasicAuthCredentials credentials;
    try {
      credentials = ctx.basicAuthCredentials();
    } catch (RuntimeException e) {
      throw new WebFailure(WebCode.BAD_CREDENTIALS, "the Authorization header is not HTTP Basic");
    }
    if (credentials == null) {
      return Optional.empty();
    }
    Users users = web.config().users().orElseThrow();
    Optional<WebUser> user =
        users.authenticate(credentials.getUsername(), credentials.getPassword().toCharArray());
    if (user.isEmpty()) {
      throw new WebFailure(
          WebCode.BAD_CREDENTIALS, "for the user " + Quote.of(credentials.getUsername()));
    }
    return user;
  }

  private static boolean isForm(Context ctx) {
    String type = ctx.contentType();
    if (type == null) {
      return false;
    }
    String lower = type.toLowerCase(Locale.ROOT);
    return lower.startsWith("application/x-www-form-urlencoded")
        || lower.startsWith("multipart/form-data");
  }

  /** Paths anyone may fetch, logged in or not. */
  static boolean isPublic(String path) {
    return isAsset(path)
        || path.equals("/login")
        || path.equals("/api/openapi.json")
        || path.equals("/favicon.ico");
  }

  static boolean isAsset(String path) {
    return path.startsWith("/assets/") || path.startsWith("/webjars/");
  }

  /** The name part of a {@code Host} header: without its port, IPv6 brackets kept. */
  static String hostName(String host) {
    String lower = host.toLowerCase(Locale.ROOT);
    if (lower.startsWith("[")) {
      int end = lower.indexOf(']');
      return end < 0 ? lower : lower.substring(0, end + 1);
    }
    int colon = lower.indexOf(':');
    return colon < 0 ? lower : lower.substring(0, colon);
  }
}
