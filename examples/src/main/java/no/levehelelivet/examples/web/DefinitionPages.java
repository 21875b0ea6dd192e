package no.levehelelivet.examples.web;

import com.google.common.collect.ImmutableList;
import io.javalin.http.Context;
import io.javalin.http.HttpStatus;
import io.javalin.http.UploadedFile;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Optional;
import no.levehelelivet.core.Language;
import no.levehelelivet.examples.web.ProcessView.Line;
import no.levehelelivet.process.ProcessDefinition;
import no.levehelelivet.serialization.Problem;
import no.levehelelivet.serialization.ReadMode;
import no.levehelelivet.serialization.ReadResult;
import no.levehelelivet.store.StoreException;
import org.jspecify.annotations.Nullable;

/**
 * The page of definitions (<i>definisjonar</i>): the ones a process can be started on, and a form
 * that loads a tailored one from YAML or JSON, pasted or uploaded. The document is read strictly,
 * as the wire format's rules say; every problem is shown with its code and place, and a valid
 * definition is registered with the store.
 */
final class DefinitionPages {

  private DefinitionPages() {}

  /** A definition as the list shows it. */
  record DefinitionRow(
      String code,
      String title,
      @Nullable String basedOn,
      int phases,
      int criteria,
      String digest,
      String startLink,
      boolean loaded) {}

  /**
   * A problem the document has, where it is.
   *
   * @param place the JSON Pointer and, where the parser knows them, the line and column
   */
  record ProblemRow(String code, String pointer, String place, String message, boolean warning) {}

  /** The definitions page's model. */
  record DefinitionsPage(
      Frame frame,
      ImmutableList<DefinitionRow> definitions,
      String document,
      String format,
      ImmutableList<ProblemRow> problems,
      @Nullable Line failure,
      @Nullable String loaded) {}

  /** How the lists and the start form name a definition. */
  static String title(ProcessDefinition definition, WebTexts texts) {
    return definition.name().in(texts.language())
        + " ("
        + definition.id()
        + ", "
        + texts.format("process.definition-version", definition.version())
        + ")";
  }

  static void list(WebContext web, DefinitionShelf shelf, Context ctx) {
    String loaded = ctx.queryParam("loaded");
    render(web, shelf, ctx, "", "auto", ImmutableList.of(), null, loaded);
  }

  static void load(WebContext web, DefinitionShelf shelf, Context ctx) {
    Language language = web.language(ctx);
    WebTexts texts = WebTexts.of(language);
    String format = Optional.ofNullable(ctx.formParam("format")).orElse("auto");
    String document = document(ctx);
    if (document.isBlank()) {
      ctx.status(HttpStatus.BAD_REQUEST);
      render(
          web,
          shelf,
          ctx,
          document,
          format,
          ImmutableList.of(),
          new Line(WebCode.BAD_PARAMETER.code(), texts.get("definition.empty")),
          null);
      return;
    }
    boolean json =
        switch (format) {
          case "json" -> true;
          case "yaml" -> false;
          default -> document.stripLeading().startsWith("{");
        };
    ReadResult<ProcessDefinition> read =
        json
            ? web.codec().read(document, ProcessDefinition.class, ReadMode.STRICT)
            : web.codec().readYaml(document, ProcessDefinition.class, ReadMode.STRICT);
    ImmutableList.Builder<ProblemRow> rows = ImmutableList.builder();
    for (Problem problem : read.problems()) {
      rows.add(row(problem, false, texts));
    }
    for (Problem problem : read.warnings()) {
      rows.add(row(problem, true, texts));
    }
    Optional<ProcessDefinition> definition = read.value();
    if (!read.isSuccess() || definition.isEmpty()) {
      ctx.status(HttpStatus.UNPROCESSABLE_CONTENT);
      render(web, shelf, ctx, document, format, rows.build(), null, null);
      return;
    }
    try {
      shelf.register(definition.get());
    } catch (StoreException e) {
      ctx.status(HttpStatus.CONFLICT);
      render(
          web,
          shelf,
          ctx,
          document,
          format,
          rows.build(),
          new Line(e.code().code(), withoutCode(e.code().code(), e.message(language))),
          null);
      return;
    }
    ctx.redirect(
        "/definitions?loaded="
            + ProcessPages.encodeQuery(DefinitionShelf.Key.of(definition.get()).code()),
        HttpStatus.SEE_OTHER);
  }

  /** The document sent: the uploaded file if there is one, else the pasted text. */
  private static String document(Context ctx) {
    String type = Optional.ofNullable(ctx.contentType()).orElse("").toLowerCase(Locale.ROOT);
    if (type.startsWith("multipart/form-data")) {
      UploadedFile file = ctx.uploadedFile("file");
      if (file != null && file.size() > 0) {
        try (InputStream in = file.content()) {
          return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
          throw new UncheckedIOException(e);
        }
      }
    }
    return Optional.ofNullable(ctx.formParam("document")).orElse("");
  }

  private static ProblemRow row(Problem problem, boolean warning, WebTexts texts) {
    String pointer = problem.pointer().isEmpty() ? "/" : problem.pointer();
    String place =
        problem.line().isPresent() && problem.column().isPresent()
            ? texts.format(
                "definition.place", pointer, problem.line().getAsInt(), problem.column().getAsInt())
            : pointer;
    return new ProblemRow(
        problem.code().code(), pointer, place, problem.message(texts.language()), warning);
  }

  private static String withoutCode(String code, String message) {
    return message.startsWith(code + ": ") ? message.substring(code.length() + 2) : message;
  }

  private static void render(
      WebContext web,
      DefinitionShelf shelf,
      Context ctx,
      String document,
      String format,
      ImmutableList<ProblemRow> problems,
      @Nullable Line failure,
      @Nullable String loaded) {
    WebTexts texts = WebTexts.of(web.language(ctx));
    Frame frame = Frame.of(web, ctx, texts.get("definition.title"), "definitions");
    ImmutableList<DefinitionRow> rows =
        shelf.all().stream()
            .map(
                d -> {
                  String code = DefinitionShelf.Key.of(d).code();
                  return new DefinitionRow(
                      code,
                      title(d, texts),
                      d.basedOn().orElse(null),
                      d.phases().size(),
                      d.criteria().size(),
                      d.digest().hex().substring(0, 16),
                      "/processes/new?definition=" + ProcessPages.encodeQuery(code),
                      code.equals(loaded));
                })
            .collect(ImmutableList.toImmutableList());
    String shownLoaded =
        loaded == null
            ? null
            : DefinitionShelf.Key.parse(loaded)
                .flatMap(shelf::find)
                .map(d -> title(d, texts))
                .orElse(null);
    web.render(
        ctx,
        "definitions.jte",
        new DefinitionsPage(frame, rows, document, format, problems, failure, shownLoaded));
  }
}
