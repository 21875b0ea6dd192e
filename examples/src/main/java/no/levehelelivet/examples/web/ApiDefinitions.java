package no.levehelelivet.examples.web;

import com.google.common.collect.ImmutableMap;
import io.javalin.http.Context;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import no.levehelelivet.core.Language;
import no.levehelelivet.core.UnknownCodeException;
import no.levehelelivet.process.ProcessDefinition;
import no.levehelelivet.serialization.DocumentType;
import no.levehelelivet.serialization.ReadMode;
import no.levehelelivet.serialization.ReadResult;
import no.levehelelivet.serialization.Schemas;
import no.levehelelivet.serialization.WireCodec;
import no.levehelelivet.store.StoreCode;

/**
 * The routes of what processes are made of and written in: definitions (the standard one and the
 * tailored ones the store keeps), the catalogue, and the JSON Schemas of the wire format.
 */
final class ApiDefinitions {

  static final String YAML = "application/yaml";
  static final String SCHEMA = "application/schema+json";

  private static final int CURRENT_MAJOR =
      Integer.parseInt(
          WireCodec.CURRENT_VERSION.substring(0, WireCodec.CURRENT_VERSION.indexOf('.')));

  private ApiDefinitions() {}

  /** {@code GET /api/v1/definitions}: the standard definition and every one the store keeps. */
  static void list(WebContext web, Context ctx) {
    Language language = web.language(ctx);
    ProcessDefinition standard = ProcessDefinition.standard();
    List<Map<String, Object>> definitions = new ArrayList<>();
    definitions.add(ApiShapes.definition(standard, language));
    for (ProcessDefinition definition : web.store().definitions()) {
      if (!isStandard(definition.id(), definition.version())) {
        definitions.add(ApiShapes.definition(definition, language));
      }
    }
    ApiProcesses.json(web, ctx, 200, Map.of("definitions", definitions));
  }

  /**
   * {@code POST /api/v1/definitions}: a tailored definition, in JSON or YAML, kept by the store;
   * 201 if it is new, 200 if the same definition was kept already.
   */
  static void create(WebContext web, Context ctx) {
    Language language = web.language(ctx);
    String type =
        ApiJson.requireMediaType(
            ctx, ApiRoutes.JSON, YAML, "application/x-yaml", "text/yaml", "text/x-yaml");
    byte[] body = ApiJson.body(ctx, web.codec().limits());
    ReadResult<ProcessDefinition> read =
        type.equals(ApiRoutes.JSON)
            ? web.codec().read(body, ProcessDefinition.class, ReadMode.STRICT)
            : web.codec()
                .readYaml(
                    new String(body, StandardCharsets.UTF_8),
                    ProcessDefinition.class,
                    ReadMode.STRICT);
    if (!read.isSuccess()) {
      throw ApiFailures.unreadable(read.problems(), language);
    }
    ProcessDefinition definition = read.orElseThrow();
    ProcessDefinition standard = ProcessDefinition.standard();
    if (isStandard(definition.id(), definition.version())
        && !definition.digest().equals(standard.digest())) {
      throw new ApiProblem(
          StoreCode.DEFINITION_CLASH,
          409,
          "the standard definition is "
              + Quote.of(standard.id())
              + " version "
              + standard.version()
              + ": give a tailored one another id",
          ImmutableMap.of("id", definition.id(), "version", definition.version()));
    }
    boolean kept = find(web, definition.id(), definition.version()).isPresent();
    web.store().register(definition);
    ctx.status(kept ? 200 : 201);
    ctx.header("Location", ApiRoutes.definitionHref(definition.id(), definition.version()));
    ctx.contentType(ApiRoutes.JSON);
    ctx.result(web.codec().writeBytes(definition));
  }

  /** {@code GET /api/v1/definitions/{id}/{version}}: the process-definition document. */
  static void get(WebContext web, Context ctx) {
    String id = ctx.pathParam("id");
    String given = ctx.pathParam("version");
    int version;
    try {
      version = Integer.parseInt(given);
    } catch (NumberFormatException e) {
      throw new WebFailure(
          WebCode.BAD_PARAMETER,
          WebCode.BAD_PARAMETER.status(),
          "the version must be a whole number, was " + Quote.of(given),
          ImmutableMap.of("parameter", "version"));
    }
    ProcessDefinition definition =
        find(web, id, version)
            .orElseThrow(
                () ->
                    new ApiProblem(
                        StoreCode.DEFINITION_UNKNOWN,
                        404,
                        "no definition " + Quote.of(id) + " version " + version + " is stored",
                        ImmutableMap.of("id", id, "version", version)));
    ctx.contentType(ApiRoutes.JSON);
    ctx.result(web.codec().writeBytes(definition));
  }

  /** {@code GET /api/v1/catalogue}: the catalogue document. */
  static void catalogue(WebContext web, Context ctx) {
    ctx.contentType(ApiRoutes.JSON);
    ctx.result(web.codec().writeBytes(web.catalogue()));
  }

  /** {@code GET /api/v1/schemas}: every shipped schema, by major version and document type. */
  static void schemas(WebContext web, Context ctx) {
    List<Map<String, Object>> schemas = new ArrayList<>();
    for (int major = 1; major <= CURRENT_MAJOR; major++) {
      for (DocumentType type : DocumentType.values()) {
        if (Schemas.resourceName(type, major).isPresent()) {
          Map<String, Object> schema = new LinkedHashMap<>();
          schema.put("documentType", type.code());
          schema.put("major", major);
          schema.put("readable", type.isReadable());
          schema.put("href", ApiRoutes.BASE + "/schemas/" + type.code() + "?major=" + major);
          schemas.add(schema);
        }
      }
    }
    ApiProcesses.json(
        web, ctx, 200, Map.of("currentVersion", WireCodec.CURRENT_VERSION, "schemas", schemas));
  }

  /**
   * {@code GET /api/v1/schemas/{documentType}}: one JSON Schema, of the current major or another.
   */
  static void schema(WebContext web, Context ctx) {
    DocumentType type;
    try {
      type = DocumentType.fromCode(ctx.pathParam("documentType"));
    } catch (UnknownCodeException e) {
      throw ApiFailures.unknownCode(e, 404);
    }
    int major = CURRENT_MAJOR;
    Optional<String> given = ApiProcesses.parameter(ctx, "major");
    if (given.isPresent()) {
      try {
        major = Integer.parseInt(given.get());
      } catch (NumberFormatException e) {
        throw ApiProcesses.badParameter(
            "major", "must be a whole number, was " + Quote.of(given.get()));
      }
    }
    if (Schemas.resourceName(type, major).isEmpty()) {
      throw new WebFailure(
          WebCode.NOT_FOUND,
          WebCode.NOT_FOUND.status(),
          "major "
              + major
              + " has no schema of the "
              + type.code()
              + " document: majors "
              + type.sinceMajor()
              + " to "
              + CURRENT_MAJOR
              + " have one",
          ImmutableMap.of("parameter", "major"));
    }
    ctx.contentType(SCHEMA);
    ctx.result(Schemas.load(type, major).getBytes(StandardCharsets.UTF_8));
  }

  /** The definition with this id and version: the standard one, or one the store keeps. */
  static Optional<ProcessDefinition> find(WebContext web, String id, int version) {
    if (isStandard(id, version)) {
      return Optional.of(ProcessDefinition.standard());
    }
    return web.store().definition(id, version);
  }

  private static boolean isStandard(String id, int version) {
    ProcessDefinition standard = ProcessDefinition.standard();
    return standard.id().equals(id) && standard.version() == version;
  }
}
