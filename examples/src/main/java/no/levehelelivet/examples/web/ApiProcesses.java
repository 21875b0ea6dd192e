package no.levehelelivet.examples.web;

import com.google.common.collect.ImmutableMap;
import io.javalin.http.Context;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Supplier;
import no.levehelelivet.core.Language;
import no.levehelelivet.core.LeveHeleLivetException;
import no.levehelelivet.core.Municipality;
import no.levehelelivet.process.Actor;
import no.levehelelivet.process.Command;
import no.levehelelivet.process.ProcessDefinition;
import no.levehelelivet.process.ProcessInstance;
import no.levehelelivet.process.ProcessStatus;
import no.levehelelivet.process.ReasonCode;
import no.levehelelivet.process.Verdict;
import no.levehelelivet.process.journal.JournalEntry;
import no.levehelelivet.store.Conflict;
import no.levehelelivet.store.ProcessPage;
import no.levehelelivet.store.ProcessQuery;
import no.levehelelivet.store.ProcessSummary;
import no.levehelelivet.store.Refused;
import no.levehelelivet.store.Saved;
import no.levehelelivet.store.StoreCode;
import no.levehelelivet.store.StoreResult;

/**
 * The routes of processes: the portfolio's listing, a new process, a process with its ETag, the
 * verdicts of its triggers for a role, a command applied on the version the client saw, and the
 * journal.
 */
final class ApiProcesses {

  private static final Set<String> LIST_PARAMETERS =
      Set.of(
          "municipality", "definition", "phase", "status", "overdueOn", "limit", "after", "lang");

  private ApiProcesses() {}

  /** {@code GET /api/v1/processes}: one page of the stored processes the filters select. */
  static void list(WebContext web, Context ctx) {
    for (String name : ctx.queryParamMap().keySet()) {
      if (!LIST_PARAMETERS.contains(name)) {
        throw badParameter(name, "is not a parameter of this route");
      }
    }
    ProcessQuery query = ProcessQuery.all();
    Language language = web.language(ctx);
    Optional<String> municipality = parameter(ctx, "municipality");
    if (municipality.isPresent()) {
      query = inParameter("municipality", language, query::withMunicipality, municipality.get());
    }
    Optional<String> definition = parameter(ctx, "definition");
    if (definition.isPresent()) {
      query = inParameter("definition", language, query::withDefinitionId, definition.get());
    }
    Optional<String> phase = parameter(ctx, "phase");
    if (phase.isPresent()) {
      query = inParameter("phase", language, query::withPhase, phase.get());
    }
    Optional<String> status = parameter(ctx, "status");
    if (status.isPresent()) {
      ProcessStatus chosen = inParameter("status", language, ProcessStatus::fromCode, status.get());
      query = query.withStatus(chosen);
    }
    Optional<String> overdueOn = parameter(ctx, "overdueOn");
    if (overdueOn.isPresent()) {
      try {
        query = query.withOverdueOn(LocalDate.parse(overdueOn.get()));
      } catch (DateTimeParseException e) {
        throw badParameter(
            "overdueOn", "must be a date such as 2026-12-31, was " + Quote.of(overdueOn.get()));
      }
    }
    Optional<String> limit = parameter(ctx, "limit");
    if (limit.isPresent()) {
      int size;
      try {
        size = Integer.parseInt(limit.get());
      } catch (NumberFormatException e) {
        throw badParameter("limit", "must be a whole number, was " + Quote.of(limit.get()));
      }
      query = inParameter("limit", language, query::withLimit, size);
    }
    Optional<String> after = parameter(ctx, "after");
    if (after.isPresent()) {
      query = inParameter("after", language, query::withAfter, after.get());
    }
    ProcessPage page = web.store().processes(query);
    List<Map<String, Object>> processes = new ArrayList<>();
    for (ProcessSummary summary : page.processes()) {
      processes.add(ApiShapes.summary(summary));
    }
    Map<String, Object> body = new LinkedHashMap<>();
    body.put("processes", processes);
    page.next()
        .ifPresent(
            next -> {
              String href = href(next);
              body.put("next", href);
              ctx.header("Link", "<" + href + ">; rel=\"next\"");
            });
    json(web, ctx, 200, body);
  }

