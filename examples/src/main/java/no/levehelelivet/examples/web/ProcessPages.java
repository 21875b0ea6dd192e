package no.levehelelivet.examples.web;

import com.google.common.collect.ImmutableList;
import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import io.javalin.http.HttpStatus;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.Optional;
import no.levehelelivet.core.Language;
import no.levehelelivet.core.LeveHeleLivetException;
import no.levehelelivet.examples.web.ProcessView.Draft;
import no.levehelelivet.examples.web.ProcessView.Line;
import no.levehelelivet.examples.web.ProcessView.Notice;
import no.levehelelivet.process.Actor;
import no.levehelelivet.process.Command;
import no.levehelelivet.process.ProcessDefinition;
import no.levehelelivet.process.ProcessInstance;
import no.levehelelivet.process.ReasonCode;
import no.levehelelivet.process.Role;
import no.levehelelivet.process.Trigger;
import no.levehelelivet.store.Conflict;
import no.levehelelivet.store.Refused;
import no.levehelelivet.store.Saved;
import no.levehelelivet.store.StoreResult;
import org.jspecify.annotations.Nullable;

/**
 * The pages of the change process (<i>endringsprosessen</i>): the page of one process with its
 * diagram, checklist, buttons, forms and journal, where each form records a step in the store;
 * starting a process ({@link StartPages}); and loading a tailored definition ({@link
 * DefinitionPages}).
 *
 * <p>Every form sends the version of the process it was shown at, so that a step decided on a stale
 * page is refused (as {@code LHL-P-005}) with the page shown again at the stored version and the
 * user's input kept.
 */
final class ProcessPages {

  /** The most evidence references one form sends, as the engine's limits allow. */
  private static final int MAX_EVIDENCE = 100;

  private ProcessPages() {}

  static void register(RoutesConfig routes, WebContext web) {
    DefinitionShelf shelf = new DefinitionShelf(web.store());
    // Before /processes/{id}, which would take "new" for an id.
    routes.get("/processes/new", ctx -> StartPages.form(web, shelf, ctx));
    routes.post("/processes/new", ctx -> StartPages.start(web, shelf, ctx));
    routes.get("/definitions", ctx -> DefinitionPages.list(web, shelf, ctx));
    routes.post("/definitions", ctx -> DefinitionPages.load(web, shelf, ctx));
    routes.get("/processes/{id}", ctx -> show(web, ctx));
    routes.post("/processes/{id}/record", ctx -> step(web, ctx, "record"));
    routes.post("/processes/{id}/answer", ctx -> step(web, ctx, "answer"));
    routes.post("/processes/{id}/fire", ctx -> step(web, ctx, "fire"));
  }

  /** The path of the page of the process with this id. */
  static String path(String id) {
    return "/processes/" + encodePath(id);
  }

  private static void show(WebContext web, Context ctx) {
    ProcessInstance instance = load(web, ctx.pathParam("id"));
    render(web, ctx, instance, null, Draft.NONE);
  }

  /** Records the step the form {@code form} describes, or shows the page again saying why not. */
  private static void step(WebContext web, Context ctx, String form) {
    String id = ctx.pathParam("id");
    ProcessInstance instance = load(web, id);
    Optional<Actor> actor = actor(web, ctx, instance.definition());
    if (actor.isEmpty()) {
      ctx.redirect("/who?next=" + encodeQuery(path(id)), HttpStatus.SEE_OTHER);
      return;
    }
    Draft draft = draft(ctx, form);
    long version = version(ctx);
    Language language = web.language(ctx);
    WebTexts texts = WebTexts.of(language);
    Command command;
    try {
      command = command(draft, actor.get(), version);
    } catch (LeveHeleLivetException e) {
      ctx.status(HttpStatus.BAD_REQUEST);
      render(
          web,
          ctx,
          instance,
          new Notice(
              texts.get("process.not-recorded"),
              ImmutableList.of(new Line(e.code().code(), e.message(language)))),
          draft);
      return;
    }
    StoreResult result = web.store().apply(id, command, web.config().clock());
    if (result instanceof Saved) {
      ctx.redirect(path(id), HttpStatus.SEE_OTHER);
    } else if (result instanceof Refused refused) {
      ctx.status(HttpStatus.UNPROCESSABLE_CONTENT);
      render(
          web,
          ctx,
          refused.rejected().instance(),
          new Notice(
              texts.get("process.not-recorded"),
              ProcessView.lines(refused.reasons(), instance.definition(), language)),
          draft);
    } else {
      Conflict conflict = (Conflict) result;
      ctx.status(HttpStatus.CONFLICT);
      ReasonCode stale = ReasonCode.STALE_VERSION;
      render(
          web,
          ctx,
          load(web, id),
          new Notice(
              texts.format("process.stale", conflict.expectedVersion(), conflict.currentVersion()),
              ImmutableList.of(
                  new Line(
                      stale.code(),
                      stale.meaning(language) + ": " + stale.remedy(language) + "."))),
          draft);
    }
  }

