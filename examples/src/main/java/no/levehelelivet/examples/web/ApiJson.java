package no.levehelelivet.examples.web;

import com.google.common.collect.ImmutableMap;
import io.javalin.http.Context;
import java.util.Locale;
import no.levehelelivet.serialization.Limits;
import tools.jackson.core.JacksonException;
import tools.jackson.core.StreamReadConstraints;
import tools.jackson.core.StreamReadFeature;
import tools.jackson.core.exc.StreamConstraintsException;
import tools.jackson.core.json.JsonFactory;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The JSON of the REST API's own bodies, those that are no document of the wire format (a command,
 * a new process, a verdict, a journal entry): read within the codec's limits, with duplicate
 * members refused, and written in the shapes {@code /api/openapi.json} describes.
 */
final class ApiJson {

  private final JsonMapper mapper;
  private final Limits limits;

  ApiJson(Limits limits) {
    this.limits = limits;
    StreamReadConstraints constraints =
        StreamReadConstraints.builder()
            .maxDocumentLength(limits.maxDocumentBytes())
            .maxNestingDepth(limits.maxNestingDepth())
            .maxStringLength(limits.maxStringLength())
            .maxNameLength(limits.maxNameLength())
            .maxNumberLength(limits.maxNumberLength())
            .build();
    JsonFactory factory =
        JsonFactory.builder()
            .streamReadConstraints(constraints)
            .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
            .build();
    this.mapper =
        JsonMapper.builder(factory).enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS).build();
  }

  /**
   * The request's body, which must be JSON, as an object's fields.
   *
   * @throws WebFailure {@code LHL-W-008} if it is not {@code application/json}, {@code LHL-W-007}
   *     if it is beyond the limits, {@code LHL-W-009} if it is not a JSON object
   */
  ApiFields object(Context ctx) {
    requireMediaType(ctx, "application/json");
    byte[] body = body(ctx, limits);
    JsonNode node;
    try {
      node = mapper.readTree(body);
    } catch (StreamConstraintsException e) {
      throw new WebFailure(
          WebCode.TOO_LARGE,
          WebCode.TOO_LARGE.status(),
          "the body is beyond the limits of what the tool reads: " + e.getOriginalMessage(),
          ImmutableMap.of());
    } catch (JacksonException e) {
      throw new WebFailure(
          WebCode.BAD_PARAMETER,
          WebCode.BAD_PARAMETER.status(),
          "the body is not JSON: " + e.getOriginalMessage(),
          ImmutableMap.of("pointer", ""));
    }
    if (node == null || node.isMissingNode()) {
      throw ApiFields.bad("", "the body is empty: send a JSON object");
    }
    return ApiFields.of(node, "");
  }

  /** The value as JSON bytes. */
  byte[] write(Object value) {
    return mapper.writeValueAsBytes(value);
  }

  /**
   * The request's body, refused if it is larger than the codec reads: by its {@code Content-Length}
   * before it is read, and by what came when none was given.
   */
  static byte[] body(Context ctx, Limits limits) {
    long max = limits.maxDocumentBytes();
    long declared = ctx.contentLength();
    if (declared > max) {
      throw tooLarge(ctx, max);
    }
    byte[] body = ctx.bodyAsBytes();
    if (body.length > max) {
      throw tooLarge(ctx, max);
    }
    return body;
  }

  /**
   * Refuses a body that is not of one of {@code accepted}, with {@code LHL-W-008}.
   *
   * @return the accepted media type the body is of
   */
  static String requireMediaType(Context ctx, String... accepted) {
    String type = ctx.contentType();
    String bare = type == null ? "" : type.split(";", 2)[0].strip().toLowerCase(Locale.ROOT);
    for (String one : accepted) {
      if (bare.equals(one)) {
        return one;
      }
    }
    throw new WebFailure(
        WebCode.UNSUPPORTED_MEDIA_TYPE,
        ctx.method()
            + " "
            + ctx.path()
            + " reads "
            + String.join(" or ", accepted)
            + ", not "
            + (type == null ? "a body without Content-Type" : Quote.of(type)));
  }

  private static WebFailure tooLarge(Context ctx, long max) {
    return new WebFailure(
        WebCode.TOO_LARGE, ctx.method() + " " + ctx.path() + ": more than " + max + " bytes");
  }
}