  /** {@code POST /api/v1/processes}: a new process, in its definition's first phase. */
  static void create(WebContext web, Context ctx) {
    Language language = web.language(ctx);
    ApiFields body =
        web.apiJson().object(ctx).only("id", "municipality", "definition", "actor", "role");
    ApiFields place =
        body.object("municipality")
            .orElseThrow(() -> ApiFields.bad("/municipality", "the member is required"))
            .only("name", "number");
    String name = place.requiredText("name");
    String number = place.requiredText("number");
    Municipality municipality = at("/municipality", language, () -> Municipality.of(name, number));
    ProcessDefinition definition = definition(web, body);
    Actor actor = actor(web, ctx, body, definition, language);
    String id = body.text("id").orElse("lhl-" + municipality.number());
    ProcessInstance instance =
        at(
            body.at("id"),
            language,
            () -> ProcessInstance.start(definition, id, municipality, actor, web.config().clock()));
    StoreResult result = web.store().create(instance);
    if (result instanceof Conflict conflict) {
      throw new WebFailure(
          WebCode.PROCESS_EXISTS,
          WebCode.PROCESS_EXISTS.status(),
          "a process with the id " + Quote.of(id) + " is already stored",
          ImmutableMap.of("processId", id, "currentVersion", conflict.currentVersion()));
    }
    ProcessInstance stored = ((Saved) result).instance();
    ctx.header("Location", ApiRoutes.processHref(stored.id()));
    document(web, ctx, 201, stored);
  }

  /** {@code GET /api/v1/processes/{id}}: the process-instance document, with its version. */
  static void get(WebContext web, Context ctx) {
    document(web, ctx, 200, load(web, ctx));
  }

  /** {@code GET /api/v1/processes/{id}/verdicts}: what the role may fire now, and why not. */
  static void verdicts(WebContext web, Context ctx) {
    Language language = web.language(ctx);
    ProcessInstance instance = load(web, ctx);
    String role =
        parameter(ctx, "role")
            .orElseThrow(
                () -> badParameter("role", "is required: the code of the role to ask for"));
    String actorId =
        parameter(ctx, "actor").or(() -> web.user(ctx).map(WebUser::name)).orElse(role);
    Actor actor =
        inParameter(
            "role", language, code -> Actor.of(actorId, instance.definition().role(code)), role);
    List<Map<String, Object>> verdicts = new ArrayList<>();
    for (Verdict verdict : instance.verdicts(actor)) {
      // A trigger of another phase is left out: the current phase does not offer it.
      boolean otherPhase =
          verdict.reasons().stream()
              .anyMatch(reason -> reason.code() == ReasonCode.NOT_ALLOWED_FROM_PHASE);
      if (!otherPhase) {
        verdicts.add(ApiShapes.verdict(verdict, language));
      }
    }
    Map<String, Object> body = new LinkedHashMap<>();
    body.put("processId", instance.id());
    body.put("version", instance.version());
    body.put("phase", instance.phase());
    body.put("status", instance.status().code());
    body.put("role", role);
    body.put("verdicts", verdicts);
    ctx.header("ETag", etag(instance.version()));
    json(web, ctx, 200, body);
  }

  /**
   * {@code POST /api/v1/processes/{id}/commands}: one command, applied only if the process is still
   * at the version {@code If-Match} names.
   */
  static void apply(WebContext web, Context ctx) {
    Language language = web.language(ctx);
    String id = ctx.pathParam("id");
    long expected = ifMatch(ctx);
    ApiFields body =
        web.apiJson()
            .object(ctx)
            .only(
                "trigger", "criterion", "question", "target", "note", "evidence", "actor", "role");
    String trigger = body.requiredText("trigger");
    ProcessInstance instance = load(web, ctx);
    Actor actor = actor(web, ctx, body, instance.definition(), language);
    Command.Builder builder =
        Command.builder().trigger(trigger).actor(actor).expectedVersion(expected);
    body.text("criterion").ifPresent(builder::criterion);
    body.text("question").ifPresent(builder::question);
    body.text("target").ifPresent(builder::target);
    body.text("note").ifPresent(builder::note);
    builder.evidence(body.texts("evidence"));
    Command command = at("", language, builder::build);
    StoreResult result = web.store().apply(id, command, web.config().clock());
    if (result instanceof Refused refused) {
      throw ApiFailures.refused(trigger, refused.reasons(), language);
    }
    if (result instanceof Conflict conflict) {
      throw ApiFailures.stale(conflict);
    }
    Saved saved = (Saved) result;
    List<Map<String, Object>> entries = new ArrayList<>();
    for (JournalEntry entry : saved.entries()) {
      entries.add(ApiShapes.entry(entry));
    }
    Map<String, Object> answer = new LinkedHashMap<>();
    answer.put("processId", saved.instance().id());
    answer.put("version", saved.version());
    answer.put("phase", saved.instance().phase());
    answer.put("status", saved.instance().status().code());
    answer.put("entries", entries);
    ctx.header("ETag", etag(saved.version()));
    ctx.header("Location", ApiRoutes.processHref(saved.instance().id()));
    json(web, ctx, 200, answer);
  }

