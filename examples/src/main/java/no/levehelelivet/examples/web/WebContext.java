package no.levehelelivet.examples.web;

import gg.jte.ContentType;
import gg.jte.TemplateEngine;
import gg.jte.output.StringOutput;
import io.javalin.http.Context;
import java.util.Locale;
import java.util.Optional;
import java.util.function.UnaryOperator;
import no.levehelelivet.core.Catalogue;
import no.levehelelivet.core.Language;
import no.levehelelivet.serialization.WireCodec;
import no.levehelelivet.store.ProcessStore;
import org.jspecify.annotations.Nullable;

/**
 * What every handler of a running tool shares: its configuration, its sessions, its templates, and
 * what the guard found out about the request in hand (its session, its user, its language).
 */
final class WebContext {

  static final String SESSION_COOKIE = "lhl-session";
  static final String CSRF_FIELD = "_csrf";
  static final String CSRF_HEADER = "X-CSRF-Token";

  private static final String SESSION = "lhl.session";
  private static final String USER = "lhl.user";

  private final WebConfig config;
  private final Sessions sessions;
  private final TemplateEngine templates;

  WebContext(WebConfig config) {
    this.config = config;
    this.sessions = new Sessions(config.random(), config.clock());
    this.templates =
        TemplateEngine.createPrecompiled(
            null,
            ContentType.Html,
            WebContext.class.getClassLoader(),
            "no.levehelelivet.examples.web");
  }

  WebConfig config() {
    return config;
  }

  ProcessStore store() {
    return config.store();
  }

  WireCodec codec() {
    return config.codec();
  }

  Catalogue catalogue() {
    return config.catalogue();
  }

  Sessions sessions() {
    return sessions;
  }

  /** Whether the tool has a users file, so that every request needs a logged-in user. */
  boolean hasUsers() {
    return config.users().isPresent();
  }

  /** The session of the request, if its cookie names a live one. */
  Optional<WebSession> session(Context ctx) {
    WebSession session = ctx.attribute(SESSION);
    return Optional.ofNullable(session);
  }

  /** The session of the request, made (and its cookie set) if it has none. */
  WebSession sessionOrNew(Context ctx) {
    WebSession session = ctx.attribute(SESSION);
    if (session == null) {
      session = sessions.create();
      attach(ctx, session);
    }
    return session;
  }

  /**
   * Changes the request's session (made if it has none) and makes the changed one the request's.
   * The change applies to the session's current value, which another request of the same browser
   * may have changed meanwhile.
   */
  WebSession update(Context ctx, UnaryOperator<WebSession> change) {
    WebSession session = sessionOrNew(ctx);
    WebSession changed =
        sessions.update(session.id(), change).orElseGet(() -> change.apply(session));
    ctx.attribute(SESSION, changed);
    return changed;
  }

  /** Makes {@code session}, as the guard found it, the request's. */
  void found(Context ctx, WebSession session) {
    ctx.attribute(SESSION, session);
  }

  /** Makes {@code session} the request's and sets its cookie on the response. */
  void attach(Context ctx, WebSession session) {
    ctx.attribute(SESSION, session);
    ctx.header(
        "Set-Cookie", SESSION_COOKIE + "=" + session.id() + "; Path=/; HttpOnly; SameSite=Strict");
  }

  /** Forgets the request's session and clears its cookie. */
  void logout(Context ctx) {
    session(ctx).ifPresent(s -> sessions.remove(s.id()));
    ctx.attribute(SESSION, null);
    ctx.header("Set-Cookie", SESSION_COOKIE + "=; Path=/; Max-Age=0; HttpOnly; SameSite=Strict");
  }

  /** Records who the guard found the request's user to be. */
  void setUser(Context ctx, WebUser user) {
    ctx.attribute(USER, user);
  }

  /** The logged-in user of the request (by session or HTTP Basic), if the tool has users. */
  Optional<WebUser> user(Context ctx) {
    WebUser user = ctx.attribute(USER);
    return Optional.ofNullable(user);
  }

  /**
   * The language of the request: {@code ?lang=}, else the session's, else the first of nb, nn and
   * en its {@code Accept-Language} names, else the tool's default.
   */
  Language language(Context ctx) {
    Language asked = language(ctx.queryParam("lang"));
    if (asked != null) {
      return asked;
    }
    Optional<WebSession> session = session(ctx);
    if (session.isPresent() && session.get().language() != null) {
      return session.get().language();
    }
    String accept = ctx.header("Accept-Language");
    if (accept != null) {
      for (String range : accept.split(",", 16)) {
        String tag = range.split(";", 2)[0].strip().toLowerCase(Locale.ROOT);
        Language named =
            switch (tag.length() >= 2 ? tag.substring(0, 2) : tag) {
              case "nb", "no" -> Language.BOKMAL;
              case "nn" -> Language.NYNORSK;
              case "en" -> Language.ENGLISH;
              default -> null;
            };
        if (named != null) {
          return named;
        }
      }
    }
    return config.language();
  }

  /** The language a {@code lang} value names, or null if it names none. */
  static @Nullable Language language(@Nullable String code) {
    if (code == null) {
      return null;
    }
    return switch (code) {
      case "nb" -> Language.BOKMAL;
      case "nn" -> Language.NYNORSK;
      case "en" -> Language.ENGLISH;
      default -> null;
    };
  }

  /** Answers the request with the page {@code template} renders from {@code model}. */
  void render(Context ctx, String template, Object model) {
    StringOutput output = new StringOutput();
    templates.render(template, model, output);
    ctx.contentType("text/html; charset=utf-8");
    ctx.result(output.toString());
  }
}
