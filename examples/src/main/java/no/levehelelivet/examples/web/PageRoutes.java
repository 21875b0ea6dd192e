package no.levehelelivet.examples.web;

import com.google.common.collect.ImmutableList;
import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import io.javalin.http.HttpStatus;
import java.util.Optional;
import no.levehelelivet.core.Language;
import no.levehelelivet.process.Role;
import org.jspecify.annotations.Nullable;

/**
 * The pages of the tool: who acts (the login with users, the choice of a name and role on loopback
 * without) and the error page every refused page request gets; the portfolio is in {@link
 * PortfolioPages}.
 */
final class PageRoutes {

  private static final int MAX_NAME = 64;

  private PageRoutes() {}

  static void register(RoutesConfig routes, WebContext web) {
    routes.get("/login", ctx -> loginForm(web, ctx, null, ctx.queryParam("next")));
    routes.post("/login", ctx -> login(web, ctx));
    routes.post("/logout", ctx -> logout(web, ctx));
    routes.get("/who", ctx -> whoForm(web, ctx, null));
    routes.post("/who", ctx -> who(web, ctx));
  }

  /** The page of a refused request: its code, what it means and what to do, in the page's words. */
  static void error(WebContext web, Context ctx, WebFailure failure) {
    Frame frame = Frame.of(web, ctx, failure.code().meaning(web.language(ctx)), "");
    web.render(ctx, "error.jte", new ErrorPage(frame, failure));
  }

  private static void loginForm(
      WebContext web, Context ctx, @Nullable String problem, @Nullable String next) {
    if (!web.hasUsers()) {
      ctx.redirect("/who");
      return;
    }
    Frame frame = Frame.of(web, ctx, WebTexts.of(web.language(ctx)).get("login.title"), "");
    web.render(ctx, "login.jte", new LoginPage(frame, problem, safeNext(next)));
  }

  private static void login(WebContext web, Context ctx) {
    Users users =
        web.config()
            .users()
            .orElseThrow(() -> new WebFailure(WebCode.NOT_FOUND, "/login: the tool has no users"));
    String name = Optional.ofNullable(ctx.formParam("name")).orElse("").strip();
    String password = Optional.ofNullable(ctx.formParam("password")).orElse("");
    String next = safeNext(ctx.formParam("next"));
    Optional<WebUser> user = users.authenticate(name, password.toCharArray());
    if (user.isEmpty()) {
      ctx.status(HttpStatus.UNAUTHORIZED);
      Language language = web.language(ctx);
      loginForm(
          web,
          ctx,
          WebCode.BAD_CREDENTIALS.code() + ": " + WebCode.BAD_CREDENTIALS.meaning(language),
          next);
      return;
    }
    // A new id after the login, so that an id planted before it is worth nothing.
    WebSession session = web.sessions().renew(web.sessionOrNew(ctx).withUser(user.get()));
    web.attach(ctx, session);
    ctx.redirect(next, HttpStatus.SEE_OTHER);
  }

  private static void logout(WebContext web, Context ctx) {
    web.logout(ctx);
    ctx.redirect(web.hasUsers() ? "/login" : "/", HttpStatus.SEE_OTHER);
  }

  private static void whoForm(WebContext web, Context ctx, @Nullable String problem) {
    Language language = web.language(ctx);
    Frame frame = Frame.of(web, ctx, WebTexts.of(language).get("who.title"), "");
    Optional<WebUser> user = web.user(ctx);
    ImmutableList<Choice> roles =
        Role.standardRoles().stream()
            .filter(role -> user.isEmpty() || user.get().holds(role.code()))
            .map(role -> new Choice(role.code(), role.label(language)))
            .collect(ImmutableList.toImmutableList());
    WebSession session = web.sessionOrNew(ctx);
    web.render(
        ctx,
        "who.jte",
        new WhoPage(
            frame,
            problem,
            user.map(WebUser::name).orElse(session.actor()),
            user.isPresent(),
            session.role(),
            roles,
            safeNext(ctx.queryParam("next"))));
  }

  private static void who(WebContext web, Context ctx) {
    Optional<WebUser> user = web.user(ctx);
    String role = Optional.ofNullable(ctx.formParam("role")).orElse("").strip();
    String next = safeNext(ctx.formParam("next"));
    Language language = web.language(ctx);
    WebTexts texts = WebTexts.of(language);
    boolean known = Role.standardRoles().stream().anyMatch(r -> r.code().equals(role));
    if (!known) {
      ctx.status(HttpStatus.BAD_REQUEST);
      whoForm(web, ctx, WebCode.BAD_PARAMETER.code() + ": " + texts.get("who.pick-role"));
      return;
    }
    if (user.isPresent()) {
      if (!user.get().holds(role)) {
        throw new WebFailure(
            WebCode.ROLE_NOT_HELD, user.get().name() + " does not hold the role " + role);
      }
      web.update(ctx, s -> s.withRole(role));
    } else {
      String name = Optional.ofNullable(ctx.formParam("name")).orElse("").strip();
      if (name.isEmpty()
          || name.length() > MAX_NAME
          || !name.codePoints().allMatch(c -> !Character.isISOControl(c))) {
        ctx.status(HttpStatus.BAD_REQUEST);
        whoForm(web, ctx, WebCode.BAD_PARAMETER.code() + ": " + texts.get("who.name-rule"));
        return;
      }
      web.update(ctx, s -> s.withActor(name, role));
    }
    ctx.redirect(next, HttpStatus.SEE_OTHER);
  }

  /** A way back after the login that stays on this server: a path, never another site. */
  static String safeNext(@Nullable String next) {
    if (next == null
        || !next.startsWith("/")
        || next.startsWith("//")
        || next.startsWith("/\\")
        || next.length() > 2000
        || next.codePoints().anyMatch(Character::isISOControl)) {
      return "/";
    }
    return next;
  }

  /** One choice of a select. */
  record Choice(String code, String label) {}

  /** The error page's model. */
  record ErrorPage(Frame frame, WebFailure failure) {
    String code() {
      return failure.code().code();
    }

    String meaning() {
      return failure.code().meaning(frame.language());
    }

    String remedy() {
      return failure.code().remedy(frame.language());
    }

    String detail() {
      return failure.detail();
    }
  }

  /** The login page's model. */
  record LoginPage(Frame frame, @Nullable String problem, String next) {}

  /** The page where the user says who acts and in which role. */
  record WhoPage(
      Frame frame,
      @Nullable String problem,
      @Nullable String name,
      boolean nameFixed,
      @Nullable String role,
      ImmutableList<Choice> roles,
      String next) {}
}