  /** {@code GET /api/v1/processes/{id}/journal}: every entry, oldest first. */
  static void journal(WebContext web, Context ctx) {
    ProcessInstance instance = load(web, ctx);
    List<Map<String, Object>> entries = new ArrayList<>();
    for (JournalEntry entry : instance.journal()) {
      entries.add(ApiShapes.entry(entry));
    }
    Map<String, Object> body = new LinkedHashMap<>();
    body.put("processId", instance.id());
    body.put("version", instance.version());
    body.put("headDigest", instance.journal().headDigest().hex());
    body.put("entries", entries);
    ctx.header("ETag", etag(instance.version()));
    json(web, ctx, 200, body);
  }

  /** The stored process the path names; {@code LHL-L-001} with 404 if there is none. */
  static ProcessInstance load(WebContext web, Context ctx) {
    String id = ctx.pathParam("id");
    return web.store()
        .find(id)
        .orElseThrow(
            () ->
                new ApiProblem(
                    StoreCode.PROCESS_NOT_FOUND,
                    404,
                    "no process " + Quote.of(id) + " is stored",
                    ImmutableMap.of("processId", id)));
  }

  /**
   * Who acts: the logged-in user in the {@code role} they name (or the one chosen on the tool's
   * pages) when the tool has users; else the body's {@code actor}, or the name and role chosen on
   * the tool's pages.
   */
  static Actor actor(
      WebContext web,
      Context ctx,
      ApiFields body,
      ProcessDefinition definition,
      Language language) {
    Optional<WebUser> user = web.user(ctx);
    Optional<WebSession> session = web.session(ctx);
    if (user.isPresent()) {
      if (body.has("actor")) {
        throw ApiFields.bad("/actor", "the logged-in user acts: give only the role, as \"role\"");
      }
      String role =
          body.text("role")
              .or(() -> session.map(WebSession::role))
              .orElseThrow(
                  () ->
                      ApiFields.bad("/role", "the member is required: the role the user acts in"));
      if (!user.get().holds(role)) {
        throw new WebFailure(
            WebCode.ROLE_NOT_HELD,
            WebCode.ROLE_NOT_HELD.status(),
            user.get().name() + " does not hold the role " + Quote.of(role),
            ImmutableMap.of("roles", user.get().roles().asList()));
      }
      return at("/role", language, () -> Actor.of(user.get().name(), definition.role(role)));
    }
    if (body.has("role")) {
      throw ApiFields.bad(
          "/role", "without users, give the actor as {\"id\", \"role\"} in \"actor\"");
    }
    Optional<ApiFields> given = body.object("actor");
    if (given.isPresent()) {
      ApiFields actor = given.get().only("id", "role");
      String id = actor.requiredText("id");
      String role = actor.requiredText("role");
      ProcessDefinition inDefinition = definition;
      return at(actor.at("role"), language, () -> Actor.of(id, inDefinition.role(role)));
    }
    if (session.isPresent() && session.get().actor() != null && session.get().role() != null) {
      String id = String.valueOf(session.get().actor());
      String role = String.valueOf(session.get().role());
      return at("/actor", language, () -> Actor.of(id, definition.role(role)));
    }
    throw ApiFields.bad("/actor", "the member is required: who acts, as {\"id\", \"role\"}");
  }

  /** The definition the body names, the standard one if it names none. */
  private static ProcessDefinition definition(WebContext web, ApiFields body) {
    Optional<ApiFields> named = body.object("definition");
    if (named.isEmpty()) {
      return ProcessDefinition.standard();
    }
    ApiFields fields = named.get().only("id", "version");
    String id = fields.requiredText("id");
    int version =
        fields
            .integer("version")
            .orElseThrow(() -> ApiFields.bad(fields.at("version"), "the member is required"));
    return ApiDefinitions.find(web, id, version)
        .orElseThrow(
            () ->
                new ApiProblem(
                    StoreCode.DEFINITION_UNKNOWN,
                    422,
                    "no definition "
                        + Quote.of(id)
                        + " version "
                        + version
                        + " is stored: load it with POST /api/v1/definitions first",
                    ImmutableMap.of("pointer", "/definition")));
  }