  private static Command command(Draft draft, Actor actor, long version) {
    Command.Builder command = Command.builder().actor(actor).expectedVersion(version);
    ImmutableList<String> evidence =
        Arrays.stream(draft.evidence().split("\\R", MAX_EVIDENCE + 1))
            .map(String::strip)
            .filter(line -> !line.isEmpty())
            .collect(ImmutableList.toImmutableList());
    command.addAllEvidence(evidence);
    if (!draft.note().isBlank()) {
      command.note(draft.note());
    }
    switch (draft.form()) {
      case "record" -> {
        command.trigger(Trigger.RECORD_CRITERION.code());
        if (!draft.criterion().isEmpty()) {
          command.criterion(draft.criterion());
        }
      }
      case "answer" -> {
        command.trigger(Trigger.ANSWER_QUESTION.code());
        if (!draft.question().isEmpty()) {
          command.question(draft.question());
        }
      }
      default -> {
        command.trigger(draft.trigger());
        if (!draft.target().isEmpty()) {
          command.target(draft.target());
        }
      }
    }
    return command.build();
  }

  private static Draft draft(Context ctx, String form) {
    return new Draft(
        form,
        field(ctx, "trigger"),
        field(ctx, "criterion"),
        field(ctx, "question"),
        field(ctx, "target"),
        Optional.ofNullable(ctx.formParam("note")).orElse(""),
        Optional.ofNullable(ctx.formParam("evidence")).orElse(""));
  }

  private static String field(Context ctx, String name) {
    return Optional.ofNullable(ctx.formParam(name)).orElse("").strip();
  }

  /** The version the form was shown at, which the step expects the process to be at. */
  private static long version(Context ctx) {
    String sent = field(ctx, "version");
    try {
      long version = Long.parseLong(sent);
      if (version >= 1) {
        return version;
      }
    } catch (NumberFormatException e) {
      // refused below, naming what was sent
    }
    throw new WebFailure(
        WebCode.BAD_PARAMETER,
        "the form field version must be the process's version, a whole number from 1; was "
            + Quote.of(sent));
  }

  private static void render(
      WebContext web, Context ctx, ProcessInstance instance, @Nullable Notice notice, Draft draft) {
    Language language = web.language(ctx);
    Frame frame =
        Frame.of(
            web,
            ctx,
            WebTexts.of(language)
                .format("process.title", instance.municipality().name(), instance.id()),
            "portfolio");
    LocalDate today = LocalDate.now(web.config().clock().withZone(ProcessView.ZONE));
    Actor actor = actor(web, ctx, instance.definition()).orElse(null);
    RoutePlan plan =
        RoutePlan.of(
            instance,
            Optional.ofNullable(ctx.queryParam("target")).orElse("").strip(),
            ctx.queryParams("role"),
            language);
    web.render(
        ctx, "process.jte", ProcessView.of(frame, instance, actor, today, plan, notice, draft));
  }

  static ProcessInstance load(WebContext web, String id) {
    return web.store()
        .find(id)
        .orElseThrow(
            () -> new WebFailure(WebCode.NOT_FOUND, "no process has the id " + Quote.of(id)));
  }

  /**
   * Who acts on this request: the logged-in user in the role chosen, or the name and role chosen on
   * {@code /who}; empty if nobody has said yet, or the role is one the user does not hold.
   */
  static Optional<Actor> actor(WebContext web, Context ctx, ProcessDefinition definition) {
    Optional<WebSession> session = web.session(ctx);
    String role = session.map(WebSession::role).orElse(null);
    if (role == null) {
      return Optional.empty();
    }
    Optional<WebUser> user = web.user(ctx);
    String name;
    if (user.isPresent()) {
      if (!user.get().holds(role)) {
        return Optional.empty();
      }
      name = user.get().name();
    } else if (web.hasUsers()) {
      return Optional.empty();
    } else {
      name = session.map(WebSession::actor).orElse(null);
      if (name == null) {
        return Optional.empty();
      }
    }
    Optional<Role> known =
        definition
            .findRole(role)
            .or(() -> Role.standardRoles().stream().filter(r -> r.code().equals(role)).findFirst());
    if (known.isEmpty()) {
      return Optional.empty();
    }
    try {
      return Optional.of(Actor.of(name, known.get()));
    } catch (LeveHeleLivetException e) {
      // A name the engine does not take as an actor id: the user must choose another on /who.
      return Optional.empty();
    }
  }

  /** {@code value} percent-encoded for a path segment. */
  static String encodePath(String value) {
    return URLEncoder.encode(value, StandardCharsets.UTF_8).replace("+", "%20");
  }

  /** {@code value} percent-encoded for a query parameter. */
  static String encodeQuery(String value) {
    return URLEncoder.encode(value, StandardCharsets.UTF_8);
  }
}
