package no.levehelelivet.examples.web;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import com.google.common.io.BaseEncoding;
import io.javalin.http.Context;
import io.javalin.http.HttpStatus;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import no.levehelelivet.core.InvalidValueException;
import no.levehelelivet.core.Language;
import no.levehelelivet.core.Municipality;
import no.levehelelivet.examples.web.PageRoutes.Choice;
import no.levehelelivet.examples.web.ProcessView.Line;
import no.levehelelivet.process.Actor;
import no.levehelelivet.process.ProcessDefinition;
import no.levehelelivet.process.ProcessInstance;
import no.levehelelivet.store.Saved;
import no.levehelelivet.store.StoreResult;
import org.jspecify.annotations.Nullable;

/**
 * The page that starts a process (<i>start ein prosess</i>): the municipality's name and number,
 * and the definition to run on, the standard one or a tailored one the store keeps. A field that
 * breaks a rule is shown again with the code and the rule beside it.
 */
final class StartPages {

  /** How many random ids are tried before the tool gives up; one is nearly always enough. */
  private static final int ID_ATTEMPTS = 4;

  private StartPages() {}

  /**
   * The start page's model.
   *
   * @param problems the coded problem of each field that has one: {@code name}, {@code number},
   *     {@code definition}
   */
  record StartPage(
      Frame frame,
      String name,
      String number,
      String definition,
      ImmutableList<Choice> definitions,
      ImmutableMap<String, Line> problems,
      boolean hasActor,
      String whoLink) {

    @Nullable Line problem(String field) {
      return problems.get(field);
    }
  }

  static void form(WebContext web, DefinitionShelf shelf, Context ctx) {
    String standard = DefinitionShelf.Key.of(ProcessDefinition.standard()).code();
    String chosen = Optional.ofNullable(ctx.queryParam("definition")).orElse(standard);
    render(web, shelf, ctx, "", "", chosen, ImmutableMap.of());
  }

  static void start(WebContext web, DefinitionShelf shelf, Context ctx) {
    String name = field(ctx, "name");
    String number = field(ctx, "number");
    String chosen = field(ctx, "definition");
    Language language = web.language(ctx);
    WebTexts texts = WebTexts.of(language);
    Optional<ProcessDefinition> definition = DefinitionShelf.Key.parse(chosen).flatMap(shelf::find);
    Optional<Actor> actor =
        ProcessPages.actor(web, ctx, definition.orElse(ProcessDefinition.standard()));
    if (actor.isEmpty()) {
      ctx.redirect("/who?next=" + ProcessPages.encodeQuery("/processes/new"), HttpStatus.SEE_OTHER);
      return;
    }
    Map<String, Line> problems = new LinkedHashMap<>();
    // Each field on its own, by the library's own rule, so that every broken one is shown at once.
    try {
      Municipality.of(name, "0000");
    } catch (InvalidValueException e) {
      problems.put("name", new Line(e.code().code(), texts.get("start.name-rule")));
    }
    try {
      Municipality.of("-", number);
    } catch (InvalidValueException e) {
      problems.put("number", new Line(e.code().code(), texts.get("start.number-rule")));
    }
    if (definition.isEmpty()) {
      problems.put(
          "definition",
          new Line(WebCode.BAD_PARAMETER.code(), texts.format("start.definition-unknown", chosen)));
    }
    if (!problems.isEmpty() || definition.isEmpty()) {
      ctx.status(HttpStatus.BAD_REQUEST);
      render(web, shelf, ctx, name, number, chosen, ImmutableMap.copyOf(problems));
      return;
    }
    // Both fields hold by the library's rules, checked above.
    Municipality municipality = Municipality.of(name, number);
    for (int attempt = 0; attempt < ID_ATTEMPTS; attempt++) {
      ProcessInstance instance =
          ProcessInstance.start(
              definition.get(),
              newId(web, number),
              municipality,
              actor.get(),
              web.config().clock());
      StoreResult result;
      try {
        result = web.store().create(instance);
      } catch (InvalidValueException e) {
        // A name no database column can hold, such as one with a NUL character.
        ctx.status(HttpStatus.BAD_REQUEST);
        render(
            web,
            shelf,
            ctx,
            name,
            number,
            chosen,
            ImmutableMap.of("name", new Line(e.code().code(), texts.get("start.name-rule"))));
        return;
      }
      if (result instanceof Saved saved) {
        ctx.redirect(ProcessPages.path(saved.instance().id()), HttpStatus.SEE_OTHER);
        return;
      }
    }
    throw new WebFailure(
        WebCode.UNEXPECTED, ID_ATTEMPTS + " random process ids in a row were taken");
  }

  /**
   * A new process id: the municipality number and 40 random bits, such as {@code 1824-k3j9x2qa}.
   */
  private static String newId(WebContext web, String number) {
    byte[] bits = new byte[5];
    web.config().random().nextBytes(bits);
    return number + "-" + BaseEncoding.base32().omitPadding().encode(bits).toLowerCase(Locale.ROOT);
  }

  private static void render(
      WebContext web,
      DefinitionShelf shelf,
      Context ctx,
      String name,
      String number,
      String chosen,
      ImmutableMap<String, Line> problems) {
    Language language = web.language(ctx);
    WebTexts texts = WebTexts.of(language);
    Frame frame = Frame.of(web, ctx, texts.get("start.title"), "start");
    ImmutableList<Choice> definitions =
        shelf.all().stream()
            .map(d -> new Choice(DefinitionShelf.Key.of(d).code(), DefinitionPages.title(d, texts)))
            .collect(ImmutableList.toImmutableList());
    boolean hasActor = ProcessPages.actor(web, ctx, ProcessDefinition.standard()).isPresent();
    web.render(
        ctx,
        "start.jte",
        new StartPage(
            frame,
            name,
            number,
            chosen,
            definitions,
            problems,
            hasActor,
            "/who?next=" + ProcessPages.encodeQuery("/processes/new")));
  }

  private static String field(Context ctx, String name) {
    return Optional.ofNullable(ctx.formParam(name)).orElse("").strip();
  }
}