  /** The version {@code If-Match} names: required (428), one strong ETag such as {@code "3"}. */
  private static long ifMatch(Context ctx) {
    String header = ctx.header("If-Match");
    if (header == null || header.isBlank()) {
      throw new WebFailure(
          WebCode.PRECONDITION_REQUIRED,
          ctx.method()
              + " "
              + ctx.path()
              + " needs If-Match with the version the command was made on, such as \"3\"");
    }
    String value = header.strip();
    if (value.length() < 3
        || value.charAt(0) != '"'
        || value.charAt(value.length() - 1) != '"'
        || !value.substring(1, value.length() - 1).chars().allMatch(c -> c >= '0' && c <= '9')
        || value.length() > 21) {
      throw new WebFailure(
          WebCode.BAD_PARAMETER,
          WebCode.BAD_PARAMETER.status(),
          "If-Match must be one version in quotes, as the ETag gives it, such as \"3\"; was "
              + Quote.of(header),
          ImmutableMap.of("header", "If-Match"));
    }
    return Long.parseLong(value.substring(1, value.length() - 1));
  }

  /** The ETag of a process at {@code version}. */
  static String etag(long version) {
    return "\"" + version + "\"";
  }

  private static void document(WebContext web, Context ctx, int status, ProcessInstance instance) {
    ctx.status(status);
    ctx.header("ETag", etag(instance.version()));
    ctx.contentType(ApiRoutes.JSON);
    ctx.result(web.codec().writeBytes(instance));
  }

  static void json(WebContext web, Context ctx, int status, Object body) {
    ctx.status(status);
    ctx.contentType(ApiRoutes.JSON);
    ctx.result(web.apiJson().write(body));
  }

  /** A query parameter, empty when absent or given empty. */
  static Optional<String> parameter(Context ctx, String name) {
    String value = ctx.queryParam(name);
    return value == null || value.isEmpty() ? Optional.empty() : Optional.of(value);
  }

  static WebFailure badParameter(String name, String what) {
    return new WebFailure(
        WebCode.BAD_PARAMETER,
        WebCode.BAD_PARAMETER.status(),
        "the parameter " + Quote.of(name) + " " + what,
        ImmutableMap.of("parameter", name));
  }

  /** The value of a parameter made by {@code parse}, its library failure naming the parameter. */
  private static <P, T> T inParameter(
      String name, Language language, java.util.function.Function<P, T> parse, P value) {
    try {
      return parse.apply(value);
    } catch (LeveHeleLivetException e) {
      ApiProblem problem = ApiFailures.of(e, language);
      throw withMember(problem, "parameter", name);
    }
  }

  /** The value {@code make} makes, its library failure pointing at {@code pointer} of the body. */
  static <T> T at(String pointer, Language language, Supplier<T> make) {
    try {
      return make.get();
    } catch (LeveHeleLivetException e) {
      throw withMember(ApiFailures.of(e, language), "pointer", pointer);
    }
  }

  private static ApiProblem withMember(ApiProblem problem, String name, Object value) {
    Map<String, Object> members = new LinkedHashMap<>(problem.extensions());
    members.put(name, value);
    return new ApiProblem(
        problem.code(), problem.status(), problem.detail(), ImmutableMap.copyOf(members));
  }

  private static String href(ProcessQuery query) {
    List<String> parameters = new ArrayList<>();
    query.municipality().ifPresent(m -> parameters.add("municipality=" + ApiRoutes.segment(m)));
    query.definitionId().ifPresent(d -> parameters.add("definition=" + ApiRoutes.segment(d)));
    query.phase().ifPresent(p -> parameters.add("phase=" + ApiRoutes.segment(p)));
    query.status().ifPresent(s -> parameters.add("status=" + s.code()));
    query.overdueOn().ifPresent(d -> parameters.add("overdueOn=" + d));
    parameters.add("limit=" + query.limit());
    query.after().ifPresent(a -> parameters.add("after=" + ApiRoutes.segment(a)));
    return ApiRoutes.BASE + "/processes?" + String.join("&", parameters);
  }
}
